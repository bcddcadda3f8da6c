import type { Emulator } from '../../emulator';
import { expectOk, startLocalCloud } from '../support/local-cloud';
import { interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';
import { OFFICE_OPENID } from '../support/roster-fixture';

/** The 约谈 block of the dashboard: the same figures as the 约谈 overview, with the caller's own visibility on records. */
describe('dashboard.summary: 约谈 figures', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    cast = await setUpInterviewCast(cloud);
  }, 30_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('warns when this half-year has no talk held, as the overview does', async () => {
    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {});
    const overview = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    expect(summary.interviews).toEqual({ halfYear: overview.halfYear.label, held: 0, planned: 0, warning: overview.halfYear.warning, incomplete: 0 });
    expect(summary.interviews.warning).toMatch(/尚未开展约谈/);
  });

  it('counts a draft not yet given a time as arranged: never “也没有安排约谈” while one exists', async () => {
    await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'reminder', subjectId: cast.subject.id, submit: false });
    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {});
    expect(summary.interviews).toMatchObject({ held: 0, planned: 1 });
    expect(summary.interviews.warning).toBe(`${summary.interviews.halfYear}还没有归档的约谈（已安排1次，尚未完成）`);
  });

  it('counts talks held and planned this half-year and records missing anything, matching interviews.overview', async () => {
    await interviewAt(cloud, cast, 'recorded');
    await interviewAt(cloud, cast, 'signed');
    await interviewAt(cloud, cast, 'filed');
    await interviewAt(cloud, cast, 'approved');
    // A draft without a place or a reason cannot be submitted: it misses something.
    await expectOk(cloud, OFFICE_OPENID, 'interviews.propose', { kind: 'reminder', subjectId: cast.subject.id, interviewerIds: [cast.interviewer.id], submit: false });
    const overview = await expectOk(cloud, OFFICE_OPENID, 'interviews.overview', {});
    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {});
    expect(summary.interviews).toEqual({
      halfYear: overview.halfYear.label,
      held: overview.halfYear.held,
      planned: overview.halfYear.planned,
      warning: null,
      incomplete: overview.incomplete.length,
    });
    // Held: filed, by its actual time; arranged: every record not filed yet — three with a planned time, and the two
    // drafts without one (this test's and the one before), for the half-year they were proposed in.
    expect(summary.interviews).toMatchObject({ held: 1, planned: 5 });
    expect(summary.interviews.incomplete).toBeGreaterThan(0);
    const secretary = await expectOk(cloud, cast.secretary.openid, 'dashboard.summary', {});
    expect(secretary.interviews).toEqual(summary.interviews);
  });

  it('shows a leader the unit’s half-year figures but counts only the records they take part in as incomplete', async () => {
    const office = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', {});
    const stranger = await expectOk(cloud, cast.strangerLeader.openid, 'dashboard.summary', {});
    expect(stranger.interviews).toMatchObject({ held: office.interviews.held, planned: office.interviews.planned, incomplete: 0 });
    const interviewer = await expectOk(cloud, cast.interviewer.openid, 'dashboard.summary', {});
    const theirs = await expectOk(cloud, cast.interviewer.openid, 'interviews.list', {});
    const incompleteTheirs = [...theirs.toSign, ...theirs.items].filter((record, index, all) => record.missing.length > 0 && all.findIndex((other) => other.id === record.id) === index);
    expect(interviewer.interviews.incomplete).toBe(incompleteTheirs.length);
    expect(interviewer.interviews.incomplete).toBeGreaterThan(0);
  });
});
