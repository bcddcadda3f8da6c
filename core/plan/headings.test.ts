import { isFrameSection, readMarker, readPlainAspect, readProblemHeading } from './headings';

describe('readMarker', () => {
  it.each([
    ['一、总体要求', 'cn', 1, '总体要求'],
    ['十二．整改要求', 'cn', 12, '整改要求'],
    ['（一）贯彻落实方面', 'pcn', 1, '贯彻落实方面'],
    ['(三)基层党建方面', 'pcn', 3, '基层党建方面'],
    ['（十一）作风方面', 'pcn', 11, '作风方面'],
    ['1.服务功能缺乏', 'ar', 1, '服务功能缺乏'],
    ['2．影响力不强', 'ar', 2, '影响力不强'],
    ['3、资源聚合', 'ar', 3, '资源聚合'],
    ['（1）制定计划', 'par', 1, '制定计划'],
    ['(2)建立制度', 'par', 2, '建立制度'],
    ['3）每半年通报', 'par', 3, '每半年通报'],
    ['②建立台账', 'circled', 2, '建立台账'],
    ['第二部分 整改任务', 'part', 2, '整改任务'],
    ['1.2 资金监管不力', 'dec2', 2, '资金监管不力'],
    ['2．3、考勤不严', 'dec2', 3, '考勤不严'],
    ['1.1.3 组织大讲堂', 'dec3', 3, '组织大讲堂'],
  ])('reads %s', (text, kind, value, rest) => {
    expect(readMarker(text)).toMatchObject({ kind, value, rest });
  });

  it.each(['一是加强学习', '1.5万元已退回', '2.5亿元资金', '2026年6月底前', '十四届县委第五轮巡察', '问题1：短板', '2 全面从严治党方面'])(
    'finds no heading in %s',
    (text) => {
      expect(readMarker(text)).toBeNull();
    },
  );

  it('reads a bare number and a space as the top of a 1.1 outline, but never an amount', () => {
    expect(readMarker('2 全面从严治党方面', true)).toMatchObject({ kind: 'ar', value: 2, rest: '全面从严治党方面' });
    expect(readMarker('3 个项目资金闲置', true)).toBeNull();
  });
});

describe('readProblemHeading', () => {
  it.each([
    ['问题1：服务群众方面存在短板。', '1', '服务群众方面存在短板。'],
    ['问题*：内控制度不规范。', '*', '内控制度不规范。'],
    ['问题一：会议记录不完整', '一', '会议记录不完整'],
    ['问题（2）：档案混乱', '2', '档案混乱'],
    ['1．问题：贯彻落实打折扣', '1', '贯彻落实打折扣'],
    ['2.问题描述：数据质量不高', '2', '数据质量不高'],
    ['第三个问题：作风漂浮', '三', '作风漂浮'],
    ['（一）问题：学习不深入', '一', '学习不深入'],
    ['存在问题：台账不全', null, '台账不全'],
    ['【问题1】重大项目储备不足', '1', '重大项目储备不足'],
    ['问题三 内部管理松散', '三', '内部管理松散'],
    ['（问题2）档案混乱', '2', '档案混乱'],
    ['反馈问题1：学习不深入', '1', '学习不深入'],
    ['巡察反馈问题一：学习不深入', '一', '学习不深入'],
    ['问题①：学习不深入', '①', '学习不深入'],
  ])('reads %s', (text, number, rest) => {
    expect(readProblemHeading(text)).toEqual({ number, rest, wordOnly: number === null });
  });

  it.each(['问题表现：学习不够', '问题线索处置不及时', '问题一是没有台账', '巡察问题1个未整改'])('does not take %s for a problem', (text) => {
    expect(readProblemHeading(text)).toBeNull();
  });
});

describe('aspects and frame sections', () => {
  it('reads an unnumbered aspect line', () => {
    expect(readPlainAspect('政治建设方面存在的问题')).toBe('政治建设方面');
    expect(readPlainAspect('【作风建设方面】')).toBe('作风建设方面');
    expect(readPlainAspect('服务群众方面存在短板，影响群众满意度。')).toBeNull();
  });

  it('knows the sections that frame a plan', () => {
    expect(isFrameSection('总体要求')).toBe(true);
    expect(isFrameSection('整改要求')).toBe(true);
    expect(isFrameSection('整改任务。根据反馈意见')).toBe(true);
    expect(isFrameSection('贯彻落实党的理论路线方针政策方面')).toBe(false);
  });
});
