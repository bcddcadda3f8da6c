import { outcomeFigureLines, outcomeFigures, outcomeSentence } from './figures';
import type { OutcomeFacts } from './model';

const person = { memberId: null, name: '某人' };
const accountable = (type: Extract<OutcomeFacts, { kind: 'accountability' }>['type']): OutcomeFacts => ({ kind: 'accountability', person, type, decidedOn: '2026-10-01', decidedBy: '县纪委监委', interviewId: null });

describe('outcome figures in the wording of 整改进展情况通报', () => {
  it('says nothing happened in every kind when nothing was confirmed, and a notice then leaves the sentence out', () => {
    const lines = outcomeFigureLines(outcomeFigures([]));
    expect(lines.map((line) => line.text)).toEqual(['制定及修改完善制度0项', '未发生问责', '未涉及资金', '举一反三排查问题0个、已整改0个']);
    expect(lines.every((line) => line.empty)).toBe(true);
    expect(outcomeSentence(lines, true)).toBe('');
  });

  it('counts 问责 in 人 by kind in the official order, 移交 in 件, and never names anyone', () => {
    const figures = outcomeFigures([accountable('criticism'), accountable('discipline'), accountable('discipline'), accountable('organisational'), accountable('referral')]);
    const [, line] = outcomeFigureLines(figures);
    expect(line?.text).toBe('问责4人，其中党纪政务处分2人、组织处理1人、批评教育1人，移交纪检监察机关问题线索1件');
    expect(JSON.stringify(outcomeFigureLines(figures))).not.toContain('某人');
  });

  it('adds money exactly in 分 and keeps recovered money apart from money put into rectification', () => {
    const funds = (type: Extract<OutcomeFacts, { kind: 'funds' }>['type'], amountFen: number): OutcomeFacts => ({ kind: 'funds', type, amountFen, receivedOn: '2026-10-01' });
    const figures = outcomeFigures([funds('recovered', 10), funds('refunded', 20), funds('retrieved', 1_000_000), funds('invested', 5_000)]);
    expect(figures.funds.recoveredFen).toBe(1_000_030);
    expect(outcomeFigureLines(figures)[2]?.text).toBe('追缴、清退、挽回资金1万元，落实整改资金50元');
  });

  it('counts a 举一反三 problem as rectified only once its child item is 销号\'d', () => {
    const followUp = (status: 'closed' | 'long_term' | 'pending_signoff' | null): OutcomeFacts => ({
      kind: 'followUp',
      problem: '同类问题',
      measures: ['措施'],
      ownerId: 'm1',
      dueDate: '2026-12-31',
      child: status === null ? null : { taskId: 't1', status, measures: [{ text: '措施', done: true }] },
    });
    expect(outcomeFigures([followUp('closed'), followUp('long_term'), followUp('pending_signoff'), followUp(null)]).followUps).toEqual({ found: 4, rectified: 2 });
  });
});
