import { useState } from 'react';
import { Button, Picker, Textarea, View } from '@tarojs/components';
import { chineseDate } from '../../../core/time';
import { AspectGroup } from './AspectGroup';
import { PlanKindFields } from './PlanKindFields';
import { FieldError, WarningNote } from './WarningNote';
import type { ImportWizard } from './useImportWizard';
import './ReviewStep.scss';

type Props = { wizard: ImportWizard; onOpenPlan: (planId: string) => void };

/** Step 2: the plan as read, by 方面, each problem a card with its warnings; everything can be corrected here. */
export function ReviewStep({ wizard, onOpenPlan }: Props) {
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const { draft, preview, counts, problems } = wizard;
  if (!draft || !preview || !counts) return null;
  const already = preview.alreadyImported;
  const toggle = (key: string) => setCollapsed((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key]));

  if (counts.problems === 0) {
    return (
      <View className='zg-review'>
        <View className='zg-review__empty'>
          <View className='zg-review__empty-title'>没有识别到任何问题</View>
          <WarningNote warnings={draft.planWarnings} />
          <Button className='zg-button zg-button--default zg-review__empty-back' onClick={() => void wizard.backToSource()}>
            返回修改
          </Button>
        </View>
      </View>
    );
  }

  return (
    <View className='zg-review'>
      {already ? (
        <View className='zg-review__notice'>
          <View className='zg-review__notice-title'>这份方案已经导入过</View>
          <View className='zg-review__notice-text'>「{already.title}」已在系统中，再次导入不会重复生成整改事项。</View>
          <View className='zg-review__notice-link' onClick={() => onOpenPlan(already.planId)}>
            查看已导入的方案
          </View>
        </View>
      ) : null}

      <View className='zg-review__block'>
        <View className='zg-review__label'>方案标题</View>
        <Textarea
          className='zg-review__title-input'
          value={draft.title}
          autoHeight
          maxlength={200}
          placeholder='如：关于县委第二巡察组反馈意见的整改落实方案'
          placeholderClass='zg-review__placeholder'
          onInput={(event) => wizard.setTitle(event.detail.value)}
        />
        {!wizard.titleEdited ? <WarningNote warnings={draft.titleWarnings} /> : null}
        {!preview.plan.title && !wizard.titleEdited ? <WarningNote warnings={[{ code: 'MISSING_TITLE', line: 1, message: '未能从正文中识别出方案标题，请填写' }]} /> : null}
        <FieldError message={problems.fields['']} />
        <PlanKindFields kind={draft.kind} source={draft.source} onChange={wizard.describePlan} />
      </View>

      <View className='zg-review__summary'>
        <View className='zg-review__figures'>
          <View className='zg-review__figure'>
            <View className='zg-review__figure-value'>{counts.aspects}</View>
            <View className='zg-review__figure-label'>个方面</View>
          </View>
          <View className='zg-review__figure'>
            <View className='zg-review__figure-value'>{counts.problems}</View>
            <View className='zg-review__figure-label'>个问题</View>
          </View>
          <View className='zg-review__figure'>
            <View className={`zg-review__figure-value ${counts.warnings > 0 ? 'zg-review__figure-value--warn' : ''}`}>{counts.warnings}</View>
            <View className='zg-review__figure-label'>处提示</View>
          </View>
        </View>
        <Picker
          mode='date'
          value={wizard.source.planDate}
          start='2015-01-01'
          end='2035-12-31'
          disabled={Boolean(wizard.busy)}
          onChange={(event) => void wizard.changePlanDate(String(event.detail.value))}
        >
          <View className='zg-review__date'>
            方案日期 {chineseDate(wizard.source.planDate)}
            <View className='zg-review__date-change'>{wizard.busy ? '正在重新计算时限…' : '更改'}</View>
          </View>
        </Picker>
      </View>

      {counts.warnings > 0 ? (
        <View className='zg-review__hint'>黄色提示标在对应字段旁，请逐项核对；轻点问题卡片即可修改。</View>
      ) : null}

      {draft.planWarnings.length > 0 ? (
        <View className='zg-review__block'>
          <View className='zg-review__label'>整体提示（{draft.planWarnings.length}）</View>
          <WarningNote warnings={draft.planWarnings} />
        </View>
      ) : null}

      {problems.general ? <View className='zg-review__error'>{problems.general}</View> : null}

      {draft.aspects.map((aspect, index) => (
        <AspectGroup
          key={aspect.key}
          aspect={aspect}
          index={index}
          collapsed={collapsed.includes(aspect.key)}
          errors={problems.fields}
          onToggle={() => toggle(aspect.key)}
          onRename={(title) => wizard.renameAspect(aspect.key, title)}
          onEdit={wizard.openEditor}
        />
      ))}

      <View className='zg-review__spacer' />
      <View className='zg-bottom-bar'>
        {already ? (
          <Button className='zg-button zg-button--primary' onClick={() => onOpenPlan(already.planId)}>
            查看已导入的方案
          </Button>
        ) : (
          <Button className='zg-button zg-button--primary' onClick={wizard.toNames}>
            下一步：确认部门和领导
          </Button>
        )}
      </View>
    </View>
  );
}
