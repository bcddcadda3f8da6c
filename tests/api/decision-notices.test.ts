import type { Emulator } from '../../emulator';
import { SUBSCRIPTION_TEMPLATES } from '../../core/reminders/subscription-templates';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { dayFromToday, importItem, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';

/** Every decision reaches the person it concerns (issue 16, point 4): 消息 always, WeChat while they hold an accept. */
describe('decisions told to the people they concern', () => {
  let cloud: Emulator;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  afterAll(async () => {
    await cloud.close();
  });
  const inboxOf = async (openid: string) => (await expectOk(cloud, openid, 'inbox.list', {})).items;

  describe('items', () => {
    let unit: Unit;
    beforeEach(async () => {
      await cloud.reset();
      cloud.outbox.clear();
      unit = await setUpPeople(cloud);
    });

    async function applied(): Promise<string> {
      const taskId = await importItem(cloud, unit);
      const fileID = await uploadEvidence(cloud, taskId, '整改报告.pdf');
      await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: 1, summary: '已全部整改到位', fileIDs: [fileID] });
      return taskId;
    }

    it('tells the cadre their 销号 was returned, in 消息 and by a mark on the list; the leader sees 待您审核 before', async () => {
      const taskId = await applied();
      const leaderList = await expectOk(cloud, 'o-leader', 'tasks.list', {});
      expect(leaderList.items.find((item) => item.id === taskId)?.waiting).toBe('待您审核');
      expect((await expectOk(cloud, 'o-cadre', 'tasks.list', {})).items.find((item) => item.id === taskId)?.waiting).toBeNull();

      await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'return', opinion: '请补充学习记录' });
      const [message] = await inboxOf('o-cadre');
      expect(message).toMatchObject({
        kind: 'decision',
        read: false,
        taskId,
        title: expect.stringMatching(/^销号申请被退回：/),
        body: '李领导退回了您的销号申请，事项回到整改中。补充整改要求：请补充学习记录',
      });
      expect((await expectOk(cloud, 'o-cadre', 'tasks.list', {})).items.find((item) => item.id === taskId)?.waiting).toBe('待您补充整改');
      // The one who decided is not told about their own decision.
      expect((await inboxOf('o-leader')).filter((item) => item.kind === 'decision')).toEqual([]);
    });

    it('sends a WeChat message on 审批提醒 while the person holds an accept, and 消息 keeps it either way', async () => {
      const approval = SUBSCRIPTION_TEMPLATES.approval.id;
      await expectOk(cloud, 'o-cadre', 'subscriptions.record', { results: { [approval]: 'accept' } });
      const taskId = await applied();
      await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: 2, decision: 'pass', opinion: '同意' });
      const sent = cloud.outbox.list();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ touser: 'o-cadre', templateId: approval, page: `packages/tasks/detail/index?id=${taskId}` });
      expect(sent[0]?.data.phrase3?.value).toBe('已通过');
      expect((await expectOk(cloud, 'o-cadre', 'subscriptions.status', {})).templates.find((template) => template.key === 'approval')?.inHand).toBe(0);
      // The accept is spent: the sign-off lands in 消息 only.
      await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId, version: 3, decision: 'pass', opinion: '' });
      expect(cloud.outbox.list()).toHaveLength(1);
      const titles = (await inboxOf('o-cadre')).map((item) => item.title);
      expect(titles).toEqual([expect.stringMatching(/^事项已销号：/), expect.stringMatching(/^销号申请已通过审核：/)]);
      expect((await inboxOf('o-leader')).map((item) => item.title)).toEqual([expect.stringMatching(/^事项已销号：/)]);
    });

    it('tells the owner an extension was decided, with the day that now holds', async () => {
      const taskId = await importItem(cloud, unit, { due: 10 });
      await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '需等待上级文件', newDate: dayFromToday(40) });
      expect((await expectOk(cloud, 'o-secretary', 'tasks.list', {})).items.find((item) => item.id === taskId)?.waiting).toBe('待您审批延期');
      await expectOk(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 2, decision: 'refuse', opinion: '按原时限完成' });
      const [message] = await inboxOf('o-cadre');
      expect(message?.title).toMatch(/^延期申请未同意：/);
      expect(message?.body).toMatch(/^张书记未同意延期，完成时限仍为\d{4}年\d{1,2}月\d{1,2}日。意见：按原时限完成$/);
    });

    it('tells nobody about a refused decision, and the database stays as it was', async () => {
      const taskId = await applied();
      const before = await collectionSnapshot(cloud, 'tasks');
      expect(await callApi(cloud, 'o-cadre', 'closure.review', { taskId, version: 2, decision: 'return', opinion: '自己退回' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-leader', 'closure.review', { taskId, version: 1, decision: 'return', opinion: '旧版本' })).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(await collectionSnapshot(cloud, 'tasks')).toEqual(before);
      expect(await inboxOf('o-cadre')).toEqual([]);
    });
  });

  describe('约谈', () => {
    let cast: InterviewCast;
    beforeEach(async () => {
      await cloud.reset();
      cloud.outbox.clear();
      cast = await setUpInterviewCast(cloud);
    });

    it('tells the proposer of an approval or a return, the 记录人 there is a talk to write, each signer to sign, and the 对象 of the filing', async () => {
      const returned = await interviewAt(cloud, cast, 'returned');
      expect((await inboxOf(OFFICE_OPENID))[0]).toMatchObject({ kind: 'decision', interviewId: returned.id, title: '约谈安排被退回：提醒谈话（赵会计）' });

      const filed = await interviewAt(cloud, cast, 'filed');
      expect((await inboxOf(cast.recorder.openid)).map((item) => item.title)).toContain('请记录约谈：提醒谈话（赵会计）');
      expect((await inboxOf(cast.interviewer.openid)).map((item) => item.title)).toContain('请在约谈记录上签字：提醒谈话（赵会计）');
      const subject = (await inboxOf(cast.subject.openid)).map((item) => [item.title, item.body]);
      expect(subject).toContainEqual(['请在约谈记录上签字：提醒谈话（赵会计）', '记录人钱记录已写好谈话记录，请核对内容后在本人的签字栏签字。']);
      expect(subject[0]).toEqual(['约谈记录已归档：提醒谈话（赵会计）', expect.stringMatching(/^您的约谈记录已归档，请在\d{4}年\d{1,2}月\d{1,2}日前提交整改反馈。$/)]);
      expect((await inboxOf(OFFICE_OPENID)).map((item) => item.title)).toContain('约谈已批准：提醒谈话（赵会计）');
      expect(filed.state).toBe('filed');
    });
  });
});
