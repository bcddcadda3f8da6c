import { z } from 'zod';
import { inviteCodeSchema } from '../roster/invite';
import type { Department, Member } from '../roster/model';

export const authMeInput = z.object({}).strict();
export type AuthMeOutput = { member: Member; departments: Department[] };

export const authBindInput = z.object({ code: inviteCodeSchema }).strict();
export type AuthBindOutput = AuthMeOutput;
