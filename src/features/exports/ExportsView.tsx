import { useState } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import type { ExportLedgerOutput, ExportMonthlyReportOutput } from '../../../core/actions/exports';
import type { PlanSummary } from '../../../core/actions/plans';
import type { TaskFilter } from '../../../core/actions/tasks';
import { PlanScopePicker } from '@/components/PlanScopePicker/PlanScopePicker';
import { ExportStatus } from './ExportStatus';
import { useExport } from './useExport';
import './exports.scss';

type Props = {
  filter: TaskFilter;
  /** The filter in words, as the 统计 tab chose it. */
  scope: string;
  mayReport: boolean;
  thisMonth: string;
  /** Every plan, for the plan choice; the filter's plan (none: the current one) is chosen first. */
  plans: readonly PlanSummary[];
  onNotice: () => void;
  onSituation: () => void;
};

function monthWords(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}

/**
 * The three documents of one plan (the current one unless another or 全部整改任务 is chosen): the 台账 of what the
 * caller sees, the monthly report draft and the 公示 (office and secretary).
 */
export function ExportsView({ filter, scope, mayReport, thisMonth, plans, onNotice, onSituation }: Props) {
  const ledger = useExport('exports.ledger');
  const report = useExport('exports.monthlyReport');
  const notice = useExport('exports.publicNotice');
  const [month, setMonth] = useState(thisMonth);
  const [planId, setPlanId] = useState<string | null>(filter.planId ?? null);
  // A chosen 方面 fixes its plan; otherwise the plan choice here decides.
  const fixedPlan = filter.aspectIndex !== undefined;
  const planScope = planId === null ? {} : { planId };

  return (
    <View className='zg-export'>
      {fixedPlan ? null : <PlanScopePicker plans={plans} value={planId} onChange={setPlanId} />}
      <View className='zg-dash-title'>整改台账（Excel）</View>
      <View className='zg-export__block'>
        <View className='zg-export__name'>导出整改台账</View>
        <View className='zg-export__desc'>一项一行：方面、问题、具体表现、整改措施、责任领导、责任部门、责任人、整改时限、最新进展、状态、完成时间、佐证材料和延期次数；逾期事项整行标红。</View>
        <View className='zg-export__desc'>范围：{scope}</View>
        <Button className='zg-button zg-button--primary zg-export__button' disabled={ledger.busy} loading={ledger.state.phase === 'making'} onClick={() => void ledger.run({ filter: fixedPlan ? filter : { ...filter, planId: planId ?? undefined } })}>
          导出台账
        </Button>
        <ExportStatus state={ledger.state} summary={(file) => `共${(file as ExportLedgerOutput).rows}项`} />
      </View>

      {mayReport ? (
        <View>
          <View className='zg-dash-title'>月度整改进展报告（Word）</View>
          <View className='zg-export__block'>
            <View className='zg-export__name'>生成进展报告初稿</View>
            <View className='zg-export__desc'>按月汇总：总体进展、本月各问题整改情况、逾期问题及原因、下月工作安排。生成后请办公室修改完善。</View>
            <Picker mode='date' fields='month' value={month} start='2020-01' end={thisMonth} onChange={(event) => setMonth(String(event.detail.value).slice(0, 7))}>
              <View className='zg-export__month'>
                <View>报告月份</View>
                <View className='zg-export__month-value'>{monthWords(month)}</View>
              </View>
            </Picker>
            <Button className='zg-button zg-button--primary zg-export__button' disabled={report.busy} loading={report.state.phase === 'making'} onClick={() => void report.run({ month, ...planScope })}>
              生成报告
            </Button>
            <ExportStatus
              state={report.state}
              summary={(file) => {
                const figures = (file as ExportMonthlyReportOutput).figures;
                return `共${figures.total}个问题，完成率${figures.rate}%；本月报送进展${figures.postsThisMonth}条，逾期${figures.overdue}个`;
              }}
            />
          </View>

          <View className='zg-dash-title'>整改情况报告（Word）</View>
          <View className='zg-export__block'>
            <View className='zg-export__name'>向巡察办报送的整改情况报告</View>
            <View className='zg-export__desc'>按方案逐项写明整改措施、成效、成果和下一步，附问责、建章立制、资金情况；办公室可先修改报告文字，数字由系统计算。</View>
            <View className='zg-export__link' onClick={onSituation}>
              编辑并导出报告
            </View>
          </View>

          <View className='zg-dash-title'>整改情况公示（Word）</View>
          <View className='zg-export__block'>
            <View className='zg-export__name'>导出公示文件</View>
            <View className='zg-export__desc'>按公示格式列出各问题的整改状态，办公室设为“不公示”的事项不列入。</View>
            <Button className='zg-button zg-button--primary zg-export__button' disabled={notice.busy} loading={notice.state.phase === 'making'} onClick={() => void notice.run(planScope)}>
              导出公示文件
            </Button>
            <ExportStatus state={notice.state} />
            <View className='zg-export__link' onClick={onNotice}>
              查看公示页面
            </View>
          </View>
        </View>
      ) : (
        <View className='zg-export__block' style={{ marginTop: '8px' }}>
          <View className='zg-export__link' onClick={onNotice}>
            查看整改情况公示
          </View>
        </View>
      )}
    </View>
  );
}
