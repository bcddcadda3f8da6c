export interface PlanDocument {
  _id: string;
  title: string;
  planDate: string;
  aspectTitles: string[];
  taskCount: number;
  importedAt: Date;
  importedById: string;
  importedByName: string;
}
