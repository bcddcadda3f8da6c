// A measure's own 责任人 and 时限, written after it in brackets: "建立学习档案（责任人：吴丽，完成时限：3月底前）".
// They belong to that measure, not to the problem: the label reader must not take them as the problem's labels.

const OWNER_WORD = '(?:具体责任人|责任人|牵头人|落实人|负责人)';
const DEADLINE_WORD = '(?:完成时限|整改时限|完成时间|完成期限|时限)';
// Bounded and free of the separators around it, so each note is matched in one pass.
const VALUE = '[^（）()，,；;。：:]{1,30}';
const NOTE_SOURCE = `[（(]\\s*${OWNER_WORD}\\s*[：:]\\s*(${VALUE})(?:[，,；;]\\s*${DEADLINE_WORD}\\s*[：:]\\s*(${VALUE}))?\\s*[）)]`;

/** Replaces each measure note by as many placeholder characters: positions in the text stay the same. */
export function hideMeasureNotes(text: string): string {
  return text.includes('人') ? text.replace(new RegExp(NOTE_SOURCE, 'g'), (note) => '\u0001'.repeat(note.length)) : text;
}

export interface MeasureNote {
  /** The measure without its note. */
  text: string;
  owner: string | null;
  deadline: string | null;
}

/** The last note in a measure's text, taken out of it. */
export function takeMeasureNote(measure: string): MeasureNote {
  const matches = [...measure.matchAll(new RegExp(NOTE_SOURCE, 'g'))];
  const note = matches.at(-1);
  if (!note || note.index === undefined) return { text: measure, owner: null, deadline: null };
  const text = (measure.slice(0, note.index) + measure.slice(note.index + note[0].length)).trim();
  return { text, owner: note[1].trim(), deadline: note[2]?.trim() ?? null };
}
