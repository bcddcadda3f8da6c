import { Text } from '@tarojs/components';
import { Notice } from '@/components/Notice';
import { RESTORED_NOTICE } from './drafts';
import type { FormDraft } from './drafts';
import './DraftNotice.scss';

/** Says a saved draft was put back, with 丢弃 to start from an empty form instead. */
export function DraftNotice({ draft }: { draft: FormDraft }) {
  if (!draft.restored) return null;
  return (
    <Notice tone='blue' title={RESTORED_NOTICE}>
      上次离开时没有提交，已填回表单。
      <Text className='zg-draft-notice__discard' onClick={draft.discard}>
        丢弃，重新填写
      </Text>
    </Notice>
  );
}
