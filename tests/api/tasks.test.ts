import type { Emulator } from '../../emulator';
import { addMonths } from '../../core/time';
import { callApi, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { arrangeTask, dayFromToday, evidenceBytes, importItem, importItems, setUpPeople, taskState, today, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

/** Items, their detail, progress, measures, assignment, comments and extensions; 销号 is in closure.test.ts. */
describe('an item', () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  const get = (openid: string, taskId: string) => expectOk(cloud, openid, 'tasks.get', { taskId });

  describe('its page', () => {
    it('shows an owner the item with names, deadline colour, measures, the import in the timeline and the owner’s buttons', async () => {
      const taskId = await importItem(cloud, unit, { due: 5, measures: ['一是清理台账', '二是建立制度', '三是开展检查'] });
      const { task, timeline, can } = await get('o-cadre', taskId);
      expect(task).toMatchObject({
        status: 'not_started',
        leader: { id: unit.people.leader.id, name: '李领导' },
        departments: [{ id: unit.departments['总编室'], name: '总编室' }],
        assignees: [],
        dueDate: dayFromToday(5),
        deadlineState: { colour: 'yellow', daysLeft: 5, label: '还剩5天' },
        measures: [
          { id: 'm1', text: '一是清理台账', done: false, note: null },
          { id: 'm2', text: '二是建立制度', done: false, note: null },
          { id: 'm3', text: '三是开展检查', done: false, note: null },
        ],
        target: '问题见底清零',
        version: 1,
      });
      expect(timeline).toEqual([expect.objectContaining({ kind: 'imported', actor: { id: unit.people.office.id, name: '陈办公' } })]);
      expect(can).toEqual({ progress: true, markMeasure: true, comment: false, assign: false, requestExtension: true, decideExtension: false, apply: true, review: false, signOff: false });
    });

    it('answers FORBIDDEN to a cadre of another department guessing an existing id, and TASK_NOT_FOUND for an id that does not exist', async () => {
      const taskId = await importItem(cloud, unit);
      expect(await callApi(cloud, 'o-outsider', 'tasks.get', { taskId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-leader2', 'tasks.get', { taskId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-outsider', 'tasks.get', { taskId: '0123456789abcdef0123456789abcdef' })).toMatchObject({ ok: false, code: 'TASK_NOT_FOUND' });
      expect(await callApi(cloud, 'o-outsider', 'tasks.get', { taskId: '' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      const refused = await callApi(cloud, 'o-outsider', 'tasks.get', { taskId });
      expect(JSON.stringify(refused)).not.toContain('整改事项');
    });

    it('is seen by its leader and a named 责任人 of another department, by the secretary and the office, each with their own buttons', async () => {
      const taskId = await importItem(cloud, unit);
      await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.named.id] });
      expect((await get('o-named', taskId)).can).toMatchObject({ progress: true, apply: true, comment: false });
      expect((await get('o-named', taskId)).task.assignees).toEqual([{ id: unit.people.named.id, name: '孙干部' }]);
      expect((await get('o-leader', taskId)).can).toMatchObject({ progress: false, comment: true, review: false, apply: false });
      expect((await get('o-secretary', taskId)).can).toMatchObject({ assign: true, comment: true, progress: false });
      expect((await get('o-office', taskId)).can).toMatchObject({ assign: true, comment: true, signOff: false });
    });
  });

  describe('progress (进展)', () => {
    it('moves 未开始 to 整改中 on the first post, keeps the latest progress day and counts, and shows the photos in the timeline', async () => {
      const taskId = await importItem(cloud, unit);
      const photo = await uploadEvidence(cloud, taskId, '现场照片.jpg');
      const report = await uploadEvidence(cloud, taskId, '整改报告.pdf');
      const first = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '已完成台账清理', fileIDs: [photo, report], fileNames: ['现场照片.jpg', '整改报告.pdf'] });
      expect(first.task).toMatchObject({ status: 'in_progress', progressCount: 1, evidenceCount: 2, version: 2 });
      expect(testNow().getTime() - new Date(first.task.latestProgressAt as string).getTime()).toBeLessThan(60_000);
      const [post] = first.timeline;
      expect(post).toMatchObject({ kind: 'progress', actor: { name: '赵干部' }, text: '已完成台账清理', decision: null });
      expect(post?.files.map((file) => [file.name, file.isImage])).toEqual([
        ['现场照片.jpg', true],
        ['整改报告.pdf', false],
      ]);
      const served = await fetch(encodeURI(post?.files[0]?.url as string));
      expect(Buffer.from(await served.arrayBuffer())).toEqual(evidenceBytes('现场照片.jpg'));
      expect(post?.editable?.progressId).toBe(post?.id);

      const second = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '制度已起草' });
      expect(second.task).toMatchObject({ status: 'in_progress', progressCount: 2, evidenceCount: 2 });
      expect(second.timeline.map((entry) => entry.kind)).toEqual(['progress', 'progress', 'imported']);
      // Somebody else sees the posts but cannot edit them.
      expect((await get('o-leader', taskId)).timeline.every((entry) => entry.editable === null)).toBe(true);
      const list = await expectOk(cloud, 'o-cadre', 'tasks.list', { filter: { planId: second.task.planId } });
      expect(list.items[0]?.latestProgressAt).toBe(second.task.latestProgressAt);
    });

    it('shows every photo of a long history, however many (temporary URLs fetched 50 at a time)', async () => {
      const taskId = await importItem(cloud, unit);
      for (let post = 0; post < 6; post += 1) {
        const fileIDs = await Promise.all(Array.from({ length: 9 }, (_, index) => uploadEvidence(cloud, taskId, `p${post}-${index}.jpg`)));
        await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: `第${post + 1}次进展`, fileIDs });
      }
      const { task, timeline } = await get('o-leader', taskId);
      const files = timeline.flatMap((entry) => entry.files);
      expect(files).toHaveLength(54);
      expect(files.every((file) => file.url.startsWith('http'))).toBe(true);
      expect(task).toMatchObject({ progressCount: 6, evidenceCount: 54 });
    });

    it('refuses another item’s file, a plan upload, a type that is not evidence and a file never uploaded — and writes nothing', async () => {
      const { ids } = await importItems(cloud, unit, [{}, {}]);
      const [taskId, otherId] = ids as [string, string];
      const foreign = await uploadEvidence(cloud, otherId, 'other.jpg');
      const planFile = await uploadEvidence(cloud, taskId, 'plan.jpg', 'uploads/plans/');
      const script = await uploadEvidence(cloud, taskId, 'run.exe');
      const climbing = (await uploadEvidence(cloud, otherId, 'x.jpg')).replace(`uploads/tasks/${otherId}/`, `uploads/tasks/${taskId}/../${otherId}/`);
      const before = await taskState(cloud);
      for (const fileID of [foreign, planFile, script, climbing]) {
        expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展', fileIDs: [fileID] })).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED' });
      }
      const neverUploaded = foreign.replace(`uploads/tasks/${otherId}/`, `uploads/tasks/${taskId}/`);
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展', fileIDs: [neverUploaded] })).toMatchObject({ ok: false, code: 'FILE_NOT_FOUND' });
      const ten = await Promise.all(Array.from({ length: 10 }, (_, index) => uploadEvidence(cloud, taskId, `p${index}.jpg`)));
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展', fileIDs: ten })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '  ', fileIDs: [] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展', fileIDs: ['https://evil.example/x.jpg'] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展', fileIDs: ten.slice(0, 2), fileNames: ['只有一个名字.jpg'] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await taskState(cloud)).toEqual(before);
    });

    it('is for owners only, and not while a reviewer holds the item', async () => {
      const taskId = await importItem(cloud, unit);
      for (const openid of ['o-leader', 'o-outsider', 'o-secretary', 'o-office']) {
        expect(await callApi(cloud, openid, 'tasks.addProgress', { taskId, text: '进展' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
      await arrangeTask(cloud, taskId, { status: 'pending_review' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '进展' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      expect((await get('o-cadre', taskId)).can.progress).toBe(false);
    });

    it('can be edited by its author for 10 minutes, by nobody else, and not after', async () => {
      const taskId = await importItem(cloud, unit);
      await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.named.id] });
      const photo = await uploadEvidence(cloud, taskId, 'a.jpg');
      const posted = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '初稿', fileIDs: [photo] });
      const progressId = posted.timeline[0]?.id as string;
      const better = await uploadEvidence(cloud, taskId, 'b.png');
      const edited = await expectOk(cloud, 'o-cadre', 'tasks.editProgress', { progressId, text: '修改后的进展', fileIDs: [photo, better] });
      expect(edited.timeline[0]).toMatchObject({ id: progressId, text: '修改后的进展' });
      expect(edited.timeline[0]?.files).toHaveLength(2);
      expect(edited.task).toMatchObject({ progressCount: 1, evidenceCount: 2 });

      const before = await taskState(cloud);
      expect(await callApi(cloud, 'o-named', 'tasks.editProgress', { progressId, text: '别人改' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-outsider', 'tasks.editProgress', { progressId, text: '外人改' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.editProgress', { progressId: 'missing', text: '改' })).toMatchObject({ ok: false, code: 'PROGRESS_NOT_FOUND' });
      await sdkDatabase(cloud).collection('progress').doc(progressId).update({ data: { createdAt: new Date(testNow().getTime() - 11 * 60_000) } });
      const late = await snapshotWithout(cloud, progressId);
      expect(await callApi(cloud, 'o-cadre', 'tasks.editProgress', { progressId, text: '太晚了' })).toMatchObject({ ok: false, code: 'EDIT_WINDOW_PASSED' });
      expect(await snapshotWithout(cloud, progressId)).toEqual(late);
      expect((await get('o-cadre', taskId)).timeline[0]?.editable).toBeNull();
      expect((await taskState(cloud))[0]).toEqual(before[0]);
    });

    it('is the quarterly consolidation report of a 长期坚持 item: the next report falls due a quarter on, and a late one turns the item red until it comes', async () => {
      const taskId = await importItem(cloud, unit, { due: null, longTerm: true });
      await arrangeTask(cloud, taskId, { status: 'long_term', nextReviewDue: dayFromToday(20) });
      const reported = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '本季度巩固情况' });
      expect(reported.task).toMatchObject({ status: 'long_term', nextReviewDue: addMonths(dayFromToday(20), 3) });
      expect(reported.task.deadlineState.colour).toBe('green');

      await arrangeTask(cloud, taskId, { nextReviewDue: dayFromToday(-3) });
      expect((await get('o-cadre', taskId)).task.deadlineState).toMatchObject({ colour: 'red', label: '巩固报告逾期3天' });
      const late = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '补报巩固情况' });
      expect(late.task.nextReviewDue).toBe(addMonths(today(), 3));
      expect(late.task.deadlineState.colour).toBe('green');
    });
  });

  describe('measures (整改措施)', () => {
    it('are marked done or not by owners with a note, and the timeline says which', async () => {
      const taskId = await importItem(cloud, unit);
      const marked = await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm2', done: true, note: '制度已印发' });
      expect(marked.task.measures[1]).toEqual({ id: 'm2', text: '二是抓好落实', done: true, note: '制度已印发' });
      expect(marked.task.measures[0]?.done).toBe(false);
      expect(marked.timeline[0]).toMatchObject({ kind: 'measure', actor: { name: '赵干部' }, text: '措施2「二是抓好落实」标记为已完成：制度已印发' });
      const undone = await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm2', done: false });
      expect(undone.task.measures[1]).toMatchObject({ done: false, note: null });
      expect(undone.timeline[0]?.text).toBe('措施2「二是抓好落实」标记为未完成');
    });

    it('moves 未开始 to 整改中 when the first measure is marked done, and unmarking it does not move it back', async () => {
      const taskId = await importItem(cloud, unit);
      expect((await get('o-cadre', taskId)).task.status).toBe('not_started');
      const marked = await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm1', done: true });
      expect(marked.task.status).toBe('in_progress');
      const undone = await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm1', done: false });
      expect(undone.task.status).toBe('in_progress');
    });

    it('refuses an unknown measure, a non-owner and an item under review', async () => {
      const taskId = await importItem(cloud, unit);
      const before = await taskState(cloud);
      expect(await callApi(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm9', done: true })).toMatchObject({ ok: false, code: 'MEASURE_NOT_FOUND' });
      expect(await callApi(cloud, 'o-leader', 'tasks.markMeasure', { taskId, measureId: 'm1', done: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-outsider', 'tasks.markMeasure', { taskId, measureId: 'm1', done: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm1', done: 'yes' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await taskState(cloud)).toEqual(before);
      await arrangeTask(cloud, taskId, { status: 'pending_signoff' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.markMeasure', { taskId, measureId: 'm1', done: true })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    });
  });

  describe('assignment', () => {
    it('lets the office set departments, 责任领导 and named 责任人; the timeline shows the names before and after, and who sees the item follows', async () => {
      const taskId = await importItem(cloud, unit);
      const assigned = await expectOk(cloud, 'o-office', 'tasks.assign', {
        taskId,
        version: 1,
        departmentIds: [unit.departments['财务室']],
        leaderId: unit.people.leader2.id,
        assigneeIds: [unit.people.named.id],
      });
      expect(assigned.task).toMatchObject({
        version: 2,
        departmentNames: ['财务室'],
        leaderName: '王领导',
        leader: { name: '王领导' },
        assignees: [{ id: unit.people.named.id, name: '孙干部' }],
      });
      expect(assigned.timeline[0]).toMatchObject({ kind: 'assign', actor: { name: '陈办公' }, text: '责任部门：总编室 → 财务室；责任领导：李领导 → 王领导；责任人：无 → 孙干部' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.get', { taskId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-leader', 'tasks.get', { taskId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      for (const openid of ['o-outsider', 'o-leader2', 'o-named']) expect((await get(openid, taskId)).task.id).toBe(taskId);

      const cleared = await expectOk(cloud, 'o-secretary', 'tasks.assign', { taskId, version: 2, departmentIds: [unit.departments['财务室']], leaderId: null, assigneeIds: [] });
      expect(cleared.task).toMatchObject({ leader: null, leaderName: null, assignees: [], version: 3 });
      expect(cleared.timeline[0]?.text).toBe('责任领导：王领导 → 未定；责任人：孙干部 → 无');
      // Nothing to change: no new version, no timeline line.
      const same = await expectOk(cloud, 'o-secretary', 'tasks.assign', { taskId, version: 3, departmentIds: [unit.departments['财务室']], leaderId: null, assigneeIds: [] });
      expect(same.task.version).toBe(3);
      expect(same.timeline).toHaveLength(3);
    });

    it('refuses unknown departments and people, a leader who is not on the leading group, a stale screen and a cadre — changing nothing', async () => {
      const taskId = await importItem(cloud, unit);
      const input = { taskId, version: 1, departmentIds: [unit.departments['总编室']], leaderId: unit.people.leader.id, assigneeIds: [] as string[] };
      const before = await taskState(cloud);
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, departmentIds: ['missing'] })).toMatchObject({ ok: false, code: 'DEPARTMENT_NOT_FOUND' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, assigneeIds: ['missing'] })).toMatchObject({ ok: false, code: 'MEMBER_NOT_FOUND' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, leaderId: 'missing' })).toMatchObject({ ok: false, code: 'MEMBER_NOT_FOUND' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, leaderId: unit.people.cadre.id })).toMatchObject({ ok: false, code: 'NOT_A_LEADER' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, version: 7, assigneeIds: [unit.people.named.id] })).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.assign', { ...input, assigneeIds: [unit.people.cadre.id] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-leader', 'tasks.assign', { ...input, assigneeIds: [unit.people.cadre.id] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, version: 0 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, taskId: 'missing' })).toMatchObject({ ok: false, code: 'TASK_NOT_FOUND' });
      expect(await taskState(cloud)).toEqual(before);
      await arrangeTask(cloud, taskId, { status: 'closed' });
      expect(await callApi(cloud, 'o-office', 'tasks.assign', { ...input, assigneeIds: [unit.people.named.id] })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    });
  });

  describe('comments', () => {
    it('come from the item’s leader, the secretary and the office, without a new version; others cannot comment', async () => {
      const taskId = await importItem(cloud, unit);
      await expectOk(cloud, 'o-leader', 'tasks.comment', { taskId, text: '请加快进度' });
      const view = await expectOk(cloud, 'o-secretary', 'tasks.comment', { taskId, text: '月底前报送' });
      expect(view.timeline.slice(0, 2).map((entry) => [entry.kind, entry.actor.name, entry.text])).toEqual([
        ['comment', '张书记', '月底前报送'],
        ['comment', '李领导', '请加快进度'],
      ]);
      expect(view.task.version).toBe(1);
      const before = await taskState(cloud);
      expect(await callApi(cloud, 'o-leader2', 'tasks.comment', { taskId, text: '不相干' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.comment', { taskId, text: '自评' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await callApi(cloud, 'o-leader', 'tasks.comment', { taskId, text: '' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await taskState(cloud)).toEqual(before);
    });
  });

  describe('extensions (申请延期)', () => {
    it('go from an owner to the secretary; approval moves the due day and its place in the list, counts the extension and keeps the history', async () => {
      const { ids, planId } = await importItems(cloud, unit, [{ due: 10 }, { due: 20 }]);
      const taskId = ids[0] as string;
      const asked = await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '需等待上级文件', newDate: dayFromToday(40) });
      expect(asked.task.pendingExtension).toMatchObject({ reason: '需等待上级文件', newDate: dayFromToday(40), requestedBy: { name: '赵干部' } });
      expect(asked.can).toMatchObject({ requestExtension: false });
      expect((await get('o-secretary', taskId)).can.decideExtension).toBe(true);
      expect(await callApi(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 2, reason: '再延', newDate: dayFromToday(50) })).toMatchObject({ ok: false, code: 'EXTENSION_PENDING' });

      const approved = await expectOk(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 2, decision: 'approve', opinion: '同意' });
      expect(approved.task).toMatchObject({ dueDate: dayFromToday(40), extensionCount: 1, pendingExtension: null, version: 3 });
      expect(approved.timeline.slice(0, 2).map((entry) => [entry.kind, entry.decision])).toEqual([
        ['extension_decision', 'approve'],
        ['extension_request', null],
      ]);
      expect(approved.timeline[0]?.text).toContain('同意延期至');
      expect(approved.timeline[1]?.text).toContain('需等待上级文件');
      const list = await expectOk(cloud, 'o-cadre', 'tasks.list', { filter: { planId } });
      expect(list.items.map((item) => item.id)).toEqual([ids[1], ids[0]]);
      const [stored] = (await collectionSnapshot(cloud, 'tasks')).filter((task) => (task as { _id: string })._id === taskId) as { extensions: unknown[] }[];
      expect(stored?.extensions).toEqual([expect.objectContaining({ decision: 'approve', previousDate: dayFromToday(10), newDate: dayFromToday(40), decidedById: unit.people.secretary.id })]);
    });

    it('refuses a date not later than the deadline or today, a decision with nothing pending; a refusal keeps the date', async () => {
      const taskId = await importItem(cloud, unit, { due: 10 });
      const before = await taskState(cloud);
      for (const newDate of [dayFromToday(10), dayFromToday(5), today()]) {
        expect(await callApi(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '理由', newDate })).toMatchObject({ ok: false, code: 'DATE_NOT_LATER' });
      }
      expect(await callApi(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '理由', newDate: '2026-02-30' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '', newDate: dayFromToday(30) })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(await callApi(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 1, decision: 'approve' })).toMatchObject({ ok: false, code: 'NO_EXTENSION_PENDING' });
      expect(await callApi(cloud, 'o-leader', 'tasks.requestExtension', { taskId, version: 1, reason: '理由', newDate: dayFromToday(30) })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await taskState(cloud)).toEqual(before);

      await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '理由', newDate: dayFromToday(30) });
      expect(await callApi(cloud, 'o-office', 'tasks.decideExtension', { taskId, version: 2, decision: 'approve' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const refused = await expectOk(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 2, decision: 'refuse', opinion: '按原时限完成' });
      expect(refused.task).toMatchObject({ dueDate: dayFromToday(10), extensionCount: 0, pendingExtension: null });
      expect(refused.timeline[0]).toMatchObject({ kind: 'extension_decision', decision: 'refuse', text: '按原时限完成' });
      expect((await get('o-cadre', taskId)).can.requestExtension).toBe(true);
      await arrangeTask(cloud, taskId, { status: 'pending_review' });
      expect(await callApi(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 3, reason: '理由', newDate: dayFromToday(30) })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    });

    it('decides once when the secretary taps twice: one decision wins, the other is CONFLICT', async () => {
      const taskId = await importItem(cloud, unit, { due: 10 });
      await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: 1, reason: '理由', newDate: dayFromToday(30) });
      const results = await Promise.all([
        callApi(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 2, decision: 'approve' }),
        callApi(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: 2, decision: 'refuse' }),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.find((result) => !result.ok)).toMatchObject({ code: 'CONFLICT' });
      const { task } = await get('o-cadre', taskId);
      expect(task.version).toBe(3);
      const decisions = (await collectionSnapshot(cloud, 'audit')).filter((entry) => (entry as { entityId: string; action: string }).entityId === taskId && (entry as { action: string }).action === 'tasks.decideExtension');
      expect(decisions).toHaveLength(1);
    });
  });
});

/** Progress posts other than `progressId`, plus that one: what a refused edit must leave untouched. */
async function snapshotWithout(cloud: Emulator, progressId: string): Promise<unknown> {
  const posts = (await collectionSnapshot(cloud, 'progress')) as { _id: string }[];
  return posts.find((post) => post._id === progressId);
}
