import { useState } from 'react';
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { ProblemField } from '../../../core/plan';
import { DeadlineChips } from './DeadlineChips';
import { FieldError, WarningNote } from './WarningNote';
import { warningsAt } from './planDraft';
import type { DraftProblem } from './planDraft';
import './ProblemCard.scss';

type Props = {
  problem: DraftProblem;
  /** A required field left empty or refused by the import, shown in red at the top. */
  error?: string | null;
  onEdit: () => void;
};

type FieldProps = { label: string; problem: DraftProblem; field: ProblemField; children: ReactNode; warnings?: boolean };

function Field({ label, problem, field, children, warnings = true }: FieldProps) {
  return (
    <View className='zg-problem__field'>
      <View className='zg-problem__label'>{label}</View>
      <View className='zg-problem__value'>{children}</View>
      {warnings ? <WarningNote warnings={warningsAt(problem, field)} /> : null}
    </View>
  );
}

const empty = (text: string) => <View className='zg-problem__empty'>{text}</View>;

/** Under an item: what the plan wrote about it alone (a measure's 责任人 and 时限). */
type ItemNotes = Array<string | null>;

function NumberedList({ items, none, notes = [] }: { items: string[]; none: string; notes?: ItemNotes }) {
  if (items.length === 0) return empty(none);
  const noteOf = (i: number) => (notes[i] ? <View className='zg-problem__item-note'>{notes[i]}</View> : null);
  if (items.length === 1) {
    return (
      <View>
        <View className='zg-problem__para'>{items[0]}</View>
        {noteOf(0)}
      </View>
    );
  }
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} className='zg-problem__item'>
          <View className='zg-problem__item-no'>{i + 1}.</View>
          <View className='zg-problem__item-text'>
            {item}
            {noteOf(i)}
          </View>
        </View>
      ))}
    </View>
  );
}

/** 责任人：赵强 · 时限：2025年3月底前, for each measure that names either. */
function measureNotes(problem: DraftProblem): ItemNotes {
  return problem.measures.map((_, i) => {
    const detail = problem.measureDetails?.[i];
    const parts = [detail?.owner ? `责任人：${detail.owner}` : '', detail?.deadline?.text ? `时限：${detail.deadline.text}` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : null;
  });
}

// Long sentences are folded to a few lines: the office checks how the plan was cut up, then reads on demand.
const LONG_TEXT = 60;

/** One problem of the preview: every field as read, each with the warnings about it; tap to correct. */
export function ProblemCard({ problem, error, onEdit }: Props) {
  const [expanded, setExpanded] = useState(false);
  const long = [...problem.manifestations, ...problem.measures, problem.target ?? ''].some((text) => text.length > LONG_TEXT);
  const numberWarnings = warningsAt(problem, 'number');
  const titleWarnings = warningsAt(problem, 'title');
  const wholeWarnings = warningsAt(problem, null);
  return (
    <View className={`zg-problem ${error ? 'zg-problem--error' : ''} ${long && !expanded ? 'zg-problem--folded' : ''}`} id={`problem-${problem.key}`}>
      <View className='zg-problem__head' hoverClass='zg-problem__head--active' onClick={onEdit}>
        <View className='zg-problem__heading'>
          <View className={`zg-problem__number ${problem.number ? '' : 'zg-problem__number--none'}`}>
            {problem.number ? `问题${problem.number}` : '无编号'}
          </View>
          <View className='zg-problem__title'>{problem.title || <View className='zg-problem__empty'>（未填写标题）</View>}</View>
        </View>
        <View className='zg-problem__edit'>修改</View>
      </View>
      <FieldError message={error} />
      <WarningNote warnings={[...numberWarnings, ...titleWarnings, ...wholeWarnings]} />

      {problem.manifestations.length > 0 || warningsAt(problem, 'manifestations').length > 0 ? (
        <Field label='具体表现' problem={problem} field='manifestations'>
          <NumberedList items={problem.manifestations} none='未识别到具体表现' />
        </Field>
      ) : null}
      <Field label={`整改措施${problem.measures.length > 1 ? `（${problem.measures.length} 条）` : ''}`} problem={problem} field='measures'>
        <NumberedList items={problem.measures} none='未识别到整改措施' notes={measureNotes(problem)} />
      </Field>
      {problem.target || warningsAt(problem, 'target').length > 0 ? (
        <Field label='成效目标' problem={problem} field='target'>
          {problem.target ? <View className='zg-problem__para'>{problem.target}</View> : empty('未填写')}
        </Field>
      ) : null}
      <View className='zg-problem__pair'>
        <Field label='责任领导' problem={problem} field='leader' warnings={false}>
          {problem.leader ?? empty('未填写')}
          {problem.leaderNote ? <View className='zg-problem__item-note'>{problem.leaderNote}</View> : null}
        </Field>
        <Field label='责任部门' problem={problem} field='departments' warnings={false}>
          {problem.departments.length > 0 ? (
            <View className='zg-problem__chips'>
              {problem.departments.map((name) => (
                <View key={name} className='zg-problem__chip'>
                  {name}
                </View>
              ))}
            </View>
          ) : (
            empty('未填写')
          )}
        </Field>
      </View>
      {/* Side by side the columns are too narrow for a warning: they go under both, in full width. */}
      <WarningNote warnings={[...warningsAt(problem, 'leader'), ...warningsAt(problem, 'departments')]} />
      <Field label='整改时限' problem={problem} field='deadline'>
        <DeadlineChips deadline={problem.deadline} showText />
      </Field>
      {long ? (
        <View className='zg-problem__more' onClick={() => setExpanded(!expanded)}>
          {expanded ? '收起' : '展开全文'}
        </View>
      ) : null}
    </View>
  );
}
