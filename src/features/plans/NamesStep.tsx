import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Picker, View } from '@tarojs/components';
import type { DepartmentResolution, LeaderResolution, NameSuggestion } from '../../../core/plans/resolution';
import type { NameRow, Named } from './names';
import type { ImportWizard } from './useImportWizard';
import './NamesStep.scss';

type Props = { wizard: ImportWizard };

const MATCH_LABELS: Record<NameSuggestion['match'], string> = { exact: '名单中已有', close: '名单中有相近的', none: '名单中没有' };

type Option = { key: string; label: string; on: boolean; onTap: () => void };

function Choice({ option }: { option: Option }) {
  return (
    <View className={`zg-name__option ${option.on ? 'zg-name__option--on' : ''}`} onClick={option.onTap}>
      {option.label}
    </View>
  );
}

/** Another roster entry than the suggested ones, from a picker. */
function OtherPicker({ label, roster, selectedId, onPick }: { label: string; roster: Named[]; selectedId: string | null; onPick: (item: Named) => void }) {
  if (roster.length === 0) return null;
  const selected = roster.find((item) => item.id === selectedId);
  return (
    <Picker mode='selector' range={roster.map((item) => item.name)} onChange={(event) => {
      const item = roster[Number(event.detail.value)];
      if (item) onPick(item);
    }}>
      <View className={`zg-name__option zg-name__option--picker ${selected ? 'zg-name__option--on' : ''}`}>{selected ? selected.name : label}</View>
    </Picker>
  );
}

type ShellProps<R> = { row: NameRow<R>; flagged: boolean; outcome: string; compact: boolean; onExpand: () => void; children: ReactNode };

/** One written name. An exact match left as matched folds to one line; 更改 opens the choices. */
function RowShell<R>({ row, flagged, outcome, compact, onExpand, children }: ShellProps<R>) {
  if (compact) {
    return (
      <View className='zg-name zg-name--compact'>
        <View className='zg-name__main'>
          <View className='zg-name__written'>{row.written}</View>
          <View className='zg-name__outcome'>
            {outcome} · 用于 {row.uses} 个问题
          </View>
        </View>
        <View className='zg-name__change' onClick={onExpand}>
          更改
        </View>
      </View>
    );
  }
  return (
    <View className={`zg-name ${flagged ? 'zg-name--flagged' : ''}`}>
      <View className='zg-name__head'>
        <View className='zg-name__written'>{row.written}</View>
        <View className={`zg-name__match zg-name__match--${row.suggestion.match}`}>{MATCH_LABELS[row.suggestion.match]}</View>
      </View>
      <View className='zg-name__uses'>用于 {row.uses} 个问题</View>
      <View className='zg-name__options'>{children}</View>
      <View className={`zg-name__outcome ${row.decision ? '' : 'zg-name__outcome--todo'}`}>{outcome}</View>
    </View>
  );
}

function departmentOutcome(row: NameRow<DepartmentResolution>, roster: Named[]): string {
  const decision = row.decision;
  if (!decision) return '请选择：对应到名单中的部门、新建部门，或按原文保留';
  if (decision.kind === 'create') return `导入时新建部门「${row.written}」`;
  if (decision.kind === 'text') return '不对应部门，事项中按原文显示';
  const name = roster.find((item) => item.id === decision.departmentId)?.name ?? row.suggestion.candidates.find((item) => item.id === decision.departmentId)?.name;
  return `对应到部门「${name ?? '已选部门'}」`;
}

function leaderOutcome(row: NameRow<LeaderResolution>, roster: Named[]): string {
  const decision = row.decision;
  if (!decision) return '请选择：对应到名单中的成员，或按原文保留';
  if (decision.kind === 'text') return '不对应成员，事项中按原文显示';
  const name = roster.find((item) => item.id === decision.memberId)?.name ?? row.suggestion.candidates.find((item) => item.id === decision.memberId)?.name;
  return `对应到成员「${name ?? '已选成员'}」`;
}

type MemberRowsProps = {
  rows: NameRow<LeaderResolution>[];
  /** Keeps the opened state of a name apart from the same name in another list. */
  prefix: string;
  flaggedNames: string[];
  roster: Named[];
  choose: (written: string, decision: LeaderResolution) => void;
  isCompact: (key: string, row: NameRow<unknown>) => boolean;
  expand: (key: string) => void;
};

