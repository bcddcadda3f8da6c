import type { ActionName, ActionOutput } from '../../core/actions';
import type { RecordOutcomeInput } from '../../core/actions/outcomes';
import { addDays } from '../../core/dashboard/months';
import { beijingDay } from '../../core/time';
import { DEMO_PEOPLE } from './demo-unit';

export interface OutcomeSeedCall {
  <A extends ActionName>(openid: string, action: A, input: unknown): Promise<ActionOutput<A>>;
}

function openidOf(name: string): string {
  const person = DEMO_PEOPLE.find((entry) => entry.name === name);
  if (!person) throw new Error(`demo seed: nobody named ${name}`);
  return person.openid;
}

interface DemoOutcomes {
  /** Finds the item by its 责任部门 and a word of its title. */
  department: string;
  titleWord: string;
  owner: string;
  leader: string;
  progress: string;
  /** A 举一反三 problem's deadline is set by the seed, days after the post (the server's day). */
  outcomes: DemoOutcome[];
  /** Measures of the 举一反三 item the owner has already done, by index. */
  doneFollowUpMeasures: number[];
}

type DemoOutcome = Exclude<RecordOutcomeInput['outcome'], { kind: 'followUp' }> | (Omit<Extract<RecordOutcomeInput['outcome'], { kind: 'followUp' }>, 'dueDate'> & { dueInDays: number });

/** Outcomes of every kind on two items of the demo plan, so 统计, the 公示 and the 整改情况报告 show them. */
const DEMO_OUTCOMES: DemoOutcomes[] = [
  {
    department: '财务室',
    titleWord: '差旅费',
    owner: '孙丽',
    leader: '王秀兰',
    progress: '已对2025年以来的差旅费凭证逐笔复核，2笔超标准住宿费已责令退回，差旅费管理办法已修订印发。',
    outcomes: [
      { kind: 'rule', title: '青山县融媒体中心差旅费管理办法', docNumber: '青融发〔2026〕15号', issuedOn: '2026-10-12', nature: 'revised' },
      { kind: 'funds', type: 'returned', amountYuan: '1860', receivedOn: '2026-10-20' },
      { kind: 'accountability', name: '刘某', type: 'criticism', decidedOn: '2026-10-25', decidedBy: '中心党组' },
    ],
    doneFollowUpMeasures: [],
  },
  {
    department: '总编室',
    titleWord: '',
    owner: '赵磊',
    leader: '李卫东',
    progress: '已建立稿件三审三校台账，追回违规发放的稿费，并对下属新媒体账号开展同类问题排查。',
    outcomes: [
      { kind: 'rule', title: '青山县融媒体中心稿件三审三校制度', docNumber: '青融发〔2026〕11号', issuedOn: '2026-09-28', nature: 'new' },
      { kind: 'funds', type: 'recovered', amountYuan: '35000', receivedOn: '2026-11-05' },
      { kind: 'accountability', name: '王某', type: 'reminderTalk', decidedOn: '2026-10-18', decidedBy: '中心党组' },
      { kind: 'followUp', problem: '下属新媒体账号同样存在审核流程缺失', measures: ['对全部新媒体账号开展审核流程排查', '建立新媒体账号发布审核登记'], dueInDays: 45 },
    ],
    doneFollowUpMeasures: [0],
  },
];

function followUpDue({ dueInDays, ...proposal }: Extract<DemoOutcome, { kind: 'followUp' }>, postedOn: string): RecordOutcomeInput['outcome'] {
  return { ...proposal, dueDate: addDays(postedOn, dueInDays) };
}

/**
 * Records and confirms the demo outcomes through the same actions the app uses: the owner posts the 进展, records each
 * outcome with it, the 责任领导 confirms (a 举一反三 problem becomes its child item), and the owner marks the child
 * item's measures already done.
 */
export async function seedDemoOutcomes(call: OutcomeSeedCall, officeOpenid: string, planId: string): Promise<void> {
  const plan = await call(officeOpenid, 'plans.get', { planId });
  const tasks = plan.aspects.flatMap((aspect) => aspect.tasks);
  for (const entry of DEMO_OUTCOMES) {
    const task = tasks.find((candidate) => candidate.departmentNames.includes(entry.department) && candidate.title.includes(entry.titleWord));
    if (!task) throw new Error(`demo seed: no item of ${entry.department} about ${entry.titleWord}`);
    const owner = openidOf(entry.owner);
    const { timeline } = await call(owner, 'tasks.addProgress', { taskId: task.id, text: entry.progress });
    const post = timeline.find((line) => line.kind === 'progress');
    for (const demo of entry.outcomes) {
      const outcome = demo.kind === 'followUp' ? followUpDue(demo, beijingDay(new Date(post?.at ?? 0))) : demo;
      const { outcome: recorded } = await call(owner, 'outcomes.record', { taskId: task.id, progressId: post?.id, outcome });
      const { outcome: confirmed } = await call(openidOf(entry.leader), 'outcomes.decide', { outcomeId: recorded.id, decision: 'confirm' });
      if (confirmed.kind !== 'followUp' || !confirmed.child) continue;
      const child = confirmed.child;
      const { task: childTask } = await call(owner, 'tasks.get', { taskId: child.taskId });
      for (const index of entry.doneFollowUpMeasures) await call(owner, 'tasks.markMeasure', { taskId: child.taskId, measureId: childTask.measures[index]?.id, done: true });
    }
  }
}
