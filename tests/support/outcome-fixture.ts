import type { Emulator } from '../../emulator';
import type { RecordOutcomeInput } from '../../core/actions/outcomes';
import { expectOk } from './local-cloud';
import { dayFromToday, uploadEvidence } from './task-fixture';

/** The 进展 an owner posts to record outcomes with: answers its id (the timeline's newest post). */
export async function postProgress(cloud: Emulator, openid: string, taskId: string, text: string): Promise<string> {
  const { timeline } = await expectOk(cloud, openid, 'tasks.addProgress', { taskId, text });
  const post = timeline.find((entry) => entry.kind === 'progress' && entry.text === text);
  if (!post) throw new Error('the post is not on the timeline');
  return post.id;
}

/** Written name of the person held accountable in the fixtures: no document but the office's list may show it. */
export const ACCOUNTABLE_NAME = '周某某';

/** One outcome of each kind, as the owner of `taskId` fills them in (file and voucher uploaded to the item). */
export async function outcomesOfEachKind(cloud: Emulator, taskId: string): Promise<RecordOutcomeInput['outcome'][]> {
  return [
    { kind: 'rule', title: '专项资金管理办法', docNumber: '测发〔2026〕12号', issuedOn: dayFromToday(-10), nature: 'new', fileID: await uploadEvidence(cloud, taskId, '专项资金管理办法.pdf'), fileName: '专项资金管理办法.pdf' },
    { kind: 'rule', title: '公务接待管理规定', docNumber: '', issuedOn: dayFromToday(-5), nature: 'revised' },
    { kind: 'accountability', name: ACCOUNTABLE_NAME, type: 'admonition', decidedOn: dayFromToday(-8), decidedBy: '中心党组' },
    { kind: 'accountability', name: '吴某', type: 'referral', decidedOn: dayFromToday(-7), decidedBy: '中心党组' },
    { kind: 'funds', type: 'recovered', amountYuan: '12345.67', receivedOn: dayFromToday(-6), fileID: await uploadEvidence(cloud, taskId, '缴款凭证.jpg'), fileName: '缴款凭证.jpg' },
    { kind: 'funds', type: 'invested', amountYuan: '20000', receivedOn: dayFromToday(-4) },
    { kind: 'followUp', problem: '下属站点同样存在结余资金未上缴', measures: ['全面清查下属站点账户', '结余资金全额上缴'], dueDate: dayFromToday(30) },
  ];
}

/** Records each outcome as `ownerOpenid` with one post, and confirms each as `leaderOpenid`: answers their ids. */
export async function recordAndConfirm(cloud: Emulator, ownerOpenid: string, leaderOpenid: string, taskId: string, outcomes: RecordOutcomeInput['outcome'][]): Promise<string[]> {
  const progressId = await postProgress(cloud, ownerOpenid, taskId, '已完成制度修订、资金追缴和责任追究');
  const ids: string[] = [];
  for (const outcome of outcomes) {
    const { outcome: recorded } = await expectOk(cloud, ownerOpenid, 'outcomes.record', { taskId, progressId, outcome });
    await expectOk(cloud, leaderOpenid, 'outcomes.decide', { outcomeId: recorded.id, decision: 'confirm' });
    ids.push(recorded.id);
  }
  return ids;
}
