import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Input, ScrollView, Textarea, View } from '@tarojs/components';
import type { ProblemField } from '../../../core/plan';
import { DeadlineEditor } from './DeadlineEditor';
import { ListEditor } from './ListEditor';
import { WarningNote } from './WarningNote';
import { warningsAt } from './planDraft';
import type { DraftProblem, ProblemChange } from './planDraft';
import './ProblemEditSheet.scss';

type Props = {
  problem: DraftProblem;
  planDate: string;
  /** Roster names offered with one tap. */
  leaderNames: string[];
  departmentNames: string[];
  onChange: (change: ProblemChange) => void;
  onRemove: () => void;
  onClose: () => void;
};

function Block({ label, problem, field, children }: { label: string; problem: DraftProblem; field: ProblemField; children: ReactNode }) {
  return (
    <View className='zg-problem-sheet__block'>
      <View className='zg-problem-sheet__label'>{label}</View>
      <WarningNote warnings={warningsAt(problem, field)} />
      <View className='zg-problem-sheet__control'>{children}</View>
    </View>
  );
}

function QuickChips({ names, onPick }: { names: string[]; onPick: (name: string) => void }) {
  if (names.length === 0) return null;
  return (
    <View className='zg-problem-sheet__quick'>
      {names.map((name) => (
        <View key={name} className='zg-problem-sheet__quick-chip' onClick={() => onPick(name)}>
          {name}
        </View>
      ))}
    </View>
  );
}

/** Every field of one problem, to correct in place; changes apply as they are made. */
export function ProblemEditSheet({ problem, planDate, leaderNames, departmentNames, onChange, onRemove, onClose }: Props) {
  const [newDepartment, setNewDepartment] = useState('');
  const addDepartment = (name: string) => {
    const trimmed = name.trim();
    if (trimmed !== '' && !problem.departments.includes(trimmed)) onChange({ departments: [...problem.departments, trimmed] });
    setNewDepartment('');
  };
  return (
    <View className='zg-problem-sheet'>
      <View className='zg-problem-sheet__mask' catchMove onClick={onClose} />
      <View className='zg-problem-sheet__panel'>
        <View className='zg-problem-sheet__bar'>
          <View className='zg-problem-sheet__bar-title'>修改问题</View>
          <View className='zg-problem-sheet__done' onClick={onClose}>
            完成
          </View>
        </View>
        <ScrollView className='zg-problem-sheet__body' scrollY>
          <Block label='问题标题' problem={problem} field='title'>
            <Textarea className='zg-problem-sheet__textarea' value={problem.title} autoHeight fixed maxlength={1000} placeholder='问题的标题' onInput={(event) => onChange({ title: event.detail.value })} />
          </Block>
          <View className='zg-problem-sheet__pair'>
            <Block label='编号' problem={problem} field='number'>
              <Input className='zg-problem-sheet__input' value={problem.number ?? ''} maxlength={10} placeholder='如 1' onInput={(event) => onChange({ number: event.detail.value })} />
            </Block>
            <Block label='责任领导' problem={problem} field='leader'>
              <Input
                className='zg-problem-sheet__input'
                value={problem.leader ?? ''}
                maxlength={20}
                placeholder='填写姓名'
                onInput={(event) => onChange({ leader: event.detail.value })}
              />
            </Block>
          </View>
          <QuickChips names={leaderNames.filter((name) => name !== problem.leader)} onPick={(name) => onChange({ leader: name })} />

          <Block label='责任部门' problem={problem} field='departments'>
            <View className='zg-problem-sheet__chips'>
              {problem.departments.map((name) => (
                <View key={name} className='zg-problem-sheet__chip'>
                  {name}
                  <View className='zg-problem-sheet__chip-remove' onClick={() => onChange({ departments: problem.departments.filter((other) => other !== name) })}>
                    ×
                  </View>
                </View>
              ))}
            </View>
            <View className='zg-problem-sheet__add-row'>
              <Input
                className='zg-problem-sheet__input zg-problem-sheet__input--grow'
                value={newDepartment}
                maxlength={30}
                placeholder='添加部门，如 办公室'
                onInput={(event) => setNewDepartment(event.detail.value)}
                onConfirm={() => addDepartment(newDepartment)}
              />
              <View className='zg-problem-sheet__add' onClick={() => addDepartment(newDepartment)}>
                添加
              </View>
            </View>
            <QuickChips names={departmentNames.filter((name) => !problem.departments.includes(name))} onPick={addDepartment} />
          </Block>

          <Block label='整改时限' problem={problem} field='deadline'>
            <DeadlineEditor deadline={problem.deadline} planDate={planDate} onChange={(deadline) => onChange({ deadline })} />
          </Block>

          <Block label={`整改措施（${problem.measures.length} 条）`} problem={problem} field='measures'>
            <ListEditor items={problem.measures} noun='措施' onChange={(measures) => onChange({ measures })} />
          </Block>

          <Block label='具体表现' problem={problem} field='manifestations'>
            <ListEditor items={problem.manifestations} noun='表现' onChange={(manifestations) => onChange({ manifestations })} />
          </Block>

          <Block label='成效目标' problem={problem} field='target'>
            <Textarea
              className='zg-problem-sheet__textarea'
              value={problem.target ?? ''}
              autoHeight
              fixed
              maxlength={2000}
              placeholder='选填'
              onInput={(event) => onChange({ target: event.detail.value })}
            />
          </Block>

          <View className='zg-problem-sheet__danger'>
            <Button className='zg-button zg-problem-sheet__remove' onClick={onRemove}>
              删除这个问题
            </Button>
          </View>
        </ScrollView>
      </View>
    </View>
  );
}
