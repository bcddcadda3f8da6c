import { useDidShow } from '@tarojs/taro';
import type { RecordCache } from './recordCache';
import { useCachedRecord } from './recordState';
import { showErrorToast } from './toast';

/** One record for its detail page (useCachedRecord), refreshed or redrawn each time the page shows again. */
export function useRecord<R>(cache: RecordCache<R>, id: string) {
  const record = useCachedRecord(cache, id, showErrorToast);
  useDidShow(record.shown);
  return record;
}
