import { randomBytes } from 'node:crypto';
import { invalidParam } from '../errors';

export interface FaultMatch {
  /** e.g. 'database.modifyDocument', 'wx.openApi', 'storage.putObject' (the upload PUT), 'storage.getObject' (a temp URL GET). */
  action?: string;
  /** Every action of one service: 'database', 'storage', 'wx' (the part of the action before its dot). */
  service?: string;
  collection?: string;
  /** Open API name, e.g. 'subscribeMessage.send'. */
  apiName?: string;
  /** Open API recipient. */
  touser?: string;
}

export type FaultReply =
  | { code: string; message?: string }
  /** Open API calls only: the WeChat error the service answers. */
  | { errcode: number; errmsg?: string }
  | { latencyMs: number }
  /** Destroys the socket without a reply. */
  | { drop: true };

export interface FaultRule {
  match: FaultMatch;
  /** Let the first N matching requests pass. */
  skip?: number;
  /** Then apply to the next M (default: every one after). */
  times?: number;
  reply: FaultReply;
}

export interface ActiveFault extends FaultRule {
  id: string;
  /** Matching requests seen so far. */
  seen: number;
  /** Requests the fault was applied to. */
  applied: number;
}

/** What is known of a request when faults are decided. */
export interface RequestFacts {
  action: string;
  collection?: string;
  apiName?: string;
  touser?: string;
}

export type FaultOutcome = { kind: 'error'; code: string; message: string } | { kind: 'wxError'; errcode: number; errmsg: string } | { kind: 'drop' };

export interface FaultDecision {
  latencyMs: number;
  outcome?: FaultOutcome;
}

const FACT_KEYS: ReadonlyArray<keyof RequestFacts> = ['action', 'collection', 'apiName', 'touser'];
const MATCH_KEYS: ReadonlyArray<keyof FaultMatch> = [...FACT_KEYS, 'service'];

function isCount(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

/** Rules arrive over HTTP too: checked here so that a typo fails loudly instead of never matching. */
export function validateRule(input: unknown): FaultRule {
  if (input === null || typeof input !== 'object') throw invalidParam('a fault rule must be an object');
  const rule = input as Record<string, unknown>;
  const match = (rule.match ?? {}) as Record<string, unknown>;
  if (typeof match !== 'object' || match === null) throw invalidParam('match must be an object');
  for (const [key, value] of Object.entries(match)) {
    if (!(MATCH_KEYS as string[]).includes(key)) throw invalidParam(`unknown match key: ${key}`);
    if (typeof value !== 'string') throw invalidParam(`match.${key} must be a string`);
  }
  if (!isCount(rule.skip) || !isCount(rule.times)) throw invalidParam('skip and times must be non-negative integers');
  const reply = rule.reply as Record<string, unknown> | undefined;
  if (!reply || typeof reply !== 'object') throw invalidParam('reply is required');
  const valid =
    (typeof reply.code === 'string' && reply.code !== '' && (reply.message === undefined || typeof reply.message === 'string')) ||
    (typeof reply.errcode === 'number' && Number.isInteger(reply.errcode) && reply.errcode !== 0 && (reply.errmsg === undefined || typeof reply.errmsg === 'string')) ||
    (typeof reply.latencyMs === 'number' && reply.latencyMs >= 0) ||
    reply.drop === true;
  if (!valid) throw invalidParam('reply must be {code, message?}, {errcode, errmsg?}, {latencyMs} or {drop: true}');
  if ('errcode' in reply && match.action !== undefined && match.action !== 'wx.openApi') throw invalidParam('an errcode reply applies to wx.openApi only');
  return { match: match as FaultMatch, skip: rule.skip as number | undefined, times: rule.times as number | undefined, reply: reply as FaultReply };
}

/** Rules checked in order for each API request: latencies add up, the first error or drop wins. */
export class FaultInjector {
  private rules: ActiveFault[] = [];

  add(input: FaultRule): string {
    const rule = validateRule(input);
    const id = randomBytes(6).toString('hex');
    this.rules.push({ ...rule, id, seen: 0, applied: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  decide(facts: RequestFacts): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    for (const rule of this.rules) {
      if (!this.matches(rule, facts)) continue;
      rule.seen += 1;
      if (rule.seen <= (rule.skip ?? 0)) continue;
      if (rule.times !== undefined && rule.applied >= rule.times) continue;
      const reply = rule.reply;
      if ('latencyMs' in reply) {
        rule.applied += 1;
        decision.latencyMs += reply.latencyMs;
      } else if (!decision.outcome) {
        rule.applied += 1;
        decision.outcome = outcomeOf(reply);
      }
    }
    return decision;
  }

  private matches(rule: ActiveFault, facts: RequestFacts): boolean {
    if ('errcode' in rule.reply && facts.action !== 'wx.openApi') return false;
    if (rule.match.service !== undefined && facts.action.split('.')[0] !== rule.match.service) return false;
    return FACT_KEYS.every((key) => rule.match[key] === undefined || rule.match[key] === facts[key]);
  }
}

function outcomeOf(reply: Exclude<FaultReply, { latencyMs: number }>): FaultOutcome {
  if ('drop' in reply) return { kind: 'drop' };
  if ('errcode' in reply) return { kind: 'wxError', errcode: reply.errcode, errmsg: reply.errmsg ?? `injected error ${reply.errcode}` };
  return { kind: 'error', code: reply.code, message: reply.message ?? `injected fault ${reply.code}` };
}
