import Taro from '@tarojs/taro';
import { messageFor } from '../../../core/errors';
import { errorCodeOf } from '@/api/client';
import { showErrorToast } from '@/api/toast';

/**
 * A write that lost a race (CONFLICT) or came to an item that moved on (INVALID_STATE) is not the person's
 * mistake: say what happened in a dialog and show them the item as it now is. Anything else is a toast.
 * Resolves once the person has read it.
 */
export async function explainWriteError(error: unknown, afterReading: () => void): Promise<void> {
  const code = errorCodeOf(error);
  if (code === 'CONFLICT' || code === 'INVALID_STATE') {
    await Taro.showModal({
      title: code === 'CONFLICT' ? '事项已被他人修改' : '事项状态已变化',
      content: code === 'CONFLICT' ? '在您操作期间，其他人更新了这个事项。将为您显示最新内容，请核对后再操作。' : messageFor(code),
      showCancel: false,
      confirmText: '知道了',
      confirmColor: '#07C160',
    });
    afterReading();
    return;
  }
  showErrorToast(error);
}
