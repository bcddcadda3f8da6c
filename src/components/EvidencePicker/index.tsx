import { Image, View } from '@tarojs/components';
import { extensionLabel } from '../EvidenceGallery';
import { PrivacySheet } from '../PrivacySheet';
import './index.scss';

export type PickedTile = {
  key: string;
  name: string;
  isImage: boolean;
  /** A local path or URL to draw the thumbnail from. */
  url: string;
  /** 0–100 while uploading, null once done or not started. */
  progress: number | null;
  failed: boolean;
};

type Props = {
  tiles: PickedTile[];
  max: number;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onOpen: (tile: PickedTile) => void;
  onRetry: (key: string) => void;
  /** A grey line under the grid: what may be added. */
  hint?: string;
};

/** The evidence grid of a form: thumbnails with their upload progress, a remove corner, and an add tile. */
export function EvidencePicker({ tiles, max, onAdd, onRemove, onOpen, onRetry, hint }: Props) {
  return (
    <View className='zg-picker'>
      <PrivacySheet />
      <View className='zg-picker__grid'>
        {tiles.map((tile) => (
          <View key={tile.key} className='zg-picker__tile'>
            <View className='zg-picker__face' onClick={() => (tile.failed ? onRetry(tile.key) : onOpen(tile))}>
              {tile.isImage ? (
                <Image className='zg-picker__image' src={tile.url} mode='aspectFill' />
              ) : (
                <View className='zg-picker__doc'>
                  <View className='zg-picker__ext'>{extensionLabel(tile.name)}</View>
                  <View className='zg-picker__doc-name'>{tile.name}</View>
                </View>
              )}
              {tile.progress !== null ? (
                <View className='zg-picker__overlay'>
                  <View className='zg-picker__percent'>{tile.progress}%</View>
                  <View className='zg-picker__bar'>
                    <View className='zg-picker__bar-fill' style={{ width: `${tile.progress}%` }} />
                  </View>
                </View>
              ) : null}
              {tile.failed ? <View className='zg-picker__overlay zg-picker__overlay--failed'>上传失败{'\n'}点击重试</View> : null}
            </View>
            <View className='zg-picker__remove' aria-label={`移除${tile.name}`} onClick={() => onRemove(tile.key)}>
              ×
            </View>
          </View>
        ))}
        {tiles.length < max ? (
          <View className='zg-picker__tile zg-picker__add' hoverClass='zg-picker__add--active' aria-label='添加佐证材料' onClick={onAdd}>
            <View className='zg-picker__plus' />
          </View>
        ) : null}
      </View>
      <View className='zg-picker__hint'>
        <View className='zg-picker__hint-text'>{hint}</View>
        <View className='zg-picker__count'>
          {tiles.length}/{max}
        </View>
      </View>
    </View>
  );
}
