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
    expect(parseLeader('张三。')).toEqual({ leader: '张三', note: null, issue: null });
    expect(parseLeader('')).toEqual({ leader: null, note: null, issue: 'missing' });
    expect(parseLeader('*')).toEqual({ leader: null, note: null, issue: 'masked' });
    expect(parseLeader('**')).toEqual({ leader: null, note: null, issue: 'masked' });
  });

  it('keeps the post written with a name as a note, so the name matches the roster', () => {
    expect(parseLeader('李文斌（镇党委副书记、镇长）')).toEqual({ leader: '李文斌', note: '李文斌：镇党委副书记、镇长', issue: null });
    expect(parseLeader('何东(副局长)、马丽')).toEqual({ leader: '何东、马丽', note: '何东：副局长', issue: null });
    expect(parseLeader('张三 局党组书记、局长')).toEqual({ leader: '张三', note: '张三：局党组书记、局长', issue: null });
    expect(parseLeader('王五，副馆长')).toEqual({ leader: '王五', note: '王五：副馆长', issue: null });
    expect(parseLeader('张三、分管副局长')).toEqual({ leader: '张三、分管副局长', note: null, issue: null });
  });
});

describe('tidyText', () => {
  it('trims separators left at either end by a split, not the words', () => {
    expect(tidyText('：  加强学习，  提高认识；')).toBe('加强学习， 提高认识');
    expect(tidyText('建立台账。（')).toBe('建立台账');
    expect(tidyText('6月底前）')).toBe('6月底前');
    expect(tidyText('办公室（牵头）')).toBe('办公室（牵头）');
    expect(tidyText('办公室（牵头）。）')).toBe('办公室（牵头）');
  });

  it('takes time in proportion to a run of brackets, not its square', () => {
    const started = performance.now();
    expect(tidyText(`问题${'（'.repeat(200_000)}`)).toBe('问题');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
