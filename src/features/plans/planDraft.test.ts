import type { PreviewPlanOutput } from '../../../core/actions/plans';
import { parsePlanDetailed } from '../../../core/plan';
import {
  aspectWarningCount,
  carryEdits,
  draftFromPreview,
  findProblem,
  missingFields,
  openWarningCount,
  problemCount,
  removeProblem,
  renameAspect,
  toImportAspects,
  updateProblem,
  warningsAt,
} from './planDraft';
import type { PlanDraft } from './planDraft';

// A plan with what the preview exists for: a masked 责任领导, the seed's duplicated 问题1, measures with their own
// 责任人 and 时限, and a second 方面 with one problem.
const planText = (deadline: string) => `某单位关于巡察反馈意见整改落实方案
一、党的领导方面
问题1：理论学习不深入
具体表现：学习流于形式。
整改措施：一是建立学习制度（责任人：李四，时限：2026年10月底前）；二是开展专题研讨（责任人：王五）。
责任领导：*
责任部门：办公室
整改时限：${deadline}
问题1：制度执行不严格
具体表现：会议记录缺失。
整改措施：完善会议记录。
责任领导：张三
责任部门：办公室、财务科
整改时限：长期坚持
二、作风建设方面
问题2：调研不够深入
整改措施：每季度开展一次调研。
责任领导：张三
责任部门：综合科
整改时限：2026年12月底前
`;

function draftOf(text: string): PlanDraft {
  const { plan, warningTargets } = parsePlanDetailed(text, { planDate: '2026-09-01' });
  const preview: PreviewPlanOutput = { plan, warningTargets, departments: [], leaders: [], owners: [], alreadyImported: null, suggested: { kind: 'xuncha', source: '' } };
  return draftFromPreview(preview);
}

const problemAt = (draft: PlanDraft, aspect: number, problem: number) => draft.aspects[aspect]!.problems[problem]!;

describe('the plan draft the office corrects before importing', () => {
  it('shows each warning on the card and field it is about', () => {
    const draft = draftOf(planText('2026年12月底前'));
    expect(problemCount(draft)).toBe(3);
    const [masked, duplicate] = [problemAt(draft, 0, 0), problemAt(draft, 0, 1)];
    expect(warningsAt(masked, 'leader').map((warning) => warning.code)).toEqual(['MASKED_VALUE']);
    expect(warningsAt(duplicate, 'number').map((warning) => warning.code)).toEqual(['DUPLICATE_NUMBER']);
    expect(aspectWarningCount(draft.aspects[0]!)).toBe(2);
    expect(aspectWarningCount(draft.aspects[1]!)).toBe(0);
    expect(openWarningCount(draft, false)).toBe(2);
  });

  it('settles a warning once the office fills the field, and only that warning', () => {
    const draft = draftOf(planText('2026年12月底前'));
    const key = problemAt(draft, 0, 0).key;
    const corrected = updateProblem(draft, key, { leader: '赵六' });
    expect(findProblem(corrected, key)?.problem.leader).toBe('赵六');
    expect(warningsAt(problemAt(corrected, 0, 0), 'leader')).toEqual([]);
    expect(openWarningCount(corrected, false)).toBe(1);
    // The draft the preview showed before is untouched: going back shows it as it was.
    expect(openWarningCount(draft, false)).toBe(2);
  });

  it('keeps each measure\'s 责任人 and 时限 with it when measures are reordered, and drops them with a removed one', () => {
    const draft = draftOf(planText('2026年12月底前'));
    const key = problemAt(draft, 0, 0).key;
    const swapped = updateProblem(draft, key, { measures: ['开展专题研讨', '建立学习制度'] });
    expect(problemAt(swapped, 0, 0).measureDetails?.map((detail) => detail.owner)).toEqual(['王五', '李四']);

    const emptied = updateProblem(draft, key, { measures: ['  ', '开展专题研讨'] });
    const imported = toImportAspects(emptied).aspects[0]!.problems[0]!;
    expect(imported.measures).toEqual(['开展专题研讨']);
    expect(imported.measureDetails).toEqual([{ owner: '王五', deadline: null }]);
  });

  it('removes an aspect together with its last problem, and points import errors back at the right cards', () => {
    const draft = draftOf(planText('2026年12月底前'));
    const lastKey = problemAt(draft, 1, 0).key;
    const removed = removeProblem(draft, lastKey);
    expect(removed.aspects.map((aspect) => aspect.title)).toEqual(['党的领导方面']);
    expect(findProblem(removed, lastKey)).toBeNull();
    expect(toImportAspects(removed).keys).toEqual([[problemAt(draft, 0, 0).key, problemAt(draft, 0, 1).key]]);
  });

  it('imports exactly what the cards show, tidied', () => {
    const draft = draftOf(planText('2026年12月底前'));
    const key = problemAt(draft, 0, 1).key;
    const edited = updateProblem(draft, key, { title: '  制度执行不严格  ', departments: ['办公室', ' 办公室 ', '', '财务科'], number: ' ', leader: '  ' });
    const problem = toImportAspects(edited).aspects[0]!.problems[1]!;
    expect(problem).toMatchObject({ title: '制度执行不严格', departments: ['办公室', '财务科'], number: null, leader: null });
    expect(problem).not.toHaveProperty('measureDetails');
  });

  it('names what is still missing before the plan can be confirmed', () => {
    const draft = draftOf(planText('2026年12月底前'));
    expect(missingFields(draft)).toEqual({});
    const key = problemAt(draft, 0, 0).key;
    const blank = renameAspect(updateProblem({ ...draft, title: ' ' }, key, { title: '' }), draft.aspects[1]!.key, ' ');
    expect(missingFields(blank)).toEqual({ '': '请填写方案标题', [key]: '问题标题不能为空', [draft.aspects[1]!.key]: '方面标题不能为空' });
  });

  it('keeps the office\'s edits, renames and removals when the text is read again with fresh deadlines', () => {
    const before = draftOf(planText('2026年12月底前'));
    const first = problemAt(before, 0, 0).key;
    const edited = removeProblem(renameAspect(updateProblem(before, first, { leader: '赵六' }), before.aspects[0]!.key, '党的领导'), problemAt(before, 0, 1).key);
    const carried = carryEdits(edited, draftOf(planText('2027年3月底前')), false);

    expect(carried.aspects.map((aspect) => aspect.title)).toEqual(['党的领导', '作风建设方面']);
    expect(carried.aspects[0]!.problems.map((problem) => problem.key)).toEqual([first]);
    const problem = problemAt(carried, 0, 0);
    expect(problem.leader).toBe('赵六');
    expect(problem.deadline.text).toBe('2027年3月底前');
    expect(warningsAt(problem, 'leader')).toEqual([]);
    expect(carried.title).toBe('某单位关于巡察反馈意见整改落实方案');
    expect(carryEdits({ ...edited, title: '改过的标题' }, draftOf(planText('2027年3月底前')), true).title).toBe('改过的标题');
  });
});
