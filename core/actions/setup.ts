import { z } from 'zod';
import type { Member } from '../roster/model';

export const setupInput = z
  .object({
    secret: z.string().min(1, '请填写初始化密钥').max(200),
    officeMemberName: z.string().trim().min(1, '请填写姓名').max(20),
    unitName: z.string().trim().min(1, '请填写单位名称').max(60),
  })
  .strict();
export type SetupOutput = { member: Member; collections: string[] };
