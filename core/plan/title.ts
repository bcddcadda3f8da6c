import type { Token } from './tokens';

// The plan's own title: one of its opening lines that ends the way titles of such documents end.
const TITLE_END =
  /(?:整改落实方案|整改工作方案|整改方案|落实方案|实施方案|工作方案|整改措施|整改台账|问题清单|整改清单)(?:[（(][^）)]{1,8}[）)])?$/;
const MAX_TITLE = 80;
const OPENING_LINES = 6;
// A title Word wrapped in two ("关于县委第二巡察组反馈意见的" / "整改落实方案") is read as one.
const WRAPPED_HEAD = /^关于|(?:的|关于|对于?)$/;

const isTitleLike = (text: string) => text.length <= MAX_TITLE && !/[。；;！？!?]/.test(text);

/** The title, and `end`: its last line (a wrapped title has two). */
export function findTitle(tokens: Token[]): { text: string; line: number; end: number } | null {
  const opening: Array<{ text: string; line: number }> = [];
  for (const token of tokens.slice(0, OPENING_LINES)) {
    if (token.type !== 'text') break;
    opening.push(token);
  }
  const at = opening.findIndex(({ text }) => isTitleLike(text) && TITLE_END.test(text));
  const found = opening[at];
  if (!found) return null;
  const previous = opening[at - 1];
  const wrapped = previous !== undefined && isTitleLike(previous.text) && WRAPPED_HEAD.test(previous.text) && !found.text.startsWith('关于');
  return wrapped ? { text: previous.text + found.text, line: previous.line, end: found.line } : { ...found, end: found.line };
}
