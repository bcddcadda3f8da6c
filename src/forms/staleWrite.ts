import { messageFor } from '../../core/errors';
import type { ApiError } from '@/api/errors';

/** What a form writes to, in the words of its dialog. */
export type WrittenRecord = 'task' | 'interview';

const WORDS: Record<WrittenRecord, { changed: string; moved: string; it: string }> = {
  task: { changed: '事项已被他人修改', moved: '事项状态已变化', it: '这个事项' },
  interview: { changed: '约谈记录已变化', moved: '暂时不能进行此操作', it: '这份记录' },
};

/** The dialog that explains a write which came to a record that changed or moved on meanwhile. */
export function staleWriteExplanation(error: ApiError, record: WrittenRecord): { title: string; content: string } {
  const words = WORDS[record];
  if (error.code === 'CONFLICT') return { title: words.changed, content: `在您操作期间，其他人更新了${words.it}。将为您显示最新内容，请核对后再操作。` };
  if (error.code === 'SEALED') return { title: '记录已签字封存', content: error.message || messageFor(error.code) };
  return { title: words.moved, content: error.message || messageFor(error.code) };
}
