import type { Outbox, OutboxMessage } from './outbox';

/** The answer of the WeChat open API: errcode 0 is success. */
export interface WxResult {
  errcode: number;
  errmsg: string;
}

type Check = (value: string) => boolean;

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const length = (value: string): number => [...value].length;
const DATE = '\\d{4}(?:年\\d{1,2}月\\d{1,2}日|[-/]\\d{1,2}[-/]\\d{1,2})';
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const DATE_TIME = `${DATE}(?:\\s*${CLOCK})?`;
const TIME = `(?:${DATE}\\s*)?${CLOCK}`;
const range = (single: string): RegExp => new RegExp(`^${single}(?:\\s*~\\s*${single})?$`);

/**
 * Value rules of subscription message data, by the key's type prefix (thing1 → thing), from the
 * subscribeMessage.send documentation. A key of an unknown type is not checked.
 */
const RULES: Record<string, Check> = {
  thing: (v) => length(v) <= 20,
  number: (v) => /^[-+]?\d+(\.\d+)?$/.test(v) && v.replace(/\D/g, '').length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => length(v) <= 5,
  character_string: (v) => /^[\x20-\x7e]{1,32}$/.test(v),
  time: (v) => range(TIME).test(v),
  date: (v) => range(DATE_TIME).test(v),
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => length(v) <= 8 && new RegExp(`^[${HAN}A-Za-z0-9][A-Za-z0-9]*[${HAN}A-Za-z0-9]?$`).test(v),
  name: (v) => new RegExp(`^[${HAN}]{1,10}$`).test(v) || (!new RegExp(`[${HAN}]`).test(v) && length(v) <= 20),
  phrase: (v) => new RegExp(`^[${HAN}]{1,5}$`).test(v),
};

const typeOf = (key: string): string => key.replace(/\d+$/, '');

/** The send parameters as the SDK puts them on the wire (snake_case keys). */
export interface SendParams {
  touser?: unknown;
  template_id?: unknown;
  page?: unknown;
  data?: unknown;
  miniprogram_state?: unknown;
  lang?: unknown;
}

type Checked = { error: WxResult } | { data: Record<string, { value: string }> };

const invalidValue = (key: string, reason: string): Checked => ({ error: { errcode: 47003, errmsg: `argument invalid! data.${key}.value ${reason}` } });

function checkData(data: unknown): Checked {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { error: { errcode: 47003, errmsg: 'argument invalid! data is empty' } };
  const checked: Record<string, { value: string }> = {};
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    const value = (item as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' && typeof value !== 'number') return invalidValue(key, 'is missing');
    const text = String(value);
    if (text === '') return invalidValue(key, 'is empty');
    const type = typeOf(key);
    const rule = RULES[type];
    if (rule && !rule(text)) return invalidValue(key, `invalid: ${JSON.stringify(text)} breaks the ${type} rule`);
    checked[key] = { value: text };
  }
  return { data: checked };
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Validates like the real service, then lands the message in the outbox. */
export function sendSubscribeMessage(outbox: Outbox, params: SendParams): WxResult & { message?: OutboxMessage } {
  if (typeof params.touser !== 'string' || params.touser === '') return { errcode: 40003, errmsg: 'invalid openid' };
  if (typeof params.template_id !== 'string' || params.template_id === '') return { errcode: 40037, errmsg: 'invalid template_id' };
  const checked = checkData(params.data);
  if ('error' in checked) return checked.error;
  const message = outbox.add({
    touser: params.touser,
    templateId: params.template_id,
    page: optionalString(params.page),
    data: checked.data,
    miniprogramState: optionalString(params.miniprogram_state),
    lang: optionalString(params.lang),
  });
  return { errcode: 0, errmsg: 'ok', message };
}
