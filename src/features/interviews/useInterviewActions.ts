import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ExportInterviewOutput, GetInterviewOutput } from '../../../core/actions/interviews';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import { callApi, isApiError } from '@/api/client';
import { showErrorToast, showSuccessToast } from '@/api/toast';
import { deliverExport } from './exportInterview';
import { fieldNames } from './labels';
import { interviewPageUrl } from './routes';
import type { InterviewPage } from './routes';
import { explainStaleWrite } from '@/forms/explainStaleWrite';
import { recordMoved } from './writeErrors';
import type { InterviewField } from '../../../core/interviews/fields';

type Options = {
  data: GetInterviewOutput;
  /** Set when an older revision is on screen: only export applies to it. */
  revision: number | null;
  apply: (output: GetInterviewOutput) => void;
  reload: () => Promise<void>;
};

/**
 * What the buttons of a record do: forms open on their pages; 提交审批, 请双方签字 and 归档 run in place (a refusal
 * names what is missing and offers the form that fills it); 导出记录 builds the .docx on the exports function.
 */
export function useInterviewActions({ data, revision, apply, reload }: Options) {
  const id = data.interview.id;
  const [busy, setBusy] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportInterviewOutput | null>(null);

  const go = useCallback((page: InterviewPage, params: Record<string, string> = {}) => void Taro.navigateTo({ url: interviewPageUrl(page, { id, ...params }) }), [id]);

  /** Runs a one-tap step; INCOMPLETE asks whether to open the form that fills what is missing. */
  const step = useCallback(
    async (name: string, run: () => Promise<GetInterviewOutput>, success: string, formPage: InterviewPage) => {
      setBusy(name);
      try {
        apply(await run());
        showSuccessToast(success);
      } catch (failure) {
        if (isApiError(failure) && failure.code === 'INCOMPLETE') {
          const missing = ((failure.details as { missing?: InterviewField[] } | undefined)?.missing ?? []) as InterviewField[];
          const { confirm } = await Taro.showModal({
            title: '还有必填内容未填写',
            content: missing.length > 0 ? `还缺少：${fieldNames(missing)}` : failure.message,
            confirmText: '去填写',
            confirmColor: '#07C160',
          });
          if (confirm) go(formPage);
        } else if (isApiError(failure) && recordMoved(failure)) {
          await explainStaleWrite(failure, 'interview', reload);
        } else {
          showErrorToast(failure);
        }
      } finally {
        setBusy(null);
      }
    },
    [apply, go, reload],
  );

  const submit = useCallback(() => step('submit', () => callApi('interviews.submit', { interviewId: id }), '已提交审批', 'propose'), [id, step]);
  const requestSignatures = useCallback(
    () => step('requestSignatures', () => callApi('interviews.requestSignatures', { interviewId: id }), '已请双方签字', 'record'),
    [id, step],
  );
  const file = useCallback(async () => {
    // Say what is missing first: asking "确认归档？" and then refusing would make the office decide twice.
    const missing = data.interview.missing;
    if (missing.length > 0) {
      const { confirm } = await Taro.showModal({ title: '还不能归档', content: `还缺少：${fieldNames(missing)}`, confirmText: '去填写', confirmColor: '#07C160' });
      if (confirm) go('opinion');
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '确认归档',
      content: '归档后记录存档备查，约谈对象须在期限内提交整改反馈。',
      confirmText: '归档',
      confirmColor: '#07C160',
    });
    if (confirm) await step('file', () => callApi('interviews.file', { interviewId: id }), '已归档', 'opinion');
  }, [id, step, go, data.interview.missing]);

  const exportRecord = useCallback(async () => {
    setBusy('export');
    void Taro.showLoading({ title: '正在生成', mask: true });
    try {
      const output = await callApi('exports.interview', revision ? { interviewId: id, revision } : { interviewId: id });
      void Taro.hideLoading();
      if ((await deliverExport(output)) === 'link') setExported(output);
    } catch (failure) {
      void Taro.hideLoading();
      if (isApiError(failure)) showErrorToast(failure);
      else void Taro.showToast({ title: '无法打开导出的文件', icon: 'none' });
    } finally {
      setBusy(null);
    }
  }, [id, revision]);

  const sign = useCallback((slot: SignatureSlotId) => go('sign', { slot }), [go]);

  return {
    busy,
    exported,
    closeExport: () => setExported(null),
    go,
    sign,
    submit,
    requestSignatures,
    file,
    exportRecord,
  };
}
