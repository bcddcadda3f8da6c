import { z } from 'zod';

/** zod's own messages in Chinese, for fields whose schema gives none; called once by each entry point. */
export function useChineseValidationMessages(): void {
  z.config(z.locales.zhCN());
}
