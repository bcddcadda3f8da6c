import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EvidenceFile } from '../../../core/tasks/model';
import { MAX_FILE_BYTES, MAX_FILES_PER_POST, isAllowedEvidence, isImage } from '../../../core/tasks/evidence';
import { messageFor } from '../../../core/errors';
import { errorCodeOf } from '@/api/client';
import { uploadFile } from '@/api/upload';
import type { PickedTile } from '@/components/EvidencePicker';
import { pickEvidence, releasePreview } from '@/forms/pickEvidence';
import type { PickedEvidence } from '@/forms/pickEvidence';

type Item = PickedTile & { fileID: string | null; picked: PickedEvidence | null };

/** Uploads at once: enough to keep the line busy without starving the first photo of bandwidth. */
const PARALLEL_UPLOADS = 3;
const MB = 1024 * 1024;

let serial = 0;
const nextKey = () => `picked-${Date.now().toString(36)}-${++serial}`;

/** The picked name as the server keeps it (at most 100 characters), the extension kept. */
function clipName(name: string): string {
  if (name.length <= 100) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return `${name.slice(0, 100 - extension.length)}${extension}`;
}

function refusal(file: PickedEvidence): string | null {
  if (!isAllowedEvidence(file.name)) return `${file.name}：格式不支持（支持图片、PDF、Word、Excel）`;
  if (file.size > MAX_FILE_BYTES) return `${file.name}：${(file.size / MB).toFixed(1)}MB，超过${MAX_FILE_BYTES / MB}MB`;
  return null;
}

/**
 * The 佐证材料 of one form: pick, check type and size before anything leaves the phone, upload each file into
 * the item's own folder with its progress, retry or remove. `fileIDs` are the ones that made it.
 */
export function useEvidence(taskId: string, initial: EvidenceFile[] = []) {
  const [items, setItems] = useState<Item[]>(() => initial.map(fromStored));
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const queue = useRef<string[]>([]);
  const running = useRef(0);

  const update = useCallback((key: string, change: Partial<Item>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const pump = useCallback(() => {
    while (running.current < PARALLEL_UPLOADS && queue.current.length > 0) {
      const key = queue.current.shift() as string;
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (!item?.picked) continue;
      running.current += 1;
      uploadFile(item.picked, `tasks/${taskId}`, (percent) => update(key, { progress: Math.min(99, Math.round(percent)) }))
        .then(
          (fileID) => update(key, { fileID, progress: null, failed: false }),
          (error: unknown) => {
            update(key, { progress: null, failed: true });
            void Taro.showToast({ title: `上传失败：${messageFor(errorCodeOf(error))}`, icon: 'none' });
          },
        )
        .finally(() => {
          running.current -= 1;
          pump();
        });
    }
  }, [taskId, update]);

  const add = useCallback(async () => {
    const room = MAX_FILES_PER_POST - itemsRef.current.length;
    if (room <= 0) return;
    const picked = await pickEvidence(room);
    if (picked.length === 0) return;
    const problems: string[] = [];
    const accepted: PickedEvidence[] = [];
    for (const file of picked) {
      const problem = refusal(file);
      if (problem) problems.push(problem);
      else if (accepted.length < room) accepted.push(file);
      else problems.push(`${file.name}：最多${MAX_FILES_PER_POST}个附件`);
    }
    const added: Item[] = accepted.map((file) => ({
      key: nextKey(),
      name: file.name,
      isImage: isImage(file.name),
      url: file.previewUrl,
      progress: 0,
      failed: false,
      fileID: null,
      picked: file,
    }));
    if (added.length > 0) {
      itemsRef.current = [...itemsRef.current, ...added];
      setItems(itemsRef.current);
      queue.current.push(...added.map((item) => item.key));
      pump();
    }
    if (problems.length > 0) {
      void Taro.showModal({ title: '以下文件未添加', content: problems.join('\n'), showCancel: false, confirmText: '知道了', confirmColor: '#07C160' });
    }
  }, [pump]);

  const retry = useCallback(
    (key: string) => {
      update(key, { failed: false, progress: 0 });
      queue.current.push(key);
      pump();
    },
    [pump, update],
  );

  const remove = useCallback((key: string) => {
    queue.current = queue.current.filter((queued) => queued !== key);
    setItems((current) => {
      const gone = current.find((item) => item.key === key);
      if (gone?.picked) releasePreview(gone.picked);
      return current.filter((item) => item.key !== key);
    });
  }, []);

  useEffect(
    () => () => {
      for (const item of itemsRef.current) if (item.picked) releasePreview(item.picked);
    },
    [],
  );

  const uploading = items.some((item) => item.progress !== null);
  const failed = items.some((item) => item.failed);
  const stored = items.filter((item) => item.fileID !== null);
  return {
    tiles: items as PickedTile[],
    fileIDs: stored.map((item) => item.fileID as string),
    /** The names people picked the files by, in the order of fileIDs: storage paths are random. */
    fileNames: stored.map((item) => clipName(item.name)),
    count: items.length,
    uploading,
    failed,
    add,
    retry,
    remove,
  };
}

function fromStored(file: EvidenceFile): Item {
  return { key: file.fileID, name: file.name, isImage: file.isImage, url: file.url, progress: null, failed: false, fileID: file.fileID, picked: null };
}
