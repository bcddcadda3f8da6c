import Taro from '@tarojs/taro';
import { extensionOf } from '../../../core/tasks/evidence';
import { namedDownloadUrl } from '@/api/namedDownload';
import { namedUserPath } from '@/api/namedUserPath';

type Openable = { name: string; isImage: boolean; url: string };

/** openDocument takes the document's type from this list; other types it cannot show. */
const DOCUMENT_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'] as const;
type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Photos open in the phone's image viewer, swiping through the others of the same post; documents are
 * downloaded and opened by WeChat's document viewer (on H5: in a new tab).
 */
export async function openEvidence(file: Openable, siblings: Openable[]): Promise<void> {
  if (!file.url) {
    void Taro.showToast({ title: '文件已失效', icon: 'none' });
    return;
  }
  if (file.isImage) {
    const urls = siblings.filter((item) => item.isImage && item.url).map((item) => item.url);
    await Taro.previewImage({ current: file.url, urls: urls.length > 0 ? urls : [file.url] });
    return;
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(namedDownloadUrl(file.url, file.name), '_blank', 'noopener');
    return;
  }
  const extension = extensionOf(file.name);
  const fileType = (DOCUMENT_TYPES as readonly string[]).includes(extension) ? (extension as DocumentType) : undefined;
  void Taro.showLoading({ title: '正在打开', mask: true });
  try {
    // A local path (a file picked but not sent yet) opens as it is; a cloud URL is downloaded first.
    const filePath = /^https?:/.test(file.url) ? (await Taro.downloadFile({ url: file.url, filePath: namedUserPath(file.name) })).filePath : file.url;
    void Taro.hideLoading();
    await Taro.openDocument({ filePath, fileType, showMenu: true });
  } catch {
    // hideLoading would also hide a toast shown before it.
    void Taro.hideLoading();
    void Taro.showToast({ title: '无法打开该文件', icon: 'none' });
  }
}
