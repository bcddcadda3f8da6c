// Picking 佐证材料 in the mini-program: photos through chooseMedia (compressed, from album or camera), documents
// from a WeChat chat through chooseMessageFile. Taro picks pickEvidence.h5.ts for H5.
import Taro from '@tarojs/taro';
import type { PickedFile } from '@/api/upload';

export type PickedEvidence = PickedFile & { previewUrl: string };

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Up to `count` files, or none when the person cancels. */
export async function pickEvidence(count: number): Promise<PickedEvidence[]> {
  let choice: number;
  try {
    choice = (await Taro.showActionSheet({ itemList: ['拍照或从相册选择', '从微信聊天中选择文件'] })).tapIndex;
  } catch {
    return [];
  }
  try {
    if (choice === 0) {
      const { tempFiles } = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] });
      // A photo's temp path says nothing to a reader (tmp_3f9a….jpg): name it 照片N, keeping its type.
      return tempFiles.map((file, index) => {
        const extension = /\.([A-Za-z0-9]+)$/.exec(baseName(file.tempFilePath))?.[1] ?? 'jpg';
        return { name: `照片${index + 1}.${extension.toLowerCase()}`, size: file.size, path: file.tempFilePath, previewUrl: file.tempFilePath };
      });
    }
    const { tempFiles } = await Taro.chooseMessageFile({ count, type: 'all' });
    return tempFiles.map((file) => ({ name: file.name, size: file.size, path: file.path, previewUrl: file.path }));
  } catch {
    // Cancelled, or the person refused the album permission: nothing picked.
    return [];
  }
}

/** A picked file's local preview is a temp path the system cleans up itself. */
export function releasePreview(_file: PickedEvidence): void {}
