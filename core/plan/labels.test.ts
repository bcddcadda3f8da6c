import { readLabel, splitEmbeddedLabels } from './labels';

describe('readLabel', () => {
  it.each([
    ['具体表现在：', 'manifestations', ''],
    ['具体表现：对省委…', 'manifestations', '对省委…'],
    ['整改措施：一是…', 'measures', '一是…'],
    ['成效目标：切实做到', 'target', '切实做到'],
    ['整改目标:规范有序', 'target', '规范有序'],
    ['责任领导：', 'leader', ''],
    ['牵头领导：刘志强', 'leader', '刘志强'],
    ['分管领导 陈静', 'leader', '陈静'],
    ['责任部门：总编室、新媒体室', 'departments', '总编室、新媒体室'],
    ['责任单位：办公室', 'departments', '办公室'],
    ['责任科室：办公室', 'departments', '办公室'],
    ['责任股室：宣传股', 'departments', '宣传股'],
    ['整改时限：（即知即改）', 'deadline', '（即知即改）'],
    ['完成时限：3个月内', 'deadline', '3个月内'],
    ['时限要求：年底前', 'deadline', '年底前'],
    ['【整改措施】', 'measures', ''],
    ['【具体表现】储备项目少', 'manifestations', '储备项目少'],
    ['具体整改措施：1.开展评价', 'measures', '1.开展评价'],
    ['协办单位：法规股', 'departments', '法规股'],
    ['完成期限：3个月', 'deadline', '3个月'],
    ['责任人：李四', 'ignored', '李四'],
    ['原因分析：思想重视不够', 'ignored', '思想重视不够'],
  ])('reads %s', (text, field, value) => {
    expect(readLabel(text)).toEqual({ field, value });
  });

  it.each(['整改目标明确', '整改措施落实不到位的问题', '问题1：短板'])('finds no label in %s', (text) => {
    expect(readLabel(text)).toBeNull();
  });
});

describe('splitEmbeddedLabels', () => {
  it('cuts out labels written inside a line', () => {
    expect(splitEmbeddedLabels('干部作风不实，具体表现在：下乡调研走过场。')).toEqual({
      head: '干部作风不实，',
      parts: [{ field: 'manifestations', value: '下乡调研走过场。' }],
    });
    expect(splitEmbeddedLabels('责任领导：周涛；责任单位：办公室').parts).toEqual([{ field: 'departments', value: '办公室' }]);
  });

  it('cuts out labels in brackets after the measures: （责任领导：…，完成时限：…）', () => {
    expect(splitEmbeddedLabels('建立台账。（责任领导：钱七，完成时限：6月底前）')).toEqual({
      head: '建立台账。（',
      parts: [
        { field: 'leader', value: '钱七，' },
        { field: 'deadline', value: '6月底前）' },
      ],
    });
    expect(splitEmbeddedLabels('数量少。【整改措施】一是建库').parts).toEqual([{ field: 'measures', value: '一是建库' }]);
  });

  it('leaves a label word inside a sentence alone', () => {
    expect(splitEmbeddedLabels('按照整改时限要求完成')).toEqual({ head: '按照整改时限要求完成', parts: [] });
  });
});
