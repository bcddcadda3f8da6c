import { useEffect, useState } from 'react';
import { Button, Picker, Textarea, View } from '@tarojs/components';
import type { ExportSituationReportOutput, ReportTexts } from '../../../core/actions/reports';
import { reportTextsSchema } from '../../../core/actions/reports';
import { Field } from '@/components/Field';
import { Skeleton } from '@/components/Skeleton';
import { useAction, useMutation } from '@/api/hooks';
import { showSuccessToast } from '@/api/toast';
import { formatDay, todayInBeijing } from '@/utils/date';
import { schemaErrors } from '@/forms/schemaErrors';
import type { FieldErrors } from '@/forms/schemaErrors';
import { ExportStatus } from './ExportStatus';
import { useExport } from './useExport';
import './exports.scss';

/** 下一步打算 as the office types them: one intention per paragraph (a blank line between). */
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);

type ItemText = ReportTexts['items'][number];

/**
 * The office's words in one plan's 整改情况报告 — 主送, the opening, each 问题's 成效 and 下一步, the 下一步打算 — and
 * the export as of a day. Figures are never typed: the report computes them; an empty paragraph takes the standard one.
 */
export function SituationReportView({ planId, mayEdit }: { planId: string; mayEdit: boolean }) {
  const stored = useAction('reports.getTexts', { planId });
  const plan = useAction('plans.get', { planId });
  const save = useMutation('reports.saveTexts');
  const report = useExport('exports.situationReport');
  const today = todayInBeijing();
  const [asOf, setAsOf] = useState(today);
  const [texts, setTexts] = useState<ReportTexts | null>(null);
  const [nextPlans, setNextPlans] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (!stored.data) return;
    setTexts(stored.data.texts);
    setNextPlans(stored.data.texts.nextPlans.join('\n\n'));
  }, [stored.data]);

  if (!texts || !plan.data) return <Skeleton rows={4} />;
  const items = plan.data.aspects.flatMap((aspect) => aspect.tasks);
  const itemText = (taskId: string): ItemText => texts.items.find((entry) => entry.taskId === taskId) ?? { taskId, effect: '', nextStep: '' };
  const setItem = (taskId: string, change: Partial<ItemText>) => {
    const others = texts.items.filter((entry) => entry.taskId !== taskId);
    const next = { ...itemText(taskId), ...change };
    setTexts({ ...texts, items: next.effect || next.nextStep ? [...others, next] : others });
  };
  const edited = (): ReportTexts => ({ ...texts, nextPlans: paragraphsOf(nextPlans) });
  const submit = async () => {
    const problems = schemaErrors(reportTextsSchema, edited());
    setErrors(problems);
    if (Object.keys(problems).length > 0) return false;
    const result = await save.run({ planId, texts: edited() });
    if (result.ok) showSuccessToast('已保存');
    return result.ok;
  };
  const exportReport = async () => {
    if (mayEdit && !(await submit())) return;
    await report.run({ planId, asOf });
  };

  return (
    <View className='zg-export'>
      <View className='zg-dash-title'>报告文字（留空则用规范表述）</View>
      <Field label='主送机关' required error={errors.recipient}>
        <Textarea className='zg-block__textarea' disabled={!mayEdit} value={texts.recipient} maxlength={50} autoHeight onInput={(event) => setTexts({ ...texts, recipient: event.detail.value })} />
      </Field>
      <Field label='开头段' error={errors.opening}>
        <Textarea className='zg-block__textarea' disabled={!mayEdit} value={texts.opening} maxlength={1000} autoHeight placeholder='按照县委巡察组反馈意见，……现将整改情况报告如下。' onInput={(event) => setTexts({ ...texts, opening: event.detail.value })} />
      </Field>
      {items.map((item, index) => (
        <Field key={item.id} label={`${index + 1}. ${item.title}`}>
          <Textarea className='zg-block__textarea' disabled={!mayEdit} value={itemText(item.id).effect} maxlength={1000} autoHeight placeholder='整改成效（留空则取最新进展或销号说明）' onInput={(event) => setItem(item.id, { effect: event.detail.value })} />
          <Textarea className='zg-block__textarea' disabled={!mayEdit} value={itemText(item.id).nextStep} maxlength={500} autoHeight placeholder='下一步（留空则按状态给出规范表述）' onInput={(event) => setItem(item.id, { nextStep: event.detail.value })} />
        </Field>
      ))}
      <Field label='下一步打算' error={errors.nextPlans} hint='每段一条，段与段之间空一行；多条时自动编为一是、二是……'>
        <Textarea className='zg-block__textarea' disabled={!mayEdit} value={nextPlans} maxlength={10000} autoHeight placeholder='留空则用三条规范表述' onInput={(event) => setNextPlans(event.detail.value)} />
      </Field>
      {mayEdit ? (
        <Button className='zg-button zg-export__button' disabled={save.pending} onClick={() => void submit()}>
          保存文字
        </Button>
      ) : null}

      <View className='zg-dash-title'>导出整改情况报告（Word）</View>
      <View className='zg-export__block'>
        <View className='zg-export__desc'>总体情况、问责、建章立制、资金等数字由系统按截止日期计算，只计责任领导已确认的成果。</View>
        <Picker mode='date' value={asOf} end={today} onChange={(event) => setAsOf(String(event.detail.value))}>
          <View className='zg-export__month'>
            <View>截至日期</View>
            <View className='zg-export__month-value'>{formatDay(asOf)}</View>
          </View>
        </Picker>
        <Button className='zg-button zg-button--primary zg-export__button' disabled={report.busy || save.pending} loading={report.state.phase === 'making'} onClick={() => void exportReport()}>
          {mayEdit ? '保存并导出报告' : '导出报告'}
        </Button>
        <ExportStatus
          state={report.state}
          summary={(file) => {
            const figures = (file as ExportSituationReportOutput).items;
            return `共${figures.total}个问题，已完成整改${figures.done}个，完成率${figures.rate}%`;
          }}
        />
      </View>
    </View>
  );
}
