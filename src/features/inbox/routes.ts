// Pages of the inbox subpackage; 我的 and the reminder prompts link to them, so the paths live here.
export const INBOX_PAGE = '/packages/inbox/index/index';
export const REMINDER_LOG_PAGE = '/packages/inbox/log/index';
