import { z } from 'zod';
import type { Member } from '../roster/model';
import { TEXT_LIMITS, nameText } from '../text';

export const setupInput = z
  .object({
    secret: z.string().min(1, '请填写初始化密钥').max(200),
    officeMemberName: nameText('姓名', TEXT_LIMITS.personName),
    unitName: nameText('单位名称', TEXT_LIMITS.unitName),
  })
  .strict();
export type SetupOutput = { member: Member; collections: string[] };
