import { parseDepartments, parseLeader, tidyText } from './values';

describe('parseDepartments', () => {
  it.each([
    ['总编室、新媒体室、播发室', ['总编室', '新媒体室', '播发室']],
    ['办公室，财务室,人事股；审计室;纪检组', ['办公室', '财务室', '人事股', '审计室', '纪检组']],
    ['办公室 财务室', ['办公室', '财务室']],
    ['全体帮扶干部', ['全体帮扶干部']],
    ['县委办（含档案、保密）、财务室。', ['县委办（含档案、保密）', '财务室']],
    ['办公室、办公室', ['办公室']],
  ])('splits %s', (raw, departments) => {
    expect(parseDepartments(raw)).toEqual({ departments, masked: [] });
  });

  it('drops masked entries and says which', () => {
    expect(parseDepartments('第*党支部、办公室')).toEqual({ departments: ['办公室'], masked: ['第*党支部'] });
  });
});

describe('parseLeader', () => {
  it('keeps a name, and turns blank or masked values into null', () => {
    expect(parseLeader('张三。')).toEqual({ leader: '张三', issue: null });
    expect(parseLeader('')).toEqual({ leader: null, issue: 'missing' });
    expect(parseLeader('*')).toEqual({ leader: null, issue: 'masked' });
    expect(parseLeader('**')).toEqual({ leader: null, issue: 'masked' });
  });
});

describe('tidyText', () => {
  it('trims separators left at either end by a split, not the words', () => {
    expect(tidyText('：  加强学习，  提高认识；')).toBe('加强学习， 提高认识');
    expect(tidyText('建立台账。（')).toBe('建立台账');
    expect(tidyText('6月底前）')).toBe('6月底前');
    expect(tidyText('办公室（牵头）')).toBe('办公室（牵头）');
  });
});
