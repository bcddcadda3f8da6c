import { matchName } from './name-match';

const departments = ['办公室', '财务室', '总编室', '新媒体室', '播发室'];
const match = (written: string) => matchName(written, departments, (name) => name);

describe('matching names written in a plan to the roster', () => {
  it('finds the same name despite spaces', () => {
    expect(match(' 财务室 ')).toEqual({ kind: 'exact', item: '财务室' });
    expect(match('总　编 室')).toEqual({ kind: 'exact', item: '总编室' });
  });

  it('suggests the names probably meant', () => {
    expect(match('中心办公室')).toEqual({ kind: 'close', candidates: ['办公室'] });
    expect(match('财务股')).toEqual({ kind: 'close', candidates: ['财务室'] });
    expect(match('新媒体部')).toEqual({ kind: 'close', candidates: ['新媒体室'] });
  });

  it('suggests nothing for a different unit', () => {
    expect(match('全体帮扶干部')).toEqual({ kind: 'none' });
    expect(match('采编人员')).toEqual({ kind: 'none' });
    expect(match('')).toEqual({ kind: 'none' });
  });

  it('matches people by name with a one-character slip', () => {
    expect(matchName('李卫冬', ['李卫东', '王秀兰'], (name) => name)).toEqual({ kind: 'close', candidates: ['李卫东'] });
    expect(matchName('王二', ['王五'], (name) => name)).toEqual({ kind: 'none' });
  });
});
