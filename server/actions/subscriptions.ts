import { subscriptionChange } from '../../core/reminders/subscriptions';
import type { RecordRequest } from '../../core/reminders/subscriptions';
import { templateById } from '../../core/reminders/subscription-templates';
import type { TemplateKey } from '../../core/reminders/subscription-templates';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { withReminderCollections } from '../reminders/remind-function';
import { readStatus } from '../reminders/status';
import { applyChange } from '../reminders/subscription-store';

/** Template ids (as the app asked with them) to our template keys; the schema already refused unknown ids. */
function byKey<T>(byId: Record<string, T>): Partial<Record<TemplateKey, T>> {
  const out: Partial<Record<TemplateKey, T>> = {};
  for (const [id, value] of Object.entries(byId)) {
    const template = templateById(id);
    if (template) out[template.key] = value;
  }
  return out;
}

/**
 * What requestSubscribeMessage answered (and getSetting reported), per template: each accept is one more reminder
 * the person holds, a refusal is remembered until they turn the switch on again.
 */
export const recordSubscriptions: ActionHandler<'subscriptions.record'> = async (input, context) => {
  const member = requireMember(context);
  const request: RecordRequest = {
    results: byKey(input.results),
    switchOn: input.switchOn,
    setting: input.setting ? { mainSwitch: input.setting.mainSwitch, itemSettings: byKey(input.setting.itemSettings) } : undefined,
  };
  await withReminderCollections(context.db, () => applyChange(context.db, member.id, subscriptionChange(request)));
  return readStatus(context.db, member.id);
};

export const subscriptionStatus: ActionHandler<'subscriptions.status'> = async (_input, context) => readStatus(context.db, requireMember(context).id);
