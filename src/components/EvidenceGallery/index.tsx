import { Image, View } from '@tarojs/components';
import './index.scss';

export type GalleryFile = { key: string; name: string; isImage: boolean; url: string };

type Props = {
  files: GalleryFile[];
  /** Tapped a photo (to preview) or a document chip (to open). */
  onOpen: (file: GalleryFile) => void;
};

/** Read-only 佐证材料: photo thumbnails in a grid, documents as chips with their type. */
export function EvidenceGallery({ files, onOpen }: Props) {
  if (files.length === 0) return null;
  const photos = files.filter((file) => file.isImage);
  const documents = files.filter((file) => !file.isImage);
  return (
    <View className='zg-gallery'>
      {photos.length > 0 ? (
        <View className='zg-gallery__grid'>
          {photos.map((photo) => (
            <View key={photo.key} className='zg-gallery__thumb' onClick={() => onOpen(photo)}>
              {photo.url ? (
                <Image className='zg-gallery__image' src={photo.url} mode='aspectFill' lazyLoad />
              ) : (
                <View className='zg-gallery__gone'>已失效</View>
              )}
            </View>
          ))}
        </View>
      ) : null}
      {documents.map((document) => (
        <View key={document.key} className='zg-gallery__file' hoverClass='zg-gallery__file--active' onClick={() => onOpen(document)}>
          <View className='zg-gallery__ext'>{extensionLabel(document.name)}</View>
          <View className='zg-gallery__name'>{document.name}</View>
        </View>
      ))}
    </View>
  );
}

/** PDF / DOC / XLS, the badge on a document chip. */
export function extensionLabel(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? (match[1] as string).slice(0, 4).toUpperCase() : '文件';
}
