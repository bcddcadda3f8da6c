import { View } from '@tarojs/components';
import type { ExportedFile } from '../../../core/actions/exports';
import type { ExportAction, ExportState } from './useExport';
import { namedDownloadUrl } from '@/api/namedDownload';

type Props<A extends ExportAction> = { state: ExportState<A>; summary?: (file: ExportedFile) => string };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Under an export button: what is happening now (making, downloading), then the file, or what went wrong. */
export function ExportStatus<A extends ExportAction>({ state, summary }: Props<A>) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'making') {
    return (
      <View className='zg-export-status' aria-live='polite'>
        <View className='zg-export-status__spinner' />
        <View className='zg-export-status__text'>正在生成文件{state.seconds > 0 ? `，已用时${state.seconds}秒` : '…'}</View>
      </View>
    );
  }
  if (state.phase === 'downloading') {
    return (
      <View className='zg-export-status' aria-live='polite'>
        <View className='zg-export-status__text'>正在下载 {Math.round(state.percent)}%</View>
        <View className='zg-export-status__track'>
          <View className='zg-export-status__fill' style={{ width: `${state.percent}%` }} />
        </View>
      </View>
    );
  }
  if (state.phase === 'failed') {
    return (
      <View className='zg-export-status zg-export-status--failed' aria-live='polite'>
        {state.error.message}
      </View>
    );
  }
  const file = state.file as ExportedFile;
  return (
    <View className='zg-export-status zg-export-status--done' aria-live='polite'>
      <View className='zg-export-status__file'>
        {file.fileName}（{size(file.bytes)}）
      </View>
      {summary ? <View className='zg-export-status__summary'>{summary(file)}</View> : null}
      {state.delivery === 'link' ? (
        process.env.TARO_ENV === 'h5' ? (
          <a className='zg-export-status__link' href={namedDownloadUrl(file.url, file.fileName)} download={file.fileName} target='_blank' rel='noopener noreferrer'>
            下载 {file.fileName}
          </a>
        ) : null
      ) : (
        <View className='zg-export-status__summary'>已打开，可通过右上角菜单转发或保存</View>
      )}
      <View className='zg-export-status__hint'>下载链接几分钟内有效，过期请重新导出。</View>
    </View>
  );
}
