import { detectLayout } from './layout';
import { toLines } from './normalize';
import { tokenize } from './tokens';

const layoutOf = (...lines: string[]) => detectLayout(tokenize(toLines(lines.join('\n'))));

describe('detectLayout', () => {
  it('reads 问题N： under （一）…方面, past the 一、 sections around them', () => {
    expect(layoutOf('一、总体要求', '三、整改任务', '（一）政治建设方面', '问题1：学习不深入', '整改措施：加强学习')).toEqual({
      problem: 'explicit',
      aspect: 'pcn',
    });
  });

  it('reads （一） problems under 一、 aspects from where the labels are', () => {
    expect(
      layoutOf('一、政治建设方面', '（一）学习不深入', '具体表现：', '1.以读代学', '2.流于形式', '整改措施：', '1.加强学习', '责任单位：办公室',
        '（二）制度不健全', '整改措施：完善制度', '责任单位：办公室'),
    ).toEqual({ problem: 'pcn', aspect: 'cn' });
  });

  it('reads 1． problems under （一） aspects, with （1） measures', () => {
    expect(
      layoutOf('二、整改任务', '（一）政治建设方面', '1．学习不深入', '整改措施：', '（1）加强学习', '（2）集中研讨', '责任单位：办公室',
        '2．制度不健全', '整改措施：', '（1）完善制度', '责任单位：办公室'),
    ).toEqual({ problem: 'ar', aspect: 'pcn' });
  });

  it('has no aspect when a frame section is all there is above the problems', () => {
    expect(layoutOf('三、整改任务', '问题1：学习不深入', '整改措施：加强学习')).toEqual({ problem: 'explicit', aspect: null });
  });

  it('reads unnumbered …方面 lines as aspects', () => {
    expect(layoutOf('政治建设方面', '问题1：学习不深入', '整改措施：加强学习')).toEqual({ problem: 'explicit', aspect: 'plain' });
  });

  it('finds no problems in text without any', () => {
    expect(layoutOf('会议通知', '一、时间', '二、地点')).toEqual({ problem: null, aspect: null });
  });
});
