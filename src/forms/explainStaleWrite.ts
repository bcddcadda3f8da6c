import Taro from '@tarojs/taro';
import type { ApiError } from '@/api/errors';
import { staleWriteExplanation } from './staleWrite';
import type { WrittenRecord } from './staleWrite';

/**
 * A write that lost a race or came to a record that moved on is not the person's mistake: say what happened, and
 * once they have read it, `reload` shows them the record as it now is.
 */
export async function explainStaleWrite(error: ApiError, record: WrittenRecord, reload: () => void | Promise<void>): Promise<void> {
  const { title, content } = staleWriteExplanation(error, record);
  await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: '#07C160' });
  await reload();
}
