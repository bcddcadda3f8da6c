import { useCallback, useRef, useState } from 'react';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import { callApi, toApiError } from '@/api/client';
import type { MutationResult } from '@/api/hooks';
import { showErrorToast } from '@/api/toast';
import type { InkSummary, SignaturePadHandle } from '@/components/SignaturePad';
import { uploadSignature } from './uploadSignature';
import { finishInterviewWrite } from './interviewRecords';

/** The server's own checks of the image: the person draws again rather than being sent away. */
const DRAW_AGAIN = ['SIGNATURE_BLANK', 'SIGNATURE_NOT_PNG', 'SIGNATURE_TOO_LARGE', 'SIGNATURE_FILE_INVALID'];

/**
 * One signature on one slot: an empty or near-empty pad is stopped on the phone (请先签名); otherwise the PNG is
 * uploaded to the slot's path and signed with `interviews.sign`, which checks it is this person's slot and a real,
 * non-blank PNG, and seals the record when it is the last signature.
 */
export function useSigning(snapshot: GetInterviewOutput, slotId: SignatureSlotId | null) {
  const { interview, can } = snapshot;
  const slot = interview.slots.find((candidate) => candidate.slot === slotId) ?? null;
  const mine = slotId !== null && can.sign.includes(slotId);
  const pad = useRef<SignaturePadHandle>(null);
  const [ink, setInk] = useState<InkSummary | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [stage, setStage] = useState<'idle' | 'uploading' | 'signing'>('idle');

  const onInk = useCallback((next: InkSummary) => {
    setInk(next);
    if (next.enough) setWarning(null);
  }, []);

  const confirm = useCallback(async () => {
    if (!slot || !mine || stage !== 'idle') return;
    if (!ink?.enough) {
      setWarning(ink && ink.points > 0 ? '笔迹过少，请先签名（写下完整姓名）' : '请先签名');
      return;
    }
    let result: MutationResult<'interviews.get'>;
    try {
      setStage('uploading');
      const image = await (pad.current as SignaturePadHandle).toImage();
      const fileID = await uploadSignature(image, interview.id, slot.slot);
      setStage('signing');
      // The text this screen showed: a record rewritten meanwhile is refused, and the page shows the new text.
      result = { ok: true, data: await callApi('interviews.sign', { interviewId: interview.id, slot: slot.slot, fileID, contentHash: interview.contentHash }) };
    } catch (failure) {
      result = { ok: false, error: toApiError(failure) };
    }
    setStage('idle');
    if (!result.ok && DRAW_AGAIN.includes(result.error.code)) {
      setWarning(result.error.message);
      showErrorToast(result.error);
      return;
    }
    await finishInterviewWrite(interview.id, result, result.ok && result.data.interview.state === 'signed' ? '已签字，记录已封存' : '已签字');
  }, [slot, mine, stage, ink, interview.id, interview.contentHash]);

  return {
    slot,
    mine,
    pad,
    ink,
    onInk,
    warning,
    stage,
    undo: () => pad.current?.undo(),
    clear: () => pad.current?.clear(),
    confirm,
  };
}
