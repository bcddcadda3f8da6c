import type { Emulator } from '../../emulator';
import { expectOk, startLocalCloud } from '../support/local-cloud';
import { arrangeTask, dayFromToday, importItem, setUpPeople } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';

/** A leader proposes a complete 约谈 about their item alone, and the item lists it (issue 16, points 1 and 5). */
describe('an item and its 约谈', () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('lets a leader name everyone from the directory, then lists the 约谈 on the item for those who may see it', async () => {
    const taskId = await importItem(cloud, unit);
    await arrangeTask(cloud, taskId, { assigneeIds: [unit.people.cadre.id, unit.people.named.id] });
    const { people } = await expectOk(cloud, 'o-leader', 'roster.directory', {});
    const idOf = (name: string) => people.find((person) => person.name === name)?.id as string;
    const proposed = await expectOk(cloud, 'o-leader', 'interviews.propose', {
      kind: 'reminder',
      source: { type: 'task', taskId },
      subjectId: idOf('赵干部'),
      interviewerIds: [idOf('李领导')],
      recorderId: idOf('陈办公'),
      approverId: idOf('张书记'),
      plannedAt: `${dayFromToday(2)}T09:00:00+08:00`,
      place: '党组会议室',
      reason: '整改进度滞后，进行提醒谈话。',
    });
    expect(proposed.interview).toMatchObject({ state: 'pending_approval', subject: { name: '赵干部' }, recorder: { name: '陈办公' }, approver: { name: '张书记' } });

    const forLeader = await expectOk(cloud, 'o-leader', 'tasks.get', { taskId });
    expect(forLeader.interviews).toEqual([{ id: proposed.interview.id, kind: 'reminder', state: 'pending_approval', plannedAt: new Date(`${dayFromToday(2)}T09:00:00+08:00`).toISOString(), heldAt: null }]);
    expect((await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId })).interviews.map((link) => link.id)).toEqual([proposed.interview.id]);
    // The record is confidential: an owner of the item who takes no part in the talk does not learn of it.
    const owner = await expectOk(cloud, 'o-named', 'tasks.get', { taskId });
    expect(owner.interviews).toEqual([]);
    expect((await expectOk(cloud, 'o-leader2', 'roster.directory', {})).people.length).toBe(people.length);
  });
});
