// A measure's own 责任人, 责任单位 and 时限, written after it in brackets: "建立学习档案（责任人：吴丽，完成时限：3月底前）",
// "制定学习计划（牵头单位：党政办）". They belong to that measure, not to the problem: the label reader must not take
// them as the problem's labels.

const OWNER_WORD = '(?:具体责任人|责任人|牵头人|落实人|负责人)';
const UNIT_WORD = '(?:责任单位|责任部门|牵头单位|牵头部门|责任科室|责任股室|配合单位|配合部门)';
const DEADLINE_WORD = '(?:完成时限|整改时限|完成时间|完成期限|时限)';
// Bounded and free of the separators around it, so each note is matched in one pass.
const VALUE = '[^（）()，,；;。：:]{1,30}';
const PAIR = `(${OWNER_WORD}|${UNIT_WORD}|${DEADLINE_WORD})\\s*[：:]\\s*(${VALUE})`;
const NOTE_SOURCE = `[（(]\\s*${PAIR}(?:\\s*[，,；;]\\s*${PAIR}){0,2}\\s*[）)]`;
const NOTE = new RegExp(NOTE_SOURCE, 'g');
const OWNER = new RegExp(`^${OWNER_WORD}$`);
const UNIT = new RegExp(`^${UNIT_WORD}$`);
// Every note names one of these words: lines without any need no search.
const NOTE_HINT = /人|单位|部门|科室|股室|时限|时间|期限/;

/** Replaces each measure note by as many placeholder characters: positions in the text stay the same. */
export function hideMeasureNotes(text: string): string {
  return NOTE_HINT.test(text) ? text.replace(NOTE, (note) => '\u0001'.repeat(note.length)) : text;
}

export interface MeasureNote {
  /** The measure without its note. */
  text: string;
  owner: string | null;
  /** A unit named for the measure (牵头单位：党政办). */
  unit: string | null;
  deadline: string | null;
}

/** The last note in a measure's text, taken out of it. */
export function takeMeasureNote(measure: string): MeasureNote {
  let note: RegExpExecArray | null = null;
  if (NOTE_HINT.test(measure)) {
    NOTE.lastIndex = 0;
    for (let match = NOTE.exec(measure); match; match = NOTE.exec(measure)) note = match;
  }
  if (!note || note.index === undefined) return { text: measure, owner: null, unit: null, deadline: null };
  const text = (measure.slice(0, note.index) + measure.slice(note.index + note[0].length)).trim();
  const found: MeasureNote = { text, owner: null, unit: null, deadline: null };
  for (let i = 1; i + 1 < note.length; i += 2) {
    const [word, value] = [note[i], note[i + 1]?.trim()];
    if (word === undefined || !value) continue;
    if (OWNER.test(word)) found.owner ??= value;
    else if (UNIT.test(word)) found.unit ??= value;
    else found.deadline ??= value;
  }
  return found;
}
