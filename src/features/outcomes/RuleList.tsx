import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { RULE_NATURES } from '../../../core/outcomes/kinds';
import { EmptyState } from '@/components/EmptyState';
import { ListCell } from '@/components/ListCell';
import { Section } from '@/components/Section';
import { Skeleton } from '@/components/Skeleton';
import { useAction } from '@/api/hooks';
import { formatDay } from '@/utils/date';
import { taskPageUrl } from '@/features/tasks/routes';

/**
 * 制度清单: the rules made or revised in rectifying one plan (null: every plan), confirmed by the 责任领导, in the order
 * they were recorded; each names its 文号, date, nature and the item it came from, and opens that item.
 */
export function RuleList({ planId }: { planId: string | null }) {
  const { data, loading } = useAction('outcomes.list', { planId, kind: 'rule', confirmedOnly: true });
  if (loading || !data) return <Skeleton rows={3} />;
  if (data.outcomes.length === 0) return <EmptyState title='暂无已确认的制度' />;
  return (
    <Section title={`${data.lines[0]?.text ?? ''}`}>
      {data.outcomes.map((rule, index) =>
        rule.kind === 'rule' ? (
          <ListCell
            key={rule.id}
            title={`${index + 1}.《${rule.title}》`}
            description={
              <View>
                {[rule.docNumber, `${formatDay(rule.issuedOn)}印发`, RULE_NATURES[rule.nature]].filter(Boolean).join(' · ')}
                <View>来自：{rule.taskTitle}</View>
              </View>
            }
            value={rule.file ? '有文件' : undefined}
            onClick={() => void Taro.navigateTo({ url: taskPageUrl('detail', { id: rule.taskId }) })}
          />
        ) : null,
      )}
    </Section>
  );
}
