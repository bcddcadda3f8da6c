import mammoth from 'mammoth';
import type { Emulator } from '../../emulator';
import { callApi, callExports, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { dayFromToday, importItems, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { ACCOUNTABLE_NAME, outcomesOfEachKind, postProgress, recordAndConfirm } from '../support/outcome-fixture';

async function outcomeState(cloud: Emulator) {
  return Promise.all(['outcomes', 'audit'].map((name) => collectionSnapshot(cloud, name)));
}

async function expectRefused(cloud: Emulator, openid: string, action: Parameters<typeof callApi>[2], input: unknown, code: string) {
  const before = await outcomeState(cloud);
  const answer = await callApi(cloud, openid, action, input);
  expect(answer).toMatchObject({ ok: false, code });
  expect(await outcomeState(cloud)).toEqual(before);
}

describe('outcomes: 建章立制, 问责, 资金, 举一反三 recorded by the owner, confirmed by the 责任领导', () => {
  let cloud: Emulator;
  let unit: Unit;
  let planId: string;
  let item: string;
  let other: string;
  let outcomeIds: string[];

  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    const imported = await importItems(cloud, unit, [
      { title: '项目资金结余未上缴', leader: 'leader', departments: ['总编室'] },
      { title: '财务核算不规范', leader: 'leader2', departments: ['财务室'] },
    ]);
    planId = imported.planId;
    [item, other] = imported.ids as [string, string];
    outcomeIds = await recordAndConfirm(cloud, 'o-cadre', 'o-leader', item, await outcomesOfEachKind(cloud, item));
  }, 90_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('counts only what the 责任领导 confirmed: a recorded or returned outcome does not count', async () => {
    const progressId = await postProgress(cloud, 'o-cadre', item, '又修订一项制度');
    const { outcome: pending } = await expectOk(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { kind: 'rule', title: '待确认的制度', issuedOn: '2026-12-01', nature: 'new' } });
    expect(pending).toMatchObject({ state: 'recorded', progressId, recordedBy: { name: '赵干部' }, decision: null });
    const { outcome: returned } = await expectOk(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { kind: 'funds', type: 'retrieved', amountYuan: '999', receivedOn: '2026-12-01' } });
    const { outcome: decided } = await expectOk(cloud, 'o-leader', 'outcomes.decide', { outcomeId: returned.id, decision: 'return', opinion: '凭证不全' });
    expect(decided).toMatchObject({ state: 'returned', decision: { by: { name: '李领导' }, opinion: '凭证不全' } });

    const { figures, lines } = await expectOk(cloud, OFFICE_OPENID, 'outcomes.list', { planId });
    expect(figures.rules).toEqual({ total: 2, made: 1, revised: 1 });
    expect(figures.funds.recoveredFen).toBe(1_234_567);
    expect(figures.funds.investedFen).toBe(2_000_000);
    expect(lines.map((line) => line.text)).toEqual([
      '制定及修改完善制度2项（新制定1项、修订完善1项）',
      '问责1人，其中诫勉1人，移交纪检监察机关问题线索1件',
      '追缴资金1.23万元，落实整改资金2万元',
      '举一反三排查问题1个、已整改0个',
    ]);
  });

  it('keeps the file and the voucher with the outcome, and lists the unit’s 制度清单 across items', async () => {
    const { outcomes } = await expectOk(cloud, 'o-secretary', 'outcomes.list', { planId: null, kind: 'rule', confirmedOnly: true });
    expect(outcomes.map((rule) => [rule.kind === 'rule' && rule.title, rule.state])).toEqual([
      ['专项资金管理办法', 'confirmed'],
      ['公务接待管理规定', 'confirmed'],
    ]);
    expect(outcomes[0]?.file).toMatchObject({ name: '专项资金管理办法.pdf' });
    expect(outcomes[0]?.taskTitle).toContain('项目资金结余未上缴');
    expect((await fetch(outcomes[0]?.file?.url as string)).status).toBe(200);
  });

  it('shows 问责 with names only to the office, the 书记 and the item’s 责任领导', async () => {
    for (const openid of [OFFICE_OPENID, 'o-secretary', 'o-leader']) {
      const { outcomes } = await expectOk(cloud, openid, 'outcomes.list', { planId, kind: 'accountability' });
      expect(outcomes.map((entry) => entry.kind === 'accountability' && entry.person.name)).toEqual([ACCOUNTABLE_NAME, '吴某']);
    }
    // The owner who recorded it, another leader and an outsider see no 问责 at all — not even that there is one.
    for (const openid of ['o-cadre', 'o-leader2', 'o-outsider']) {
      const { outcomes, figures } = await expectOk(cloud, openid, 'outcomes.list', { planId });
      expect(outcomes.filter((entry) => entry.kind === 'accountability')).toEqual([]);
      expect(figures.accountability.people).toBe(0);
      expect(JSON.stringify(outcomes)).not.toContain(ACCOUNTABLE_NAME);
    }
    // The owner still sees the item's other outcomes; the outsider sees none of them.
    expect((await expectOk(cloud, 'o-cadre', 'outcomes.list', { planId, taskId: item })).outcomes.length).toBeGreaterThan(0);
    expect((await expectOk(cloud, 'o-outsider', 'outcomes.list', { planId, taskId: item })).outcomes).toEqual([]);
  });

  it('makes a confirmed 举一反三 problem a child item, linked both ways, counted apart from the plan’s 问题', async () => {
    const followUpId = outcomeIds[6] as string;
    const { outcomes } = await expectOk(cloud, OFFICE_OPENID, 'outcomes.list', { planId, kind: 'followUp' });
    const followUp = outcomes.find((entry) => entry.id === followUpId);
    if (followUp?.kind !== 'followUp' || !followUp.child) throw new Error('the confirmed 举一反三 problem has no child item');
    const childId = followUp.child.taskId;
    const child = await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId: childId });
    expect(child.task).toMatchObject({
      title: '下属站点同样存在结余资金未上缴',
      status: 'not_started',
      dueDate: dayFromToday(30),
      leader: { name: '李领导' },
      assignees: [{ name: '赵干部' }],
      parent: { id: item, title: expect.stringContaining('项目资金结余未上缴') },
      followUps: [],
    });
    expect(child.task.measures.map((measure) => measure.text)).toEqual(['全面清查下属站点账户', '结余资金全额上缴']);
    expect((await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId: item })).task.followUps).toEqual([{ id: childId, title: '下属站点同样存在结余资金未上缴', status: 'not_started' }]);
    // The owner finds it among their 举一反三 items, counted beside the plan's two 问题, as in 统计 and the 公示.
    const mine = await expectOk(cloud, 'o-cadre', 'tasks.list', { filter: { planId, followUps: true } });
    expect(mine.items.map((row) => row.id)).toEqual([childId]);
    const problems = await expectOk(cloud, 'o-cadre', 'tasks.list', { filter: { planId } });
    expect(problems.items.map((row) => row.id)).not.toContain(childId);
    expect(problems.followUpCount).toBe(1);
    expect((await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId } })).totals.total).toBe(2);
    expect((await expectOk(cloud, 'o-outsider', 'dashboard.publicNotice', {})).items.map((row) => row.title)).not.toContain('下属站点同样存在结余资金未上缴');
    // The 台账 lists the plan's 问题 as 统计 counts them: two rows, not the 举一反三 item.
    const ledger = await callExports(cloud, OFFICE_OPENID, 'exports.ledger', { filter: { planId } });
    expect(ledger.ok && ledger.data.rows).toBe(2);

    // Tracked like any item: measures, 销号 by owner, 责任领导 and 组长 — and only then 已整改.
    for (const measure of child.task.measures) await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId: childId, measureId: measure.id, done: true });
    expect((await expectOk(cloud, OFFICE_OPENID, 'outcomes.list', { planId })).figures.followUps).toEqual({ found: 1, rectified: 0 });
    const proof = await uploadEvidence(cloud, childId, '清查台账.pdf');
    let view = await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId: childId });
    view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId: childId, version: view.task.version, summary: '下属站点结余资金已全额上缴', fileIDs: [proof] });
    view = await expectOk(cloud, 'o-leader', 'closure.review', { taskId: childId, version: view.task.version, decision: 'pass', opinion: '同意' });
    view = await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId: childId, version: view.task.version, decision: 'pass', opinion: '' });
    expect(view.task.status).toBe('closed');
    const { figures, lines } = await expectOk(cloud, OFFICE_OPENID, 'outcomes.list', { planId });
    expect(figures.followUps).toEqual({ found: 1, rectified: 1 });
    expect(lines[3]?.text).toBe('举一反三排查问题1个、已整改1个');
  });

  it('puts the figures on 统计, each line opening its kind, for the items the viewer oversees', async () => {
    const unitWide = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: { planId } });
    expect(unitWide.outcomes.lines.map((line) => [line.kind, line.label, line.empty])).toEqual([
      ['rule', '建章立制', false],
      ['accountability', '问责', false],
      ['funds', '资金', false],
      ['followUp', '举一反三', false],
    ]);
    expect(unitWide.outcomes.figures.accountability.byKind).toMatchObject({ admonition: 1, referral: 1, discipline: 0 });
    // leader2 leads only the other item, which has no outcome.
    const other = await expectOk(cloud, 'o-leader2', 'dashboard.summary', { filter: { planId } });
    expect(other.outcomes.lines.every((line) => line.empty)).toBe(true);
  });

  it('publishes the figures in the 公示 in the standard wording, never a name from 问责', async () => {
    const notice = await expectOk(cloud, 'o-outsider', 'dashboard.publicNotice', {});
    expect(notice.outcomes.map((line) => line.text)).toContain('问责1人，其中诫勉1人，移交纪检监察机关问题线索1件');
    const file = await callExports(cloud, OFFICE_OPENID, 'exports.publicNotice', {});
    if (!file.ok) throw new Error(file.code);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await (await fetch(file.data.url)).arrayBuffer()) });
    expect(value).toContain('通过整改，制定及修改完善制度2项（新制定1项、修订完善1项）；问责1人，其中诫勉1人，移交纪检监察机关问题线索1件；追缴资金1.23万元，落实整改资金2万元；举一反三排查问题1个、已整改1个。');
    expect(value).not.toContain(ACCOUNTABLE_NAME);
    expect(value).not.toContain('吴某');
  });

  describe('refuses, leaving the records as they were', () => {
    let progressId: string;
    const rule = { kind: 'rule', title: '制度', issuedOn: '2026-12-01', nature: 'new' };
    beforeAll(async () => {
      progressId = await postProgress(cloud, 'o-cadre', item, '用于被拒绝的填报');
    });

    it('an outcome recorded by someone who is not the item’s owner', async () => {
      await expectRefused(cloud, 'o-outsider', 'outcomes.record', { taskId: item, progressId, outcome: rule }, 'FORBIDDEN');
      await expectRefused(cloud, 'o-leader', 'outcomes.record', { taskId: item, progressId, outcome: rule }, 'FORBIDDEN');
    });

    it('an outcome without a post of this item, on a missing item, or with another item’s file', async () => {
      const elsewhere = await postProgress(cloud, 'o-outsider', other, '财务室的进展');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId: elsewhere, outcome: rule }, 'PROGRESS_NOT_FOUND');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: 'no-such-item', progressId, outcome: rule }, 'TASK_NOT_FOUND');
      const foreign = await uploadEvidence(cloud, other, '别的事项.pdf');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...rule, fileID: foreign } }, 'FILE_NOT_ALLOWED');
      const missing = (await uploadEvidence(cloud, item, 'x.pdf')).replace(/x\.pdf$/, 'gone.pdf');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...rule, fileID: missing } }, 'FILE_NOT_FOUND');
    });

    it('amounts that are not exact 元, and incomplete or contradictory facts', async () => {
      for (const amountYuan of ['12.345', '0', '-5', '一万', '1e5']) {
        await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { kind: 'funds', type: 'recovered', amountYuan, receivedOn: '2026-12-01' } }, 'VALIDATION_FAILED');
      }
      const accountability = { kind: 'accountability', type: 'criticism', decidedOn: '2026-12-01', decidedBy: '中心党组' };
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: accountability }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...accountability, name: '某人', memberId: unit.people.named.id } }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...accountability, type: '开除' , name: '某人' } }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...accountability, memberId: 'no-such-member' } }, 'MEMBER_NOT_FOUND');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...accountability, name: '某人', interviewId: 'no-such-talk' } }, 'INTERVIEW_NOT_FOUND');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { kind: 'followUp', problem: '问题', measures: [] } }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...rule, issuedOn: '2026-02-30' } }, 'VALIDATION_FAILED');
    });

    it('a decision by anyone but the item’s 责任领导, twice, or a return without a reason', async () => {
      const { outcome } = await expectOk(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: rule });
      await expectRefused(cloud, 'o-cadre', 'outcomes.decide', { outcomeId: outcome.id, decision: 'confirm' }, 'FORBIDDEN');
      await expectRefused(cloud, 'o-leader2', 'outcomes.decide', { outcomeId: outcome.id, decision: 'confirm' }, 'FORBIDDEN');
      await expectRefused(cloud, 'o-leader', 'outcomes.decide', { outcomeId: outcome.id, decision: 'return' }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-leader', 'outcomes.decide', { outcomeId: 'no-such-outcome', decision: 'confirm' }, 'OUTCOME_NOT_FOUND');
      await expectOk(cloud, 'o-leader', 'outcomes.decide', { outcomeId: outcome.id, decision: 'confirm' });
      await expectRefused(cloud, 'o-leader', 'outcomes.decide', { outcomeId: outcome.id, decision: 'return', opinion: '改主意了' }, 'OUTCOME_DECIDED');
    });

    it('a 举一反三 problem with a past deadline or an owner not on the roster, and a returned one makes no item', async () => {
      const followUp = { kind: 'followUp', problem: '同类问题', measures: ['排查'], dueDate: dayFromToday(10) };
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...followUp, dueDate: dayFromToday(-1) } }, 'VALIDATION_FAILED');
      await expectRefused(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: { ...followUp, ownerId: 'no-such-member' } }, 'MEMBER_NOT_FOUND');
      const { outcome } = await expectOk(cloud, 'o-cadre', 'outcomes.record', { taskId: item, progressId, outcome: followUp });
      const tasksBefore = await collectionSnapshot(cloud, 'tasks');
      const { outcome: returned } = await expectOk(cloud, 'o-leader', 'outcomes.decide', { outcomeId: outcome.id, decision: 'return', opinion: '不属于同类问题' });
      expect(returned).toMatchObject({ state: 'returned', child: null });
      expect(await collectionSnapshot(cloud, 'tasks')).toEqual(tasksBefore);
    });
  });
});
