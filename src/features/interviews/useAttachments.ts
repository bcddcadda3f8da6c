import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { MAX_INTERVIEW_ATTACHMENTS } from '../../../core/actions/interviews';
import { messageFor } from '../../../core/errors';
import { MAX_FILE_BYTES, isAllowedEvidence, isImage } from '../../../core/tasks/evidence';
import type { EvidenceFile } from '../../../core/tasks/model';
import { errorCodeOf } from '@/api/client';
import { uploadFile } from '@/api/upload';
import type { PickedTile } from '@/components/EvidencePicker';
import { pickEvidence } from '@/forms/pickEvidence';
import { attachmentName } from './format';

type Item = PickedTile & { fileID: string | null; picked: Parameters<typeof uploadFile>[0] | null };

let serial = 0;
const MB = 1024 * 1024;

/**
 * A record's attachments (谈话材料, 整改反馈的佐证): picked, checked, uploaded one by one into the record's own
 * folder (the server refuses files from anywhere else), with progress, retry and remove.
 */
export function useAttachments(interviewId: string, initial: EvidenceFile[] = []) {
  const [items, setItems] = useState<Item[]>(() =>
    initial.map((file, index) => ({ key: file.fileID, name: attachmentName(file.name, index), isImage: file.isImage, url: file.url, progress: null, failed: false, fileID: file.fileID, picked: null })),
  );
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const update = useCallback((key: string, change: Partial<Item>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const upload = useCallback(
    (item: Item) => {
      if (!item.picked) return;
      uploadFile(item.picked, `interviews/${interviewId}`, (percent) => update(item.key, { progress: Math.min(99, Math.round(percent)) })).then(
        (fileID) => update(item.key, { fileID, progress: null, failed: false }),
        (error: unknown) => {
          update(item.key, { progress: null, failed: true });
          void Taro.showToast({ title: `上传失败：${messageFor(errorCodeOf(error))}`, icon: 'none' });
        },
      );
    },
    [interviewId, update],
  );

  const add = useCallback(async () => {
    const room = MAX_INTERVIEW_ATTACHMENTS - itemsRef.current.length;
    if (room <= 0) return;
    const picked = await pickEvidence(room);
    const refused: string[] = [];
    const added: Item[] = [];
    for (const file of picked) {
      if (!isAllowedEvidence(file.name)) refused.push(`${file.name}：格式不支持（支持图片、PDF、Word、Excel）`);
      else if (file.size > MAX_FILE_BYTES) refused.push(`${file.name}：超过${MAX_FILE_BYTES / MB}MB`);
      else if (added.length < room) added.push({ key: `attachment-${++serial}`, name: file.name, isImage: isImage(file.name), url: file.previewUrl, progress: 0, failed: false, fileID: null, picked: file });
    }
    if (added.length > 0) {
      itemsRef.current = [...itemsRef.current, ...added];
      setItems(itemsRef.current);
      added.forEach(upload);
    }
    if (refused.length > 0) void Taro.showModal({ title: '以下文件未添加', content: refused.join('\n'), showCancel: false, confirmText: '知道了', confirmColor: '#07C160' });
  }, [upload]);

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (!item) return;
      update(key, { failed: false, progress: 0 });
      upload(item);
    },
    [update, upload],
  );
  const remove = useCallback((key: string) => setItems((current) => current.filter((item) => item.key !== key)), []);

  return {
    tiles: items as PickedTile[],
    fileIDs: items.filter((item) => item.fileID !== null).map((item) => item.fileID as string),
    uploading: items.some((item) => item.progress !== null),
    failed: items.some((item) => item.failed),
    add,
    retry,
    remove,
  };
}
