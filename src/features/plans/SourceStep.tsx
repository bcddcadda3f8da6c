import Taro from '@tarojs/taro';
import { Button, Picker, Textarea, View } from '@tarojs/components';
import { MAX_PLAN_TEXT_LENGTH } from '../../../core/actions/plans';
import { chineseDate } from '../../../core/time';
import { PICK_FILE_HINT } from './pickPlanFile';
import type { ImportWizard } from './useImportWizard';
import './SourceStep.scss';

type Props = { source: ImportWizard['source'] };

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Step 1: the plan's text, pasted or from a file, and the date its deadlines count from. */
export function SourceStep({ source }: Props) {
  const { mode, busy } = source;
  const pasteFromClipboard = async () => {
    const { data } = await Taro.getClipboardData();
    if (data) source.setText(data);
  };
  return (
    <View className='zg-source'>
      <View className='zg-source__modes'>
        {(['paste', 'file'] as const).map((candidate) => (
          <View
            key={candidate}
            className={`zg-source__mode ${mode === candidate ? 'zg-source__mode--on' : ''}`}
            onClick={() => !busy && source.setMode(candidate)}
          >
            {candidate === 'paste' ? '粘贴正文' : '选择文件'}
          </View>
        ))}
      </View>

      {mode === 'paste' ? (
        <View className='zg-source__card'>
          <Textarea
            className='zg-source__text'
            value={source.text}
            maxlength={MAX_PLAN_TEXT_LENGTH}
            disabled={Boolean(busy)}
            placeholder='把整改方案的正文粘贴到这里（可从 Word、WPS 或微信中复制全文）'
            placeholderClass='zg-source__placeholder'
            onInput={(event) => source.setText(event.detail.value)}
          />
          <View className='zg-source__meta'>
            <View className='zg-source__count'>{source.text.length > 0 ? `${source.text.length.toLocaleString()} 字` : '支持“问题1：”、“（一）”及表格等常见格式'}</View>
            {process.env.TARO_ENV === 'weapp' ? (
              <View className='zg-source__link' onClick={() => void pasteFromClipboard()}>
                从剪贴板粘贴
              </View>
            ) : null}
            {source.text.length > 0 && !busy ? (
              <View className='zg-source__link' onClick={() => source.setText('')}>
                清空
              </View>
            ) : null}
          </View>
        </View>
      ) : (
        <View className='zg-source__card'>
          {source.file ? (
            <View className='zg-source__file'>
              <View className='zg-source__file-icon'>{source.file.name.toLowerCase().endsWith('.txt') ? 'TXT' : 'W'}</View>
              <View className='zg-source__file-main'>
                <View className='zg-source__file-name'>{source.file.name}</View>
                <View className='zg-source__file-size'>{formatSize(source.file.size)}</View>
              </View>
              {!busy ? (
                <View className='zg-source__link' onClick={() => void source.chooseFile()}>
                  重新选择
                </View>
              ) : null}
            </View>
          ) : (
            <View className='zg-source__pick' hoverClass='zg-source__pick--active' onClick={() => void source.chooseFile()}>
              <View className='zg-source__pick-plus'>+</View>
              <View className='zg-source__pick-title'>选择方案文件</View>
              <View className='zg-source__pick-hint'>{PICK_FILE_HINT}</View>
            </View>
          )}
        </View>
      )}

      <View className='zg-source__date'>
        <Picker mode='date' value={source.planDate} start='2015-01-01' end='2035-12-31' disabled={Boolean(busy)} onChange={(event) => source.setPlanDate(String(event.detail.value))}>
          <View className='zg-source__date-row'>
            <View className='zg-source__date-label'>方案日期</View>
            <View className='zg-source__date-value'>{chineseDate(source.planDate)}</View>
            <View className='zg-source__arrow' />
          </View>
        </Picker>
        <View className='zg-source__date-hint'>巡察反馈或方案印发的日期。“年底前”“3个月内”等时限从这一天算起。</View>
      </View>

      {source.error ? <View className='zg-source__error'>{source.error}</View> : null}

      <View className='zg-source__actions'>
        {busy ? (
          <View className='zg-source__progress'>
            <View className='zg-source__progress-text'>
              {busy.phase === 'upload' ? `正在上传文件… ${busy.percent}%` : '正在解析方案，请稍候…'}
            </View>
            <View className='zg-source__bar'>
              <View
                className={`zg-source__bar-fill ${busy.phase === 'parse' ? 'zg-source__bar-fill--busy' : ''}`}
                style={{ width: busy.phase === 'upload' ? `${Math.max(4, busy.percent)}%` : '100%' }}
              />
            </View>
          </View>
        ) : (
          <Button className='zg-button zg-button--primary' onClick={() => void source.parse()}>
            解析并预览
          </Button>
        )}
      </View>
    </View>
  );
}
