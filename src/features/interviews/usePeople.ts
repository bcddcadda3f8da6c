import { useEffect, useState } from 'react';
import type { Role } from '../../../core/roles';
import { LEADING_ROLES } from '../../../core/interviews/access';
import { callApi, isApiError } from '@/api/client';

/** Someone who can be named on a record. */
export interface Person {
  id: string;
  name: string;
  title: string | null;
  departments: string[];
  roles: Role[];
}

/** People known from elsewhere (the linked item, the caller) when the roster itself may not be read. */
export type KnownPerson = { id: string; name: string; roles?: Role[]; title?: string | null; departments?: string[] };

export function isLeading(person: Person): boolean {
  return person.roles.some((role) => LEADING_ROLES.includes(role));
}

/** 赵磊 · 总编室主任 */
export function personLine(person: Person): string {
  const detail = person.title ?? person.departments.join('、');
  return detail ? `${person.name} · ${detail}` : person.name;
}

/**
 * Everyone who can be named on a record: the active members with their roles and departments. Only the office and
 * the secretary may read the roster; for a leader the list is what the app already knows (themselves and the
 * people of the linked item), and `limited` says so.
 */
export function usePeople(known: KnownPerson[]) {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [limited, setLimited] = useState(false);
  const knownKey = JSON.stringify(known);
  useEffect(() => {
    let current = true;
    Promise.all([callApi('roster.listMembers', {}), callApi('roster.listDepartments', {})]).then(
      ([{ members }, { departments }]) => {
        if (!current) return;
        const names = new Map(departments.map((department) => [department.id, department.name]));
        setPeople(
          members
            .filter((member) => member.active)
            .map((member) => ({
              id: member.id,
              name: member.name,
              title: member.title,
              departments: member.departmentIds.map((id) => names.get(id)).filter((name): name is string => Boolean(name)),
              roles: member.roles,
            })),
        );
        setLimited(false);
      },
      (failure: unknown) => {
        if (!current) return;
        if (!isApiError(failure) || failure.code !== 'FORBIDDEN') setPeople([]);
        const merged = new Map<string, Person>();
        for (const person of JSON.parse(knownKey) as KnownPerson[]) {
          const before = merged.get(person.id);
          merged.set(person.id, {
            id: person.id,
            name: person.name,
            title: person.title ?? before?.title ?? null,
            departments: person.departments ?? before?.departments ?? [],
            roles: [...new Set([...(before?.roles ?? []), ...(person.roles ?? [])])],
          });
        }
        setPeople([...merged.values()]);
        setLimited(true);
      },
    );
    return () => {
      current = false;
    };
  }, [knownKey]);
  return { people, limited };
}
