// Paths of the roster subpackage's pages, for navigation between them.
export const MEMBER_EDIT_PAGE = '/packages/roster/member-edit/index';
export const DEPARTMENTS_PAGE = '/packages/roster/departments/index';
