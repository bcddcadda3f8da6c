import { defaultDepartmentDecision, defaultLeaderDecision, isDepartmentLike, suggestLocally } from './names';

const roster = [
  { id: 'd1', name: '新媒体室' },
  { id: 'd2', name: '总编室' },
];

describe('the names a plan names, matched to the roster', () => {
  it('reads a unit by its ending, but not a group of people or several units', () => {
    expect(['新媒体室', '财务科', '融媒体中心', '组织部'].every(isDepartmentLike)).toBe(true);
    expect(['全体帮扶干部', '采编人员', '各科室', '张三'].some(isDepartmentLike)).toBe(false);
  });

  it('takes an exact department, lets the office choose a close one, creates a new unit and keeps other words as written', () => {
    expect(defaultDepartmentDecision('新媒体室', { written: '新媒体室', match: 'exact', candidates: [roster[0]!] })).toEqual({ kind: 'department', departmentId: 'd1' });
    expect(defaultDepartmentDecision('新媒体', { written: '新媒体', match: 'close', candidates: [roster[0]!] })).toBeNull();
    expect(defaultDepartmentDecision('审计科', { written: '审计科', match: 'none', candidates: [] })).toEqual({ kind: 'create' });
    expect(defaultDepartmentDecision('全体干部', { written: '全体干部', match: 'none', candidates: [] })).toEqual({ kind: 'text' });
  });

  it('takes an exact leader, lets the office choose a close one, and keeps an unknown one as written', () => {
    expect(defaultLeaderDecision({ written: '李卫东', match: 'exact', candidates: [{ id: 'm1', name: '李卫东' }] })).toEqual({ kind: 'member', memberId: 'm1' });
    expect(defaultLeaderDecision({ written: '李卫', match: 'close', candidates: [{ id: 'm1', name: '李卫东' }] })).toBeNull();
    expect(defaultLeaderDecision({ written: '某领导', match: 'none', candidates: [] })).toEqual({ kind: 'text' });
  });

  it('matches a name typed in the preview the way the server does', () => {
    expect(suggestLocally('总编室', roster)).toEqual({ written: '总编室', match: 'exact', candidates: [{ id: 'd2', name: '总编室' }] });
    expect(suggestLocally('人事科', roster)).toEqual({ written: '人事科', match: 'none', candidates: [] });
  });
});
