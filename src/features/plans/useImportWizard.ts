import { useCallback, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ActionInput } from '../../../core/actions';
import { MAX_PLAN_TEXT_LENGTH } from '../../../core/actions/plans';
import type { ImportPlanOutput, PreviewPlanOutput } from '../../../core/actions/plans';
import { messageFor } from '../../../core/errors';
import type { DepartmentResolution, LeaderResolution } from '../../../core/plans/resolution';
import { beijingDay } from '../../../core/time';
import { callApi, errorCodeOf, isApiError } from '@/api/client';
import type { ApiError } from '@/api/client';
import { useAction, useMutation } from '@/api/hooks';
import { uploadFile } from '@/api/upload';
import type { PickedFile } from '@/api/upload';
import { extensionOf } from '@/api/upload-path';
import { defaultDepartmentDecision, defaultLeaderDecision, decisionsOf, nameRows, writtenDepartments, writtenLeaders, writtenOwners } from './names';
import type { Named } from './names';
import { pickPlanFile, PLAN_FILE_EXTENSIONS } from './pickPlanFile';
import {
  carryEdits,
  draftFromPreview,
  findProblem,
  missingFields,
  openWarningCount,
  problemCount,
  removeProblem as removeDraftProblem,
  renameAspect as renameDraftAspect,
  toImportAspects,
  updateProblem,
} from './planDraft';
import type { PlanDraft, ProblemChange } from './planDraft';
import { appNow } from '../../utils/clock';
import { useDraft } from '@/forms/drafts';
import { useStepBack } from './useStepBack';
import { can } from '../../../core/capabilities';

export type WizardStep = 'source' | 'review' | 'names' | 'done';
export type SourceMode = 'paste' | 'file';
export type Busy = { phase: 'upload'; percent: number } | { phase: 'parse' } | null;

/** The function reads files up to this size; a plan .docx is usually well under 1 MB. */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;

type PreviewSource = ActionInput<'plans.preview'>;

/** Everything the office typed or decided in the import, so a reload or a return lands where they were. */
interface SavedImport {
  step: 'source' | 'review' | 'names';
  text: string;
  planDate: string;
  source: PreviewSource | null;
  preview: PreviewPlanOutput | null;
  draft: PlanDraft | null;
  titleEdited: boolean;
  departmentChoices: Record<string, DepartmentResolution>;
  leaderChoices: Record<string, LeaderResolution>;
}

/** Why the import was refused, placed where the office can act on it. */
export interface ImportProblems {
  /** Per problem or aspect key ('' for the plan title): what to fix there. */
  fields: Record<string, string>;
  unresolved: { departments: string[]; leaders: string[]; owners: string[] };
  /** Anything else, shown by the confirm button. */
  general: string | null;
}

const NO_PROBLEMS: ImportProblems = { fields: {}, unresolved: { departments: [], leaders: [], owners: [] }, general: null };

/** VALIDATION_FAILED's issues carry paths like aspects.0.problems.2.title: back to the card they came from. */
function fieldProblemsOf(error: ApiError, keys: string[][], aspectKeys: string[]): Record<string, string> {
  const issues = (error.details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues ?? [];
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = (issue.path ?? '').split('.');
    const message = issue.message || messageFor('VALIDATION_FAILED');
    const [root, a, section, p] = path;
    if (root === 'title') fields[''] = message;
    else if (root === 'aspects' && section === 'problems' && p !== undefined) fields[keys[Number(a)]?.[Number(p)] ?? ''] ??= message;
    else if (root === 'aspects' && a !== undefined) fields[aspectKeys[Number(a)] ?? ''] ??= message;
  }
  return fields;
}

function describeError(error: unknown): string {
  // The function names what is wrong with the file itself (damaged, too large, an old .doc): its words, not the code's.
  if (isApiError(error) && error.code === 'PLAN_FILE_UNREADABLE') return error.message;
  if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
    const issues = (error.details as { issues?: { message?: string }[] } | undefined)?.issues ?? [];
    const first = issues.find((issue) => issue.message)?.message;
    if (first) return `${messageFor('VALIDATION_FAILED')}：${first}`;
  }
  return messageFor(errorCodeOf(error));
}

