/** Every collection the app uses; `setup` creates them, security rules make each 仅管理端可读写. */
export const COLLECTIONS = {
  members: 'members',
  departments: 'departments',
  invites: 'invites',
  bindings: 'bindings',
  bindAttempts: 'bind_attempts',
  meta: 'meta',
  plans: 'plans',
  tasks: 'tasks',
  audit: 'audit',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export const ALL_COLLECTIONS: CollectionName[] = Object.values(COLLECTIONS);
