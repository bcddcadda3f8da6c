import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { ProblemCard } from './ProblemCard';
import { FieldError, WarningNote } from './WarningNote';
import { aspectWarningCount } from './planDraft';
import type { DraftAspect } from './planDraft';
import './AspectGroup.scss';

type Props = {
  aspect: DraftAspect;
  index: number;
  collapsed: boolean;
  errors: Record<string, string>;
  onToggle: () => void;
  onRename: (title: string) => void;
  onEdit: (problemKey: string) => void;
};

const CN_ORDINALS = '一二三四五六七八九十';
const ordinal = (index: number) => (index < 10 ? `（${CN_ORDINALS[index]}）` : `（${index + 1}）`);

/** One 方面 of the preview: a header that folds it away, its title warnings, and its problems as cards. */
export function AspectGroup({ aspect, index, collapsed, errors, onToggle, onRename, onEdit }: Props) {
  const [renaming, setRenaming] = useState(false);
  const warnings = aspectWarningCount(aspect);
  return (
    <View className='zg-aspect'>
      <View className='zg-aspect__head' hoverClass='zg-aspect__head--active' onClick={onToggle}>
        <View className={`zg-aspect__chevron ${collapsed ? '' : 'zg-aspect__chevron--open'}`} />
        <View className='zg-aspect__main'>
          <View className='zg-aspect__title'>
            {ordinal(index)}
            {aspect.title || '（未命名方面）'}
          </View>
          <View className='zg-aspect__meta'>
            {aspect.problems.length} 个问题
            {warnings > 0 ? <View className='zg-aspect__badge'>{warnings} 处提示</View> : null}
          </View>
        </View>
        <View
          className='zg-aspect__rename-link'
          onClick={(event) => {
            event.stopPropagation();
            setRenaming(!renaming);
          }}
        >
          改名
        </View>
      </View>
      {renaming ? (
        <View className='zg-aspect__rename-row'>
          <Input
            className='zg-aspect__rename-input'
            value={aspect.title}
            focus
            maxlength={200}
            placeholder='方面标题，如：政治建设方面'
            onInput={(event) => onRename(event.detail.value)}
            onConfirm={() => setRenaming(false)}
          />
          <View className='zg-aspect__rename-done' onClick={() => setRenaming(false)}>
            完成
          </View>
        </View>
      ) : null}
      {(!aspect.titleEdited && aspect.titleWarnings.length > 0) || errors[aspect.key] ? (
        <View className='zg-aspect__notes'>
          {!aspect.titleEdited ? <WarningNote warnings={aspect.titleWarnings} /> : null}
          <FieldError message={errors[aspect.key]} />
        </View>
      ) : null}
      {!collapsed ? (
        <View className='zg-aspect__body'>
          {aspect.problems.map((problem) => (
            <ProblemCard key={problem.key} problem={problem} error={errors[problem.key]} onEdit={() => onEdit(problem.key)} />
          ))}
        </View>
      ) : null}
    </View>
  );
}
