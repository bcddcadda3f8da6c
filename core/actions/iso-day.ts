import { z } from 'zod';
import { isValidIsoDay } from '../time';

/** A calendar day as the actions take it. Its own module, so an item form's schemas do not pull in the plan parser. */
export const isoDaySchema = z.string().refine(isValidIsoDay, '日期格式应为 YYYY-MM-DD');
