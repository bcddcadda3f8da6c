// Warning codes are stable (the preview keys its hints on them); messages are for people and may change.
export const WARNING_CODES = [
  'MASKED_VALUE',
  'MASKED_TEXT',
  'MASKED_NUMBER',
  'DUPLICATE_NUMBER',
  'MISSING_TITLE',
  'MISSING_LEADER',
  'MISSING_DEPARTMENTS',
  'MISSING_DEADLINE',
  'UNKNOWN_MONTHS',
  'UNKNOWN_DATE',
  'INVALID_DATE',
  'DATE_NEEDS_PLAN_DATE',
  'DEADLINE_UNRECOGNISED',
  'NO_MEASURES',
  'NO_ASPECT',
  'EMPTY_ASPECT',
  'STRAY_TEXT',
  'TABLE_ROW_CELLS',
  'NO_PROBLEMS',
  'INVALID_PLAN_DATE',
  'PARSE_FAILED',
  'TEXT_CLEANED',
  'APPENDIX_LINKED',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];


const MESSAGES: Record<WarningCode, (detail: string) => string> = {
  MASKED_VALUE: (d) => `${d}被隐去（含 *），已留空，请补填`,
  MASKED_TEXT: (d) => `${d}中有被隐去的内容（*），请核对`,
  MASKED_NUMBER: (d) => `问题编号被隐去（${d}），已留空`,
  DUPLICATE_NUMBER: (d) => `问题编号「${d}」在同一方面重复出现，已作为两个问题分别导入，请核对`,
  MISSING_TITLE: () => '问题没有标题，请补填',
  MISSING_LEADER: () => '未填写责任领导，请补填',
  MISSING_DEPARTMENTS: () => '未填写责任部门，请补填',
  MISSING_DEADLINE: () => '未填写整改时限，请补填',
  UNKNOWN_MONTHS: (d) => `整改时限的月数被隐去（${d}），请补填`,
  UNKNOWN_DATE: (d) => `整改时限的日期被隐去或不完整（${d}），请补填`,
  INVALID_DATE: (d) => `整改时限中的日期不存在（${d}），请核对`,
  DATE_NEEDS_PLAN_DATE: (d) => `整改时限「${d}」没写年份，需要方案日期才能算出截止日`,
  DEADLINE_UNRECOGNISED: (d) => `未能从「${d}」识别出整改时限，请核对`,
  NO_MEASURES: () => '该问题没有识别到整改措施，请补填',
  NO_ASPECT: (d) => `问题之前没有「方面」标题，已归入「${d}」`,
  EMPTY_ASPECT: (d) => `「${d}」下没有识别到问题`,
  STRAY_TEXT: (d) => `这段文字没有归入任何字段，已忽略：「${d}」`,
  TABLE_ROW_CELLS: (d) => `表格这一行的格数与表头不一致（${d}），请核对各列是否错位`,
  NO_PROBLEMS: () => '没有识别到任何问题：请确认这是整改方案，并按「问题1：」「整改措施：」或表格的格式整理后再导入',
  INVALID_PLAN_DATE: (d) => `方案日期「${d}」不是有效的日期（YYYY-MM-DD），已忽略`,
  PARSE_FAILED: () => '解析时出现意外错误，结果可能不完整，请检查原文格式',
  TEXT_CLEANED: (d) => `原文像是从 PDF 或网页复制的，已${d}，请核对`,
  APPENDIX_LINKED: (d) => `附件表格重复列出了正文中的问题（${d}），已与正文对应，未重复导入`,
};

/**
 * Builds a warning; `detail` is quoted into the message, shortened so that one warning stays one line. Its shape is
 * schema.ts's PlanWarning, stated here because the schema reads WARNING_CODES from this file (no import cycle).
 */
export function warning(code: WarningCode, line: number, detail = ''): { code: WarningCode; message: string; line: number } {
  const short = detail.length > 40 ? `${detail.slice(0, 40)}…` : detail;
  return { code, message: MESSAGES[code](short), line: Math.max(1, line) };
}
