import Taro from '@tarojs/taro';
import type { TaskInterviewLink } from '../../../core/actions/tasks';
import { INTERVIEW_KIND_LABELS, INTERVIEW_STATE_LABELS } from '../../../core/interviews/states';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { formatFull } from './format';
import { interviewPageUrl } from './routes';

/** 谈话时间 once held, else the planned time, said as which it is. */
function whenOf(link: TaskInterviewLink): string {
  if (link.heldAt) return `谈话于${formatFull(link.heldAt)}`;
  return link.plannedAt ? `安排在${formatFull(link.plannedAt)}` : '时间未定';
}

/** The 约谈 about this item (those the viewer may see), each opening its record. */
export function TaskInterviews({ interviews }: { interviews: TaskInterviewLink[] }) {
  if (interviews.length === 0) return null;
  return (
    <Section title='相关约谈'>
      {interviews.map((link) => (
        <ListCell
          key={link.id}
          title={INTERVIEW_KIND_LABELS[link.kind]}
          description={whenOf(link)}
          value={INTERVIEW_STATE_LABELS[link.state]}
          onClick={() => void Taro.navigateTo({ url: interviewPageUrl('detail', { id: link.id }) })}
        />
      ))}
    </Section>
  );
}
