import type { Emulator } from '../../emulator';
import { ACTION_INPUTS, functionOf } from '../../core/actions';
import type { ActionName } from '../../core/actions';
import { ACTION_ACCESS, mayCall } from '../../core/permissions';
import { ROLES } from '../../core/roles';
import { TASK_ACTION_RELATIONS, mayActOnTask } from '../../core/tasks/access';
import type { TaskAction, TaskParties } from '../../core/tasks/access';
import type { ApiResult } from '../../core/result';
import { callApi, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { PERSON_SPECS, arrangeTask, dayFromToday, importItems, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { ItemSpec, PersonKey, Unit } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

/**
 * Both halves of the permissions, walked whole: the role table (ACTION_ACCESS, every action × role) and, for
 * item actions, the relation table (TASK_ACTION_RELATIONS, every action × way of standing to an item). Each
 * expectation is computed from the tables in core, so a change there is a change here.
 */
describe('the access tables, walked for every action', () => {
  let cloud: Emulator;
  let unit: Unit;
  let items: string[];
  const people = Object.keys(PERSON_SPECS) as PersonKey[];
  const taskActions = Object.keys(TASK_ACTION_RELATIONS) as TaskAction[];
  // One item per case, plus a leaderless one per person for the 组长's stand-in review.
  const cases = [
    ...taskActions.flatMap((action) => people.map((person) => ({ action, person, leaderless: false }))),
    ...people.map((person) => ({ action: 'closure.review' as TaskAction, person, leaderless: true })),
  ];

  /** Any action through the function that serves it, as the app's client picks it (functionOf). */
  const call = async (openid: string | null, action: ActionName, input: unknown): Promise<ApiResult<unknown>> => {
    const wxContext = openid ? { OPENID: openid, SOURCE: 'wx_client' } : { SOURCE: 'wx_client' };
    return (await cloud.invokeFunction(functionOf(action), { action, input }, wxContext)) as ApiResult<unknown>;
  };

  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    const specs: ItemSpec[] = cases.map((entry) => ({ leader: entry.leaderless ? null : 'leader', departments: ['总编室'], due: 30 }));
    items = (await importItems(cloud, unit, specs)).ids;
  }, 30_000);
  afterAll(async () => {
    await cloud.close();
  });

  describe('roles (ACTION_ACCESS)', () => {
    const actions = Object.keys(ACTION_INPUTS) as ActionName[];
    const openidOf = (role: (typeof ROLES)[number]) => ({ secretary: 'o-secretary', leader: 'o-leader', office: PERSON_SPECS.office.openid, cadre: 'o-cadre' })[role];

    it.each(actions.flatMap((action) => ROLES.map((role) => [action, role] as const)))('%s as %s', async (action, role) => {
      const allowed = mayCall(ACTION_ACCESS[action], [role]);
      // Access is checked before the schema: an empty input shows the decision without changing anything.
      const result = await call(openidOf(role), action, {});
      if (allowed) expect(result.ok === false && result.code === 'FORBIDDEN').toBe(false);
      else expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    });

    it.each(actions.filter((action) => ACTION_ACCESS[action].who !== 'public'))('%s refuses a WeChat user who is not bound', async (action) => {
      expect(await call('o-stranger', action, {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
      expect(await call(null, action, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    });
  });

  describe('relations to an item (TASK_ACTION_RELATIONS): owner by department, owner by name, its leader, another leader, a cadre of another department, the secretary, the office', () => {
    const closure = () => ({ summary: '已整改', fileIDs: [], appliedAt: testNow(), appliedById: unit.people.cadre.id, review: null, signOff: null });

    /** Puts the item where the action applies and answers the input a person in that relation would send. */
    async function prepare(action: TaskAction, person: PersonKey, taskId: string): Promise<unknown> {
      await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.named.id] });
      switch (action) {
        case 'tasks.get':
          return { taskId };
        case 'tasks.assign':
          return { taskId, version: 1, departmentIds: [unit.departments['总编室']], leaderId: unit.people.leader2.id, assigneeIds: [unit.people.named.id] };
        case 'tasks.markMeasure':
          return { taskId, measureId: 'm1', done: true, note: '已完成' };
        case 'tasks.addProgress':
          return { taskId, text: '本月进展' };
        case 'tasks.editProgress': {
          // A post of the caller's own: the relation, not authorship, is what this walk tests.
          const { _id } = await sdkDatabase(cloud).collection('progress').add({ data: { taskId, authorId: unit.people[person].id, text: '原文', fileIDs: [], createdAt: testNow(), editedAt: null } });
          return { progressId: _id, text: '改正' };
        }
        case 'tasks.comment':
          return { taskId, text: '意见' };
        case 'tasks.requestExtension':
          return { taskId, version: 1, reason: '理由', newDate: dayFromToday(90) };
        case 'tasks.decideExtension':
          await arrangeTask(cloud, taskId, { pendingExtension: { reason: '理由', newDate: dayFromToday(90), previousDate: dayFromToday(30), requestedAt: testNow(), requestedById: unit.people.cadre.id } });
          return { taskId, version: 1, decision: 'approve' };
        case 'closure.apply':
          return { taskId, version: 1, summary: '已整改到位', fileIDs: [await uploadEvidence(cloud, taskId, 'report.pdf')] };
        case 'closure.review':
          await arrangeTask(cloud, taskId, { status: 'pending_review', closure: closure() });
          return { taskId, version: 1, decision: 'pass', opinion: '同意' };
        case 'closure.signOff':
          await arrangeTask(cloud, taskId, { status: 'pending_signoff', closure: closure() });
          return { taskId, version: 1, decision: 'pass', opinion: '同意' };
      }
    }

    it.each(cases.map((entry, index) => [entry.action, entry.person, entry.leaderless ? '(item without a leader)' : '', index] as const))('%s by %s %s', async (action, person, _note, index) => {
      const taskId = items[index] as string;
      const input = await prepare(action, person, taskId);
      const spec = PERSON_SPECS[person];
      const viewer = { id: unit.people[person].id, roles: [...spec.roles], departmentIds: spec.departments.map((name) => unit.departments[name] as string) };
      const parties: TaskParties = { leaderId: cases[index]?.leaderless ? null : unit.people.leader.id, departmentIds: [unit.departments['总编室'] as string], assigneeIds: [unit.people.named.id] };
      const allowed = mayCall(ACTION_ACCESS[action], viewer.roles) && mayActOnTask(action, viewer, parties);
      const result = await callApi(cloud, spec.openid, action, input);
      if (allowed) expect(result).toMatchObject({ ok: true });
      else expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    });
  });
});
