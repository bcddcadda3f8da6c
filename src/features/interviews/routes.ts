// Pages of the 约谈 subpackage. The tab page and the item page link to them, so the paths live here.
const ROOT = '/packages/interviews';

export const INTERVIEW_PAGES = {
  detail: `${ROOT}/detail/index`,
  propose: `${ROOT}/propose/index`,
  approve: `${ROOT}/approve/index`,
  record: `${ROOT}/record/index`,
  sign: `${ROOT}/sign/index`,
  opinion: `${ROOT}/opinion/index`,
  feedback: `${ROOT}/feedback/index`,
  revise: `${ROOT}/revise/index`,
} as const;

export type InterviewPage = keyof typeof INTERVIEW_PAGES;

export function interviewPageUrl(page: InterviewPage, params: Record<string, string | number | undefined> = {}): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${INTERVIEW_PAGES[page]}?${query}` : INTERVIEW_PAGES[page];
}
