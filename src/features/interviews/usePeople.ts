import type { DirectoryPerson } from '../../../core/actions/roster';
import type { Role } from '../../../core/roles';
import { can } from '../../../core/capabilities';
import { useAction } from '@/api/hooks';

/** Someone who can be named on a record. */
export interface Person {
  id: string;
  name: string;
  departments: string[];
  roles: Role[];
}

export function isLeading(person: Person): boolean {
  return can(person.roles, 'leadsItems');
}

/** 赵磊 · 总编室 */
export function personLine(person: Person): string {
  const detail = person.departments.join('、');
  return detail ? `${person.name} · ${detail}` : person.name;
}

function toPerson(entry: DirectoryPerson): Person {
  return { id: entry.id, name: entry.name, departments: entry.departments.map((department) => department.name), roles: entry.roles };
}

/** Everyone who can be named on a record, from the member directory (leaders, the office and the secretary read it). */
export function usePeople() {
  const directory = useAction('roster.directory', {});
  return { people: directory.data ? directory.data.people.map(toPerson) : null, error: directory.error };
}
