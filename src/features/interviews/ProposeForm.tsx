import { useState } from 'react';
import { Input, Textarea, View } from '@tarojs/components';
import { MAX_INTERVIEWERS } from '../../../core/interviews/fields';
import type { InterviewDetail } from '../../../core/interviews/model';
import type { InterviewKind } from '../../../core/interviews/states';
import { ChoiceCards } from '@/components/ChoiceCards';
import { Field } from '@/components/Field';
import { Notice } from '@/components/Notice';
import { Section } from '@/components/Section';
import { DateTimeRow, InterviewFormLayout, PickRow, RecordBanner } from './FormBits';
import { PeoplePicker } from './PeoplePicker';
import { TaskPicker } from './TaskPicker';
import { todayInBeijing } from '@/utils/date';
import { isLeading, personLine } from './usePeople';
import type { Person } from './usePeople';
import { DraftNotice } from '@/forms/DraftNotice';
import { useProposeForm } from './useProposeForm';
import './ProposeForm.scss';

const REASON_MAX = 1000;
type Sheet = 'task' | 'subject' | 'interviewers' | 'recorder' | 'approver' | null;

type Props = { existing: InterviewDetail | null; taskId: string | null };

/** 发起约谈 (or correcting a draft / a returned proposal): the 约谈审批表's fields, then 提交审批 or 保存草稿. */
export function ProposeForm({ existing, taskId }: Props) {
  const form = useProposeForm({ existing, taskId });
  const { draft, errors, change } = form;
  const [sheet, setSheet] = useState<Sheet>(null);
  const people = form.people ?? [];
  const byId = new Map(people.map((person) => [person.id, person]));
  const names = (ids: string[]) => ids.map((id) => (byId.get(id) ? personLine(byId.get(id) as Person) : null)).filter(Boolean).join('\n') || null;
  const one = (id: string | null) => (id ? names([id]) : null);

  const subjects = people.filter((person) => !draft.interviewerIds.includes(person.id) && person.id !== draft.approverId);
  const interviewers = people.filter((person) => isLeading(person) && person.id !== draft.subjectId && person.id !== draft.approverId);
  const recorders = people.filter((person) => person.id !== draft.subjectId);
  const approvers = people.filter((person) => isLeading(person) && person.id !== form.proposerId && person.id !== draft.subjectId && !draft.interviewerIds.includes(person.id));

  return (
    <InterviewFormLayout
      banner={existing ? <RecordBanner interview={existing} /> : null}
      submitLabel='提交审批'
      pending={form.pending}
      problem={form.problem}
      onSubmit={() => void form.save(true)}
      secondary={{ label: '保存草稿', onClick: () => void form.save(false) }}
    >
      <DraftNotice draft={form.formDraft} />
      {existing?.lastReturn && existing.state === 'returned' ? (
        <Notice tone='red' title='审批退回意见'>
          {existing.lastReturn.opinion}
        </Notice>
      ) : null}
      <Section title='谈话类型'>
        <ChoiceCards<InterviewKind>
          value={draft.kind}
          onChange={(kind) => change({ kind })}
          choices={[
            { value: 'reminder', label: '提醒谈话', description: '苗头性问题', tone: 'green' },
            { value: 'interview', label: '约谈', description: '整改不力', tone: 'green' },
            { value: 'admonition', label: '诫勉谈话', description: '轻微违纪', tone: 'red' },
          ]}
        />
      </Section>
      <Field label='事项来源' required error={errors.source}>
        <View className='zg-iv-source'>
          <View className={`zg-iv-source__tab ${draft.sourceMode === 'task' ? 'zg-iv-source__tab--on' : ''}`} onClick={() => change({ sourceMode: 'task' })}>
            整改事项
          </View>
          <View className={`zg-iv-source__tab ${draft.sourceMode === 'text' ? 'zg-iv-source__tab--on' : ''}`} onClick={() => change({ sourceMode: 'text' })}>
            其他来源
          </View>
        </View>
        {draft.sourceMode === 'task' ? (
          <PickRow
            value={draft.task ? `${draft.task.number ? `问题${draft.task.number} · ` : ''}${draft.task.title}` : null}
            placeholder='选择巡察反馈的整改事项'
            onClick={() => setSheet('task')}
          />
        ) : (
          <Input
            className='zg-iv-input'
            value={draft.sourceText}
            maxlength={200}
            placeholder='如：领导交办、督查发现的问题'
            onInput={(event) => change({ sourceText: event.detail.value })}
          />
        )}
      </Field>
      <Field label='约谈对象' required error={errors.subject}>
        <PickRow value={one(draft.subjectId)} placeholder='选择被约谈人' onClick={() => setSheet('subject')} />
      </Field>
      <Field label='约谈人' required error={errors.interviewers} hint='党组成员或书记，可选多人；每位约谈人都要签字'>
        <PickRow value={names(draft.interviewerIds)} placeholder='选择约谈人（一人或多人）' onClick={() => setSheet('interviewers')} />
      </Field>
      <Field label='记录人' required error={errors.recorder}>
        <PickRow value={one(draft.recorderId)} placeholder='选择记录人' onClick={() => setSheet('recorder')} />
      </Field>
      <Field label='审批领导' required error={errors.approver} hint='书记，或不参加本次谈话、也不是发起人的党组成员'>
        <PickRow value={one(draft.approverId)} placeholder='选择审批领导' onClick={() => setSheet('approver')} />
      </Field>
      <Field label='约谈时间' required error={errors.plannedAt}>
        <DateTimeRow day={draft.day} time={draft.time} start={todayInBeijing()} onDay={(day) => change({ day })} onTime={(time) => change({ time })} />
      </Field>
      <Field label='约谈地点' required error={errors.place}>
        <Input className='zg-iv-input' value={draft.place} maxlength={100} placeholder='如：党组会议室' onInput={(event) => change({ place: event.detail.value })} />
      </Field>
      <Field label='约谈事由' required error={errors.reason} aside={`${draft.reason.length}/${REASON_MAX}`}>
        <Textarea
          className='zg-block__textarea'
          value={draft.reason}
          maxlength={REASON_MAX}
          autoHeight
          placeholder='写明约谈缘由：存在的问题、整改进度等'
          onInput={(event) => change({ reason: event.detail.value })}
        />
      </Field>

      <TaskPicker
        open={sheet === 'task'}
        onClose={() => setSheet(null)}
        onPick={(task) => {
          form.pickTask(task);
          setSheet(null);
        }}
      />
      <PeoplePicker
        open={sheet === 'subject'}
        title='约谈对象'
        people={subjects}
        value={draft.subjectId ? [draft.subjectId] : []}
        multiple={false}
        onChange={(ids) => change({ subjectId: ids[0] ?? null })}
        onClose={() => setSheet(null)}
      />
      <PeoplePicker
        open={sheet === 'interviewers'}
        title='约谈人'
        people={interviewers}
        value={draft.interviewerIds}
        multiple
        max={MAX_INTERVIEWERS}
        note={`只列出党组成员和书记，最多${MAX_INTERVIEWERS}人；勾选顺序即签字栏顺序。`}
        onChange={(ids) => change({ interviewerIds: ids })}
        onClose={() => setSheet(null)}
      />
      <PeoplePicker
        open={sheet === 'recorder'}
        title='记录人'
        people={recorders}
        value={draft.recorderId ? [draft.recorderId] : []}
        multiple={false}
        onChange={(ids) => change({ recorderId: ids[0] ?? null })}
        onClose={() => setSheet(null)}
      />
      <PeoplePicker
        open={sheet === 'approver'}
        title='审批领导'
        people={approvers}
        value={draft.approverId ? [draft.approverId] : []}
        multiple={false}
        note='发起人、约谈人和约谈对象不能审批本次谈话。'
        onChange={(ids) => change({ approverId: ids[0] ?? null })}
        onClose={() => setSheet(null)}
      />
    </InterviewFormLayout>
  );
}
