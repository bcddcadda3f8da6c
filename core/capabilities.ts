import type { Role } from './roles';

/**
 * What each role is granted, named once. Every role check in core, server and app asks for one of these, so a new
 * role (say a 纪检监察员 who reads everything) is added here and nowhere else.
 */
export const CAPABILITIES = {
  /** Owns the items of their departments and may be named an item's 责任人. */
  ownsDepartmentItems: ['cadre'],
  /** Sees every item, not only those they own or lead (the 组长 and the office). */
  seesAllItems: ['office', 'secretary'],
  /** Sees every 约谈 record and the unit's 约谈 overview, not only those naming them. */
  seesAllInterviews: ['office', 'secretary'],
  /** Reads the figures on 统计. */
  readsFigures: ['leader', 'office', 'secretary'],
  /** May be named 责任领导 of an item, 约谈人 or approver of a 约谈; reviews 销号 and confirms outcomes. */
  leadsItems: ['leader', 'secretary'],
  /** Keeps members, departments and invite codes. */
  keepsRoster: ['office', 'secretary'],
  /** Imports a plan's text or .docx. */
  importsPlans: ['office', 'secretary'],
  /** Keeps the plans: their kind and source line, which one is current, which are done (archived). */
  keepsPlans: ['office'],
  /** Names an item's 责任领导, 责任部门 and 责任人. */
  assignsItems: ['office', 'secretary'],
  /** Leaves a comment on an item's progress (their own as 责任领导, any as one who sees all). */
  commentsOnItems: ['leader', 'office', 'secretary'],
  /** Proposes 约谈 and names their people from the directory. */
  proposesInterviews: ['leader', 'office', 'secretary'],
  /** The organising department's desk: edits any proposal, adds its opinion, files and revises records. */
  keepsInterviewFiles: ['office'],
  /** Approves any 约谈, not only one naming them as approver. */
  approvesAnyInterview: ['secretary'],
  /** Signs items off (审定销号) and decides extensions. */
  signsOffItems: ['secretary'],
  /** Confirms moving someone to a new WeChat and reads who changed whose powers. */
  guardsIdentity: ['secretary'],
  /** Runs reminders now and reads their log. */
  runsReminders: ['office'],
  /** Exports the 月报, the 公示 and the 整改情况报告. */
  writesReports: ['office', 'secretary'],
  /** Decides what the unit publishes: items kept internal, the report's own paragraphs. */
  editsPublications: ['office'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(roles: readonly Role[], capability: Capability): boolean {
  const granted: readonly Role[] = CAPABILITIES[capability];
  return roles.some((role) => granted.includes(role));
}