/** Names of people (责任领导, a measure's 责任人): a member of the roster, or the words as written. */
function MemberRows({ rows, prefix, flaggedNames, roster, choose, isCompact, expand }: MemberRowsProps) {
  return (
    <View>
      {rows.map((row) => {
        const decision = row.decision;
        const candidateIds = row.suggestion.candidates.map((item) => item.id);
        const pickedOther = decision?.kind === 'member' && !candidateIds.includes(decision.memberId) ? decision.memberId : null;
        return (
          <RowShell
            key={row.written}
            row={row}
            flagged={flaggedNames.includes(row.written)}
            outcome={leaderOutcome(row, roster)}
            compact={isCompact(`${prefix}:${row.written}`, row)}
            onExpand={() => expand(`${prefix}:${row.written}`)}
          >
            {row.suggestion.candidates.map((item) => (
              <Choice
                key={item.id}
                option={{
                  key: item.id,
                  label: row.suggestion.match === 'exact' ? item.name : `是「${item.name}」`,
                  on: decision?.kind === 'member' && decision.memberId === item.id,
                  onTap: () => choose(row.written, { kind: 'member', memberId: item.id }),
                }}
              />
            ))}
            <OtherPicker
              label='选择成员'
              roster={roster.filter((item) => !candidateIds.includes(item.id))}
              selectedId={pickedOther}
              onPick={(item) => choose(row.written, { kind: 'member', memberId: item.id })}
            />
            <Choice option={{ key: 'text', label: '按原文保留', on: decision?.kind === 'text', onTap: () => choose(row.written, { kind: 'text' }) }} />
          </RowShell>
        );
      })}
    </View>
  );
}

/** Step 3: every 责任部门, 责任领导 and measure 责任人 written in the plan, matched to the roster, then the confirmation. */
export function NamesStep({ wizard }: Props) {
  const { names, problems, counts } = wizard;
  const [opened, setOpened] = useState<string[]>([]);
  const flagged = (list: string[], name: string) => list.includes(name);
  const isCompact = (key: string, row: NameRow<unknown>) => row.suggestion.match === 'exact' && !row.chosen && !opened.includes(key);
  const expand = (key: string) => setOpened((current) => [...current, key]);
  return (
    <View className='zg-names'>
      <View className='zg-names__intro'>核对方案中写到的部门、领导和措施责任人与成员名单的对应关系。完全一致的已自动对应；相近的请确认。</View>

      <View className='zg-names__title'>责任部门（{names.departmentRows.length}）</View>
      {names.departmentRows.length === 0 ? <View className='zg-names__none'>方案中没有写责任部门</View> : null}
      {names.departmentRows.map((row) => {
        const decision = row.decision;
        const candidateIds = row.suggestion.candidates.map((item) => item.id);
        const pickedOther = decision?.kind === 'department' && !candidateIds.includes(decision.departmentId) ? decision.departmentId : null;
        const options: Option[] = [
          ...row.suggestion.candidates.map((item) => ({
            key: item.id,
            label: row.suggestion.match === 'exact' ? item.name : `是「${item.name}」`,
            on: decision?.kind === 'department' && decision.departmentId === item.id,
            onTap: () => names.chooseDepartment(row.written, { kind: 'department', departmentId: item.id }),
          })),
        ];
        return (
          <RowShell
            key={row.written}
            row={row}
            flagged={flagged(problems.unresolved.departments, row.written)}
            outcome={departmentOutcome(row, names.departments)}
            compact={isCompact(`d:${row.written}`, row)}
            onExpand={() => expand(`d:${row.written}`)}
          >
            {options.map((option) => (
              <Choice key={option.key} option={option} />
            ))}
            <OtherPicker
              label='其他部门'
              roster={names.departments.filter((item) => !candidateIds.includes(item.id))}
              selectedId={pickedOther}
              onPick={(item) => names.chooseDepartment(row.written, { kind: 'department', departmentId: item.id })}
            />
            {row.suggestion.match !== 'exact' ? (
              <Choice option={{ key: 'create', label: '新建部门', on: decision?.kind === 'create', onTap: () => names.chooseDepartment(row.written, { kind: 'create' }) }} />
            ) : null}
            <Choice option={{ key: 'text', label: '按原文保留', on: decision?.kind === 'text', onTap: () => names.chooseDepartment(row.written, { kind: 'text' }) }} />
          </RowShell>
        );
      })}

      <View className='zg-names__title'>责任领导（{names.leaderRows.length}）</View>
      {names.leaderRows.length === 0 ? <View className='zg-names__none'>方案中没有写责任领导，导入后可在事项中补充</View> : null}
      <MemberRows rows={names.leaderRows} prefix='l' flaggedNames={problems.unresolved.leaders} roster={names.memberChoices} choose={names.chooseLeader} isCompact={isCompact} expand={expand} />

      {names.ownerRows.length > 0 ? (
        <View>
          <View className='zg-names__title'>措施责任人（{names.ownerRows.length}）</View>
          <MemberRows rows={names.ownerRows} prefix='o' flaggedNames={problems.unresolved.owners} roster={names.memberChoices} choose={names.chooseOwner} isCompact={isCompact} expand={expand} />
        </View>
      ) : null}

      <View className='zg-names__spacer' />
      <View className='zg-bottom-bar'>
        {problems.general ? <View className='zg-names__error'>{problems.general}</View> : null}
        {!problems.general && names.undecided > 0 ? <View className='zg-bottom-bar__note'>还有 {names.undecided} 个名称待确认</View> : null}
        <View className='zg-names__actions'>
          <Button className='zg-button zg-button--default zg-names__back' onClick={wizard.backToReview}>
            上一步
          </Button>
          <Button className='zg-button zg-button--primary zg-names__confirm' loading={wizard.importing} disabled={wizard.importing} onClick={() => void wizard.confirm()}>
            确认导入 {counts?.problems ?? 0} 项
          </Button>
        </View>
      </View>
    </View>
  );
}