const scrollToTop = () => void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });

/** Brings the first field that needs the office into view: the plan title at the top, else that problem's card. */
function reveal(fields: Record<string, string>): void {
  const keys = Object.keys(fields).filter((key) => fields[key]);
  if (keys.length === 0) return;
  void Taro.showToast({ title: fields[keys[0] as string] as string, icon: 'none', duration: 2000 });
  if (keys.includes('')) return scrollToTop();
  Taro.nextTick(() => void Taro.pageScrollTo({ selector: `#problem-${keys[0]}`, duration: 300, offsetTop: -60 }));
}

/**
 * The office's import, step by step: the source (pasted text or a file, and the plan date), the preview to
 * correct, the names to match with the roster, the confirmation. All state and calls live here; the page composes.
 */
export function useImportWizard() {
  const [step, setStep] = useState<WizardStep>('source');
  const [mode, setMode] = useState<SourceMode>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [planDate, setPlanDate] = useState(() => beijingDay(appNow()));
  const [busy, setBusy] = useState<Busy>(null);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [source, setSource] = useState<PreviewSource | null>(null);
  const [preview, setPreview] = useState<PreviewPlanOutput | null>(null);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [titleEdited, setTitleEdited] = useState(false);
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const [departmentChoices, setDepartmentChoices] = useState<Record<string, DepartmentResolution>>({});
  const [leaderChoices, setLeaderChoices] = useState<Record<string, LeaderResolution>>({});
  const [ownerChoices, setOwnerChoices] = useState<Record<string, LeaderResolution>>({});
  const [problems, setProblems] = useState<ImportProblems>(NO_PROBLEMS);
  const [result, setResult] = useState<ImportPlanOutput | null>(null);
  const importer = useMutation('plans.import');

  // Typed work survives a reload or a return: one import per member, saved until imported or started over.
  const saved = useMemo<SavedImport | null>(
    () => (step === 'done' || (step === 'source' && !text.trim()) ? null : { step, text, planDate, source, preview, draft, titleEdited, departmentChoices, leaderChoices }),
    [step, text, planDate, source, preview, draft, titleEdited, departmentChoices, leaderChoices],
  );
  useDraft<SavedImport | null>({
    scope: 'plans.import',
    value: saved,
    empty: null,
    restore: (restored) => {
      if (!restored) return;
      setText(restored.text);
      setPlanDate(restored.planDate);
      setSource(restored.source);
      setPreview(restored.preview);
      // A draft saved by an earlier version has no kind or source line yet.
      const earlier: Partial<PlanDraft> | null = restored.draft;
      setDraft(earlier ? ({ kind: 'other', source: '', ...earlier } as PlanDraft) : null);
      setTitleEdited(restored.titleEdited);
      setDepartmentChoices(restored.departmentChoices);
      setLeaderChoices(restored.leaderChoices);
      setStep(restored.draft ? restored.step : 'source');
    },
  });

  // The roster, to match names the office types in the preview and to offer other departments and members.
  const departmentList = useAction('roster.listDepartments', {});
  const memberList = useAction('roster.listMembers', {});
  const departments: Named[] = useMemo(() => (departmentList.data?.departments ?? []).map(({ id, name }) => ({ id, name })), [departmentList.data]);
  const members = useMemo(() => (memberList.data?.members ?? []).filter((member) => member.active), [memberList.data]);
  const leaderRoster: Named[] = useMemo(
    () => members.filter((member) => can(member.roles, 'leadsItems')).map(({ id, name }) => ({ id, name })),
    [members],
  );
  // Leaders first, then everyone else: a 责任领导 is usually a 党组成员, but the office may name anyone.
  const memberChoices: Named[] = useMemo(
    () => [...leaderRoster, ...members.filter((member) => !leaderRoster.some((leader) => leader.id === member.id)).map(({ id, name }) => ({ id, name }))],
    [leaderRoster, members],
  );

  const departmentRows = useMemo(
    () => (draft && preview ? nameRows(writtenDepartments(draft), preview.departments, departments, departmentChoices, defaultDepartmentDecision) : []),
    [draft, preview, departments, departmentChoices],
  );
  const leaderRows = useMemo(
    () => (draft && preview ? nameRows(writtenLeaders(draft), preview.leaders, leaderRoster, leaderChoices, (_name, suggestion) => defaultLeaderDecision(suggestion)) : []),
    [draft, preview, leaderRoster, leaderChoices],
  );
  // A measure's 责任人 may be anyone on the roster: matched like the leaders, against every member.
  const ownerRows = useMemo(
    () => (draft && preview ? nameRows(writtenOwners(draft), preview.owners, memberChoices, ownerChoices, (_name, suggestion) => defaultLeaderDecision(suggestion)) : []),
    [draft, preview, memberChoices, ownerChoices],
  );

  // ---- step 1: the source

  const chooseFile = useCallback(async () => {
    const picked = await pickPlanFile();
    if (!picked) return;
    setSourceError(null);
    if (!PLAN_FILE_EXTENSIONS.includes(extensionOf(picked.name))) {
      setSourceError('请选择 .docx 或 .txt 格式的方案文件（.doc 请先在 Word 或 WPS 中另存为 .docx）');
      return;
    }
    if (picked.size > MAX_PLAN_FILE_BYTES) {
      setSourceError('文件超过 10 MB，请只保留方案正文后再试，或直接粘贴正文');
      return;
    }
    setFile(picked);
  }, []);

  const resetImport = importer.reset;
  const runPreview = useCallback(async (input: PreviewSource) => {
    setBusy({ phase: 'parse' });
    try {
      const answer = await callApi('plans.preview', input);
      setSource(input);
      setPreview(answer);
      setDraft(draftFromPreview(answer));
      setTitleEdited(false);
      setDepartmentChoices({});
      setLeaderChoices({});
      setOwnerChoices({});
      setProblems(NO_PROBLEMS);
      resetImport();
      setStep('review');
      scrollToTop();
    } catch (error) {
      setSourceError(describeError(error));
    } finally {
      setBusy(null);
    }
  }, [resetImport]);

  const parse = useCallback(async () => {
    setSourceError(null);
    if (mode === 'paste') {
      if (text.trim() === '') return setSourceError('请先粘贴方案正文');
      if (text.length > MAX_PLAN_TEXT_LENGTH) return setSourceError('正文过长，请改为选择文件导入');
      return runPreview({ text, planDate });
    }
    if (!file) return setSourceError('请先选择方案文件');
    setBusy({ phase: 'upload', percent: 0 });
    let fileID: string;
    try {
      fileID = await uploadFile(file, 'plans', (percent) => setBusy({ phase: 'upload', percent }));
    } catch (error) {
      setBusy(null);
      return setSourceError(`文件上传失败：${describeError(error)}`);
    }
    return runPreview({ fileID, fileName: file.name, planDate });
  }, [mode, text, file, planDate, runPreview]);

  // A new plan date moves the deadlines counted from it ("3个月内"): parse again, keeping the office's corrections.
  const changePlanDate = useCallback(
    async (date: string) => {
      if (!source || !draft || date === planDate) return;
      const again = { ...source, planDate: date };
      setBusy({ phase: 'parse' });
      try {
        const answer = await callApi('plans.preview', again);
        setPlanDate(date);
        setSource(again);
        setPreview(answer);
        setDraft(carryEdits(draft, draftFromPreview(answer), titleEdited));
      } catch (error) {
        void Taro.showToast({ title: describeError(error), icon: 'none', duration: 3000 });
      } finally {
        setBusy(null);
      }
    },
    [source, draft, planDate, titleEdited],
  );

  const backToSource = useCallback(async () => {
    const { confirm } = await Taro.showModal({ title: '返回重新解析？', content: '返回后需重新解析方案，在预览中做的修改不会保留。', confirmText: '返回', cancelText: '留在此页' });
    if (!confirm) return;
    setStep('source');
    scrollToTop();
  }, []);

  const backToReview = useCallback(() => {
    setStep('review');
    scrollToTop();
  }, []);

  // Back from a later step is one step back (H5); from the preview it asks before the corrections are dropped.
  useStepBack(step === 'review' || step === 'names', () => (step === 'names' ? backToReview() : void backToSource()));

  // ---- step 2: the preview

  const setTitle = useCallback((title: string) => {
    setDraft((current) => (current ? { ...current, title } : current));
    setTitleEdited(true);
    setProblems((current) => ({ ...current, fields: { ...current.fields, '': '' } }));
  }, []);

  const describePlan = useCallback((change: Partial<Pick<PlanDraft, 'kind' | 'source'>>) => {
    setDraft((current) => (current ? { ...current, ...change } : current));
  }, []);

  const editProblem = useCallback((key: string, change: ProblemChange) => {
    setDraft((current) => (current ? updateProblem(current, key, change) : current));
    setProblems((current) => (current.fields[key] ? { ...current, fields: { ...current.fields, [key]: '' } } : current));
  }, []);

  const renameAspect = useCallback((key: string, title: string) => {
    setDraft((current) => (current ? renameDraftAspect(current, key, title) : current));
  }, []);

  const removeProblem = useCallback(async (key: string) => {
    const found = draft ? findProblem(draft, key) : null;
    if (!found) return;
    const { confirm } = await Taro.showModal({
      title: '删除这个问题？',
      content: `「${found.problem.title || '未命名问题'}」将不会导入。`,
      confirmText: '删除',
      confirmColor: '#FA5151',
    });
    if (!confirm) return;
    setEditingKey(null);
    setDraft((current) => (current ? removeDraftProblem(current, key) : current));
  }, [draft]);

  const toNames = useCallback(() => {
    if (!draft) return;
    const missing = missingFields(draft);
    if (Object.keys(missing).length > 0) {
      setProblems({ ...NO_PROBLEMS, fields: missing, general: '还有必填内容未填写，已在下方标出' });
      reveal(missing);
      return;
    }
    setProblems(NO_PROBLEMS);
    setStep('names');
    scrollToTop();
  }, [draft]);

  // ---- step 3: names and confirmation

  const chooseDepartment = useCallback((written: string, decision: DepartmentResolution) => {
    setDepartmentChoices((current) => ({ ...current, [written]: decision }));
  }, []);
  const chooseLeader = useCallback((written: string, decision: LeaderResolution) => {
    setLeaderChoices((current) => ({ ...current, [written]: decision }));
  }, []);
  const chooseOwner = useCallback((written: string, decision: LeaderResolution) => {
    setOwnerChoices((current) => ({ ...current, [written]: decision }));
  }, []);

  const undecided = [...departmentRows, ...leaderRows, ...ownerRows].filter((row) => row.decision === null).length;

  const confirm = useCallback(async () => {
    if (!draft || !preview) return;
    const missing = missingFields(draft);
    if (Object.keys(missing).length > 0) {
      setProblems({ ...NO_PROBLEMS, fields: missing, general: '还有必填内容未填写，已在下方标出' });
      setStep('review');
      reveal(missing);
      return;
    }
    const pending = {
      departments: departmentRows.filter((row) => row.decision === null).map((row) => row.written),
      leaders: leaderRows.filter((row) => row.decision === null).map((row) => row.written),
      owners: ownerRows.filter((row) => row.decision === null).map((row) => row.written),
    };
    const pendingCount = pending.departments.length + pending.leaders.length + pending.owners.length;
    if (pendingCount > 0) {
      setProblems({ ...NO_PROBLEMS, unresolved: pending, general: `还有 ${pendingCount} 个名称未确认对应关系，已标出` });
      return;
    }
    setProblems(NO_PROBLEMS);
    const { aspects, keys } = toImportAspects(draft);
    const answer = await importer.run({
      title: draft.title.trim(),
      planDate,
      kind: draft.kind,
      source: draft.source.trim(),
      aspects,
      departments: decisionsOf(departmentRows),
      leaders: decisionsOf(leaderRows),
      owners: decisionsOf(ownerRows),
    });
    if (answer.ok) {
      setResult(answer.data);
      setStep('done');
      scrollToTop();
      return;
    }
    const { error } = answer;
    if (error.code === 'UNRESOLVED_NAMES') {
      const details = (error.details ?? {}) as Partial<ImportProblems['unresolved']>;
      setProblems({
        ...NO_PROBLEMS,
        unresolved: { departments: details.departments ?? [], leaders: details.leaders ?? [], owners: details.owners ?? [] },
        general: messageFor('UNRESOLVED_NAMES'),
      });
    } else if (error.code === 'VALIDATION_FAILED') {
      const fields = fieldProblemsOf(error, keys, draft.aspects.map((aspect) => aspect.key));
      setProblems({ ...NO_PROBLEMS, fields, general: describeError(error) });
      if (Object.keys(fields).length > 0) {
        setStep('review');
        reveal(fields);
      }
    } else if (error.code === 'PLAN_ALREADY_IMPORTED') {
      setProblems({ ...NO_PROBLEMS, general: messageFor('PLAN_ALREADY_IMPORTED') });
      // The preview knows where the earlier import is: ask again, to link to it.
      if (source) {
        callApi('plans.preview', source).then(
          (again) => setPreview((current) => (current ? { ...current, alreadyImported: again.alreadyImported } : current)),
          () => undefined,
        );
      }
    } else if (error.code === 'DEPARTMENT_NOT_FOUND' || error.code === 'MEMBER_NOT_FOUND') {
      // Someone changed the roster meanwhile: fetch it again and let the office choose once more.
      departmentList.reload();
      memberList.reload();
      setDepartmentChoices({});
      setLeaderChoices({});
      setOwnerChoices({});
      setProblems({ ...NO_PROBLEMS, general: `${messageFor(error.code)}，名单已刷新，请重新确认对应关系` });
    } else {
      setProblems({ ...NO_PROBLEMS, general: describeError(error) });
    }
  }, [draft, preview, departmentRows, leaderRows, ownerRows, importer, planDate, source, departmentList, memberList]);

  const restart = useCallback(() => {
    setStep('source');
    setText('');
    setFile(null);
    setSource(null);
    setPreview(null);
    setDraft(null);
    setResult(null);
    setProblems(NO_PROBLEMS);
    scrollToTop();
  }, []);

  return {
    step,
    restart,
    source: {
      mode,
      setMode,
      text,
      // A message about the text (请先粘贴方案正文, 正文过长) is stale once the text changes.
      setText: (next: string) => {
        setText(next);
        setSourceError(null);
      },
      file, chooseFile, clearFile: () => setFile(null), planDate, setPlanDate, busy, error: sourceError, parse },
    preview,
    draft,
    counts: draft ? { problems: problemCount(draft), aspects: draft.aspects.length, warnings: openWarningCount(draft, titleEdited) } : null,
    titleEdited,
    setTitle,
    describePlan,
    editing: draft && editingKey ? findProblem(draft, editingKey)?.problem ?? null : null,
    openEditor: setEditingKey,
    closeEditor: () => setEditingKey(null),
    editProblem,
    renameAspect,
    removeProblem,
    backToSource,
    changePlanDate,
    busy,
    toNames,
    backToReview,
    names: {
      departmentRows,
      leaderRows,
      ownerRows,
      departments,
      memberChoices,
      leaderNames: leaderRoster.map((leader) => leader.name),
      chooseDepartment,
      chooseLeader,
      chooseOwner,
      undecided,
    },
    problems,
    confirm,
    importing: importer.pending,
    result,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
