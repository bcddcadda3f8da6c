export interface PlanDocument {
  _id: string;
  title: string;
  planDate: string;
  aspectTitles: string[];
  taskCount: number;
  importedAt: Date;
  importedById: string;
  importedByName: string;
  /** Absent on plans imported before kinds: read through planKindOf (其他). */
  kind?: string;
  /** 反馈来源; absent reads as empty. */
  source?: string;
  archived?: boolean;
  archivedAt?: Date | null;
  /** Set on the one plan the office made current; absent everywhere: the newest plan not archived is current. */
  current?: boolean;
}
