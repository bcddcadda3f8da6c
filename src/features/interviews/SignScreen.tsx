import { useState } from 'react';
import { Button, ScrollView, View } from '@tarojs/components';
import type { GetInterviewOutput } from '../../../core/actions/interviews';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import type { InterviewDetail } from '../../../core/interviews/model';
import { INTERVIEW_KIND_LABELS } from '../../../core/interviews/states';
import { BottomSheet } from '@/components/BottomSheet';
import { EmptyState } from '@/components/EmptyState';
import { SignaturePad } from '@/components/SignaturePad';
import { formatFull } from './format';
import { formatDay } from '@/utils/date';
import { useSigning } from './useSigning';
import { useWindowShape } from './useWindowShape';
import './SignScreen.scss';

/** What the signer attests to: the record as the 记录人 wrote it, in the form's order. */
function SignedContent({ interview }: { interview: InterviewDetail }) {
  const record = interview.record;
  const lines: [string, string | null | undefined][] = [
    ['谈话类型', INTERVIEW_KIND_LABELS[interview.kind]],
    ['约谈对象', interview.subject?.name],
    ['约谈人', interview.interviewers.map((person) => person.name).join('、')],
    ['记录人', interview.recorder?.name],
    ['谈话时间', record?.heldAt ? formatFull(record.heldAt) : null],
    ['地点', interview.place],
    ['事由', interview.reason],
    ['谈话内容', record?.content],
    ['对象说明/表态', record?.statement],
    ['整改要求', record?.requirements],
    ['整改承诺', record?.commitments.map((item, index) => `${index + 1}. ${item}`).join('\n')],
    ['反馈期限', record?.feedbackDue ? formatDay(record.feedbackDue) : null],
  ];
  return (
    <View className='zg-sign-content'>
      {lines
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <View key={label} className='zg-sign-content__row'>
            <View className='zg-sign-content__label'>{label}</View>
            <View className='zg-sign-content__value'>{value}</View>
          </View>
        ))}
    </View>
  );
}

type Props = { snapshot: GetInterviewOutput; slotId: SignatureSlotId | null };

/**
 * The signing page: who signs which box, the content being signed (scrollable on its own: the page itself does not
 * scroll), a wide pad (wider still with the phone turned), 撤销 / 清除 / 确认签名.
 */
export function SignScreen({ snapshot, slotId }: Props) {
  const { interview } = snapshot;
  const signing = useSigning(snapshot, slotId);
  const shape = useWindowShape();
  const [reading, setReading] = useState(false);
  if (!signing.slot || !signing.mine) {
    return (
      <EmptyState
        title={signing.slot?.signed ? '该签字栏已经签过字' : '这不是您的签字栏'}
        description='只能在本人的签字栏签字；请返回约谈记录查看。'
      />
    );
  }
  const busy = signing.stage !== 'idle';
  return (
    <View className={`zg-sign zg-sign--${shape}`}>
      <View className='zg-sign__who'>
        <View className='zg-sign__slot'>
          {signing.slot.roleLabel}签字栏 · <View className='zg-sign__name'>{signing.slot.person.name}</View>
        </View>
        {shape === 'portrait' ? <View className='zg-sign__tip'>横过手机，签字区更宽</View> : null}
        {shape === 'landscape' ? (
          <View className='zg-sign__read' onClick={() => setReading(true)}>
            查看记录内容
          </View>
        ) : null}
      </View>
      {shape === 'portrait' ? (
        <ScrollView className='zg-sign__summary' scrollY enhanced showScrollbar>
          <SignedContent interview={interview} />
        </ScrollView>
      ) : null}
      <View className='zg-sign__attest'>本人已阅读上述谈话记录，确认无误。</View>
      <View className='zg-sign__pad'>
        <SignaturePad ref={signing.pad} canvasId='zg-signature-pad' placeholder={`${signing.slot.person.name} 请在此签名`} onInk={signing.onInk} />
      </View>
      <View className='zg-sign__warning' role='alert'>
        {signing.warning ?? ''}
      </View>
      <View className='zg-sign__bar'>
        <Button className='zg-button zg-button--default' disabled={busy || !signing.ink || signing.ink.strokes === 0} onClick={signing.undo}>
          撤销
        </Button>
        <Button className='zg-button zg-button--default' disabled={busy || !signing.ink || signing.ink.strokes === 0} onClick={signing.clear}>
          清除
        </Button>
        <Button className='zg-button zg-button--primary zg-sign__confirm' loading={busy} disabled={busy} onClick={() => void signing.confirm()}>
          {signing.stage === 'uploading' ? '正在上传' : signing.stage === 'signing' ? '正在签字' : '确认签名'}
        </Button>
      </View>
      <BottomSheet open={reading} title='谈话记录' onClose={() => setReading(false)}>
        <SignedContent interview={interview} />
      </BottomSheet>
    </View>
  );
}
