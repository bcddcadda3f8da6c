import { z } from 'zod';
import { inviteCodeSchema } from '../roster/invite';
import type { DepartmentRef, Member } from '../roster/model';

export const authMeInput = z.object({}).strict();
export type AuthMeOutput = { member: Member; departments: DepartmentRef[] };

export const authBindInput = z.object({ code: inviteCodeSchema }).strict();
export type AuthBindOutput = AuthMeOutput;
