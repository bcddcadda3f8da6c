import { Button, View } from '@tarojs/components';
import type { SealStatus } from '../../../core/interviews/model';
import { formatFull } from './format';
import './SealPanel.scss';

type Props = { seal: SealStatus; verifying: boolean; onVerify?: () => void };

/**
 * Whether the signed record is still what was signed: 已封存 · 校验一致 in green, 校验失败 in red with what does
 * not match. The hash is shown short; the export prints it whole.
 */
export function SealPanel({ seal, verifying, onVerify }: Props) {
  if (!seal.sealed) {
    return (
      <View className='zg-iv-seal zg-iv-seal--open'>
        <View className='zg-iv-seal__title'>未封存</View>
        <View className='zg-iv-seal__line'>对象和约谈人全部签字后，记录内容与签名图片一并封存，此后不能修改。</View>
      </View>
    );
  }
  const intact = seal.intact === true;
  return (
    <View className={`zg-iv-seal ${intact ? 'zg-iv-seal--ok' : 'zg-iv-seal--bad'}`}>
      <View className='zg-iv-seal__title'>{intact ? '已封存 · 校验一致' : '已封存 · 校验失败'}</View>
      {intact ? null : (
        <View className='zg-iv-seal__problems' role='alert'>
          {seal.problems.length > 0 ? seal.problems.map((problem, index) => <View key={index}>{problem.label}</View>) : <View>记录与封存时不一致</View>}
        </View>
      )}
      {seal.at ? <View className='zg-iv-seal__line'>封存时间：{formatFull(seal.at)}</View> : null}
      {seal.hash ? <View className='zg-iv-seal__line zg-iv-seal__hash'>校验码：{seal.hash.slice(0, 16)}…</View> : null}
      <View className='zg-iv-seal__line'>本次校验：{formatFull(seal.checkedAt)}</View>
      {onVerify ? (
        <Button className='zg-button zg-button--default zg-button--compact zg-iv-seal__verify' loading={verifying} disabled={verifying} onClick={onVerify}>
          重新校验
        </Button>
      ) : null}
    </View>
  );
}
