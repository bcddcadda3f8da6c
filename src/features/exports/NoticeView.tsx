import { Text, View } from '@tarojs/components';
import type { PublicNoticeOutput } from '../../../core/actions/dashboard';
import type { PublicNoticeItem } from '../../../core/dashboard/model';
import { bareAspectTitle, chineseNumber, deadlineText, noticeSummary } from '../../../core/dashboard/wording';
import { outcomeSentence } from '../../../core/outcomes/figures';
import { sharedKindLabel } from '../../../core/plans/kinds';
import { chineseDate } from '../../../core/time';
import { StatusTag } from '@/components/StatusTag';
import './notice.scss';

type Props = {
  notice: PublicNoticeOutput;
  /** The office sees a switch per item; everyone else reads. */
  editable: boolean;
  pending: string | null;
  onToggle: (taskId: string, internal: boolean) => void;
};

function groups(items: PublicNoticeItem[]): { title: string; items: PublicNoticeItem[] }[] {
  const result: { title: string; items: PublicNoticeItem[] }[] = [];
  for (const item of items) {
    const last = result[result.length - 1];
    if (last && last.title === item.aspectTitle) last.items.push(item);
    else result.push({ title: item.aspectTitle, items: [item] });
  }
  return result;
}

function NoticeRow({ item, editable, pending, onToggle }: { item: PublicNoticeItem } & Omit<Props, 'notice'>) {
  const done = item.status === 'closed' || item.status === 'long_term';
  return (
    <View className='zg-notice-row'>
      <View className='zg-notice-row__seq'>{item.internal ? '—' : item.seq}</View>
      <View className='zg-notice-row__main'>
        <View className='zg-notice-row__title'>{item.title}</View>
        <View className='zg-notice-row__meta'>
          {item.departmentNames.length > 0 ? `${item.departmentNames.join('、')} · ` : ''}时限：{deadlineText(item.dueDate, item.deadline)}
        </View>
        <View className='zg-notice-row__state'>
          <StatusTag tone={done ? 'green' : 'blue'}>{item.publicStatus}</StatusTag>
          {item.closedOn ? <Text className='zg-notice-row__date'>{chineseDate(item.closedOn)}完成</Text> : null}
          {editable ? (
            <View
              className='zg-notice-row__switch'
              hoverClass='zg-notice-row__switch--active'
              role='button'
              onClick={() => (pending ? undefined : onToggle(item.id, !item.internal))}
            >
              {pending === item.id ? '正在保存…' : item.internal ? '恢复公示' : '设为不公示'}
            </View>
          ) : null}
        </View>
      </View>
    </View>
  );
}

/** The 公示 as the unit publishes it: the summary paragraph, then each 方面's items and their state; read-only but for the office's switch. */
export function NoticeView({ notice, editable, pending, onToggle }: Props) {
  const unit = notice.unitName ?? '本单位';
  return (
    <View className='zg-notice-page'>
      <View className='zg-notice-head'>
        <View className='zg-notice-head__title'>{notice.unitName ?? ''}关于{sharedKindLabel(notice.plans.map((plan) => plan.kind))}整改落实情况的公示</View>
        {notice.plans.map((plan) => (
          <View key={plan.id} className='zg-notice-head__basis'>
            整改依据：{plan.title}
            {plan.source ? `（${plan.source}）` : ''}
          </View>
        ))}
        <View className='zg-notice-head__body'>
          {noticeSummary(unit, notice.plans, notice.totals, null, outcomeSentence(notice.outcomes, true))}
        </View>
      </View>
      {groups(notice.items).map((group, index) => (
        <View key={`${group.title}-${index}`} className='zg-notice-group'>
          <View className='zg-notice-group__title'>
            {chineseNumber(index + 1)}、{bareAspectTitle(group.title)}
          </View>
          <View className='zg-notice-group__body'>
            {group.items.map((item) => (
              <NoticeRow key={item.id} item={item} editable={editable} pending={pending} onToggle={onToggle} />
            ))}
          </View>
        </View>
      ))}
      {notice.items.length === 0 ? <View className='zg-notice-empty'>暂无公示事项</View> : null}
      {editable && notice.internal ? (
        <View className='zg-notice-group'>
          <View className='zg-notice-group__title'>不公示的事项（{notice.internal.length}）· 仅办公室可见</View>
          <View className='zg-notice-group__body'>
            {notice.internal.length === 0 ? <View className='zg-notice-empty'>所有事项均公示。涉密、正在查处等不宜公开的事项可设为不公示。</View> : null}
            {notice.internal.map((item) => (
              <NoticeRow key={item.id} item={item} editable={editable} pending={pending} onToggle={onToggle} />
            ))}
          </View>
        </View>
      ) : null}
    </View>
  );
}
