import { initialSubscriptionState } from '../../core/reminders/subscriptions';
import type { SubscriptionChange, SubscriptionState } from '../../core/reminders/subscriptions';
import type { TemplateKey } from '../../core/reminders/subscription-templates';
import { COLLECTIONS, isCollectionMissing } from '../db/collections';
import type { Database } from '../platform/database-types';
import type { SubscriptionDocument } from './documents';
import { isDuplicateId } from './reminder-store';
import { readAllById } from './roster-index';
import { platformNow } from '../platform/clock';

function stateOf(document: Partial<SubscriptionDocument> | undefined): SubscriptionState {
  const initial = initialSubscriptionState();
  if (!document) return initial;
  return {
    enabled: document.enabled ?? initial.enabled,
    mainSwitch: document.mainSwitch ?? null,
    quota: { ...initial.quota, ...document.quota },
    refused: { ...initial.refused, ...document.refused },
    always: { ...initial.always, ...document.always },
  };
}

export async function readSubscriptions(db: Database, memberId: string): Promise<SubscriptionState> {
  try {
    const { data } = await db.collection(COLLECTIONS.subscriptions).where({ _id: memberId }).limit(1).get<SubscriptionDocument>();
    return stateOf(data[0]);
  } catch (error) {
    if (isCollectionMissing(error)) return initialSubscriptionState();
    throw error;
  }
}

/** Everyone's subscriptions, for a run to decide channels without a read per reminder. */
export async function readAllSubscriptions(db: Database): Promise<Map<string, SubscriptionState>> {
  const documents = await readAllById<SubscriptionDocument>(db, COLLECTIONS.subscriptions);
  return new Map(documents.map((document) => [document._id, stateOf(document)]));
}

/**
 * Spends one accept of `key`, only if there is one: a conditional decrement in one request, so two runs (or a
 * run and the person accepting again) never spend the same accept twice or drive a count below zero.
 */
export async function takeOne(db: Database, memberId: string, key: TemplateKey): Promise<boolean> {
  const _ = db.command;
  const { stats } = await db
    .collection(COLLECTIONS.subscriptions)
    .where({ _id: memberId, [`quota.${key}`]: _.gt(0) })
    .update({ data: { quota: { [key]: _.inc(-1) }, updatedAt: platformNow() } });
  return stats.updated === 1;
}

/** So many accepts of one template to spend for one member. */
export interface QuotaSpend {
  memberId: string;
  key: TemplateKey;
  count: number;
}

/**
 * Spends accepts for many members at once: one conditional `_.inc(-count)` per template and count, over every member
 * asking that many (never below zero, as takeOne). Each write marks what it charged with `mark`, so when a member
 * had fewer than asked one read tells exactly who was charged. Answers the spends that were charged.
 */
export async function takeMany(db: Database, spends: readonly QuotaSpend[], mark: string): Promise<QuotaSpend[]> {
  const _ = db.command;
  const groups = new Map<string, QuotaSpend[]>();
  for (const spend of spends) {
    const group = `${spend.key}|${spend.count}`;
    groups.set(group, [...(groups.get(group) ?? []), spend]);
  }
  const charged: QuotaSpend[] = [];
  for (const [group, members] of groups) {
    const { key, count } = members[0] as QuotaSpend;
    const ids = members.map((spend) => spend.memberId);
    const spendMark = `${mark}|${group}`;
    const collection = db.collection(COLLECTIONS.subscriptions);
    const { stats } = await collection
      .where({ _id: _.in(ids), [`quota.${key}`]: _.gte(count) })
      .update({ data: { quota: { [key]: _.inc(-count) }, quotaSpend: spendMark, updatedAt: platformNow() } });
    if (stats.updated === ids.length) {
      charged.push(...members);
      continue;
    }
    const { data } = await collection.where({ _id: _.in(ids), quotaSpend: spendMark }).field({ _id: true }).limit(1000).get<{ _id: string }>();
    const marked = new Set(data.map((row) => row._id));
    charged.push(...members.filter((spend) => marked.has(spend.memberId)));
  }
  return charged;
}

/** Gives back an accept that a send did not use (the platform answered an error: nothing was delivered). */
export async function giveBack(db: Database, memberId: string, key: TemplateKey): Promise<void> {
  const _ = db.command;
  await db.collection(COLLECTIONS.subscriptions).doc(memberId).update({ data: { quota: { [key]: _.inc(1) }, updatedAt: platformNow() } });
}

/** 43101: WeChat holds no accept for this template (or the person refused): our count was wrong, it is 0. */
export async function clearQuota(db: Database, memberId: string, key: TemplateKey): Promise<void> {
  await db.collection(COLLECTIONS.subscriptions).doc(memberId).update({ data: { quota: { [key]: 0 }, updatedAt: platformNow() } });
}

/** Applies what the app recorded: accepts as increments (a run may be spending at the same moment), the rest set. */
export async function applyChange(db: Database, memberId: string, change: SubscriptionChange): Promise<void> {
  const collection = db.collection(COLLECTIONS.subscriptions);
  const _ = db.command;
  const { data } = await collection.where({ _id: memberId }).field({ _id: true }).limit(1).get();
  if (data.length === 0) {
    const initial = initialSubscriptionState();
    const created: SubscriptionDocument = { _id: memberId, memberId, ...initial, updatedAt: platformNow() };
    try {
      await collection.add({ data: { ...created } });
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
    }
  }
  const quota: Record<string, unknown> = { ...change.set.quota };
  for (const [key, added] of Object.entries(change.addQuota)) quota[key] = _.inc(added as number);
  const update: Record<string, unknown> = { updatedAt: platformNow() };
  if (Object.keys(quota).length > 0) update.quota = quota;
  if (change.set.enabled !== undefined) update.enabled = change.set.enabled;
  if (change.set.mainSwitch !== undefined) update.mainSwitch = change.set.mainSwitch;
  if (change.set.refused) update.refused = change.set.refused;
  if (change.set.always) update.always = change.set.always;
  await collection.doc(memberId).update({ data: update });
}
