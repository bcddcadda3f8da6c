// Field labels (责任领导：…) and the synonyms units use for them.

import { group } from './checked';
import { hideMeasureNotes } from './measure-notes';

export type FieldName = 'manifestations' | 'measures' | 'target' | 'leader' | 'departments' | 'deadline';
/** `ignored` labels (责任人, 备注 …) end the field before them; their text is not part of the plan's shape. */
export type LabelField = FieldName | 'ignored';

const SYNONYMS: Record<LabelField, string[]> = {
  manifestations: ['具体表现在', '具体表现为', '具体表现', '主要表现在', '主要表现为', '主要表现', '问题表现', '表现形式'],
  measures: [
    '整改措施', '具体整改措施', '整改落实措施', '整改举措', '具体措施', '主要措施', '工作措施', '整改措施及时限', '整改措施及完成时限',
    '整改目标及措施',
  ],
  target: ['成效目标', '整改目标', '预期目标', '目标成效', '整改成效', '预期成效'],
  leader: [
    '责任领导', '牵头领导', '分管领导', '包抓领导', '包联领导', '联系领导', '挂点领导', '挂钩领导', '主管领导', '责任领导人',
    '整改责任领导', '分管院领导', '牵头院领导', '责任院领导', '分管校领导', '牵头校领导', '责任校领导', '分管局领导', '牵头局领导',
  ],
  departments: [
    '责任部门', '责任单位', '责任科室', '责任股室', '责任处室', '责任站所', '责任站办', '牵头部门', '牵头单位', '牵头科室',
    '牵头处室', '牵头股室', '主责部门', '主责单位', '主办部门', '主办单位', '承办部门', '承办单位', '整改责任单位',
    '整改责任部门', '配合部门', '配合单位', '配合科室', '协办单位', '协同部门', '协同单位', '协作部门', '参与部门', '责任主体',
  ],
  deadline: [
    '整改时限', '完成时限', '时限要求', '完成时间', '完成期限', '整改期限', '办结时限', '办结时间', '整改时间', '时间要求',
    '时间节点', '完成时间节点', '整改完成时限', '时限',
  ],
  // A cause analysis is the unit's own reading, not a field of the item.
  ignored: ['具体责任人', '责任人', '经办人', '督办领导', '备注', '整改情况', '完成情况', '整改进展', '进展情况', '问题原因', '原因分析', '产生原因', '问题根源'],
};

const FIELD_OF = new Map<string, LabelField>();
for (const [field, words] of Object.entries(SYNONYMS) as Array<[LabelField, string[]]>) {
  for (const word of words) FIELD_OF.set(word, field);
}
// Longest first, so 责任领导人 wins over 责任领导 and 具体责任人 over 责任人.
const ALTERNATION = [...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|');

// At the start of a line: a colon, a space, or nothing after the label ("具体表现在：", "责任领导 张三", "整改措施");
// in 【】 nothing else is needed ("【整改措施】一是…").
const LEADING = new RegExp(`^(?:[【[](${ALTERNATION})[】\\]]|(${ALTERNATION})(?=\\s*[：:]|\\s|$))\\s*[：:]?\\s*(.*)$`);
// Inside a line: in 【】 anywhere; otherwise only with a colon, after punctuation, a space or an opening bracket:
// "…不细。具体表现在：…", "张三；责任单位：办公室", "…建立台账。（责任领导：张三，完成时限：6月底前）".
const EMBEDDED = new RegExp(`[【[](${ALTERNATION})[】\\]]\\s*[：:]?|(?<=[。；;，,！？!?）)（(\\s])(${ALTERNATION})\\s*[：:]`, 'g');

// What any embedded label needs around it: 【 or [, or a separator, a label's length of text (and a space), a colon.
// Lines without it (most label lines: "责任领导：张三") skip the costlier search.
const LONGEST_LABEL = Math.max(...[...FIELD_OF.keys()].map((word) => word.length));
const EMBEDDED_MARK = new RegExp(`[【[]|[。；;，,！？!?）)（(\\s][^：:]{1,${LONGEST_LABEL + 1}}[：:]`);

export interface LabelMatch {
  field: LabelField;
  value: string;
}

// What a leading label can start with: most lines start otherwise and need no pattern tried.
const LABEL_FIRST = new Set(['【', '[', ...[...FIELD_OF.keys()].map((word) => word.charAt(0))]);

/** The field a label names: its word is in the first group (in 【】) or the second. */
function fieldOf(match: RegExpMatchArray): LabelField {
  const word = match[1] ?? group(match, 2);
  const field = FIELD_OF.get(word);
  if (!field) throw new Error(`label "${word}" has no field`);
  return field;
}

export function readLabel(text: string): LabelMatch | null {
  if (!LABEL_FIRST.has(text.charAt(0))) return null;
  const match = LEADING.exec(text);
  if (!match) return null;
  return { field: fieldOf(match), value: group(match, 3).trim() };
}

export interface LabelledPart {
  field: LabelField;
  value: string;
}

/** Cuts labels out of the middle of a line: returns the head before the first one and each labelled part after it. */
export function splitEmbeddedLabels(text: string): { head: string; parts: LabelledPart[] } {
  // An embedded label has a colon or 【】 after it: most lines have neither, and are done here.
  if (!EMBEDDED_MARK.test(text)) return { head: text, parts: [] };
  // A measure's own note (（责任人：张三）) is part of that measure: its label words are not the problem's.
  const matches = [...hideMeasureNotes(text).matchAll(EMBEDDED)];
  const first = matches[0];
  if (!first) return { head: text, parts: [] };
  // Each part runs from the end of its label to the start of the next one, or the end of the line.
  const parts = matches.map((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    return { field: fieldOf(match), value: text.slice(start, end).trim() };
  });
  return { head: text.slice(0, first.index).trim(), parts };
}
