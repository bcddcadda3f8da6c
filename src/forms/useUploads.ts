import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EvidenceFile } from '../../core/tasks/model';
import { MAX_FILE_BYTES, isAllowedEvidence, isImage } from '../../core/tasks/evidence';
import { messageFor } from '../../core/errors';
import { errorCodeOf } from '@/api/client';
import { uploadFile } from '@/api/upload';
import type { PickedTile } from '@/components/EvidencePicker';
import { pickEvidence, releasePreview } from './pickEvidence';
import type { PickedEvidence } from './pickEvidence';
import type { FieldOf } from './schemaErrors';

type Item = PickedTile & { fileID: string | null; picked: PickedEvidence | null };

/** Uploads at once: enough to keep the line busy without starving the first photo of bandwidth. */
const PARALLEL_UPLOADS = 3;
const MB = 1024 * 1024;

let serial = 0;
const nextKey = () => `picked-${Date.now().toString(36)}-${++serial}`;

/** The picked name as the server keeps it (at most 100 characters), the extension kept. */
export function clipName(name: string): string {
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

export interface UploadOptions {
  /** The draft folder under uploads/ the server accepts files from: `tasks/<id>`, `interviews/<id>`. */
  folder: string;
  max: number;
  /** Files already stored (a post or record being edited). */
  initial?: EvidenceFile[];
  /** How a stored file is named on its tile (a 约谈 record's older random names read 附件N). */
  storedName?: (name: string, index: number) => string;
}

/**
 * The files of one form: pick, check type and size before anything leaves the phone, upload at most three at once
 * into the object's own folder with their progress, retry or remove; H5 previews are released once removed or
 * unmounted. `fileIDs` are the ones that made it, `fileNames` the names they were picked by.
 */
export function useUploads({ folder, max, initial = [], storedName = (name) => name }: UploadOptions) {
  const [items, setItems] = useState<Item[]>(() => initial.map((file, index) => fromStored(file, storedName(file.name, index))));
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
      uploadFile(item.picked, folder, (percent) => update(key, { progress: Math.min(99, Math.round(percent)) }))
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
  }, [folder, update]);

  const add = useCallback(async () => {
    const room = max - itemsRef.current.length;
    if (room <= 0) return;
    const picked = await pickEvidence(room);
    if (picked.length === 0) return;
    const problems: string[] = [];
    const accepted: PickedEvidence[] = [];
    for (const file of picked) {
      const problem = refusal(file);
      if (problem) problems.push(problem);
      else if (accepted.length < room) accepted.push(file);
      else problems.push(`${file.name}：最多${max}个附件`);
    }
    // The refused ones were never shown: their previews go at once.
    for (const file of picked) if (!accepted.includes(file)) releasePreview(file);
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
  }, [max, pump]);

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
    const gone = itemsRef.current.find((item) => item.key === key);
    if (gone?.picked) releasePreview(gone.picked);
    itemsRef.current = itemsRef.current.filter((item) => item.key !== key);
    setItems(itemsRef.current);
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
    max,
    fileIDs: stored.map((item) => item.fileID as string),
    /** The names people picked the files by, in the order of fileIDs: storage paths are random. */
    fileNames: stored.map((item) => clipName(item.name)),
    count: items.length,
    uploading,
    failed,
    /** What the submit button says instead while files are still going up. */
    busyLabel: uploading ? '正在上传附件…' : null,
    /** Said under the button while an upload failed: the form does not submit half its files. */
    problem: failed ? '有附件上传失败，请点击重试或移除' : null,
    add,
    retry,
    remove,
  };
}

export type Uploads = ReturnType<typeof useUploads>;

/** A problem with the files' names (`fileNames`) is shown under the files themselves (`fileIDs`). */
export const filesFieldOf: FieldOf = (path) => (path[0] === 'fileNames' ? 'fileIDs' : String(path[0] ?? ''));

function fromStored(file: EvidenceFile, name: string): Item {
  return { key: file.fileID, name, isImage: file.isImage, url: file.url, progress: null, failed: false, fileID: file.fileID, picked: null };
}
