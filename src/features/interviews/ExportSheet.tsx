import { View } from '@tarojs/components';
import type { ExportInterviewOutput } from '../../../core/actions/interviews';
import { BottomSheet } from '@/components/BottomSheet';
import './ExportSheet.scss';
import { namedDownloadUrl } from '@/api/namedDownload';

type Props = { exported: ExportInterviewOutput | null; onClose: () => void };

/** H5: the exported .docx as a link to tap (the mini-program opens the document directly and never shows this). */
export function ExportSheet({ exported, onClose }: Props) {
  return (
    <BottomSheet open={exported !== null} title='导出约谈记录' onClose={onClose}>
      {exported ? (
        <View className='zg-iv-export'>
          <View className={`zg-iv-export__seal ${exported.seal.sealed && !exported.seal.intact ? 'zg-iv-export__seal--bad' : ''}`}>
            {exported.seal.sealed ? (exported.seal.intact ? '导出时校验一致，校验码印在页脚' : '导出时校验不一致，页脚已注明') : '记录尚未签字封存，文件标注“未签字”'}
          </View>
          {process.env.TARO_ENV === 'h5' ? (
            <a className='zg-iv-export__link' href={namedDownloadUrl(exported.url, exported.fileName)} download={exported.fileName} target='_blank' rel='noopener noreferrer'>
              下载 {exported.fileName}
            </a>
          ) : null}
          <View className='zg-iv-export__hint'>链接几分钟内有效，过期请重新导出。</View>
        </View>
      ) : null}
    </BottomSheet>
  );
}
