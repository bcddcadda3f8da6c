import { Button } from '@tarojs/components';
import { messageFor } from '../../../core/errors';
import type { ApiError } from '@/api/client';
import { openDemoLogin } from '@/utils/demoLogin';
import { EmptyState } from '../EmptyState';

type Props = { error: ApiError; onRetry?: () => void };

/** A failed load in place of the content: what went wrong, and the way out. */
export function ErrorState({ error, onRetry }: Props) {
  // Only the H5 build has a dev server with demo identities; the mini-program always knows its caller.
  if (process.env.TARO_ENV === 'h5' && error.code === 'UNAUTHENTICATED') {
    return (
      <EmptyState
        title='尚未选择演示身份'
        description='本地演示环境需要先选择以哪位成员的身份使用'
        action={
          <Button className='zg-button zg-button--primary' onClick={openDemoLogin}>
            选择演示身份
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      title={messageFor(error.code)}
      action={
        onRetry ? (
          <Button className='zg-button zg-button--default' onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
