/**
 * The reminder trigger: one hourly time-driven trigger per document per user
 * (editor add-ons may hold only one trigger of each type per user per
 * document, none more often than hourly:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 * Hourly, so a run stopped by its time budget or quota continues within the
 * hour, and a changed reminder hour or spreadsheet time zone needs no new
 * trigger: each run reads both. Ours are found by handler among this user's
 * triggers for the document, plus the id remembered in user properties, so
 * turning reminders on twice replaces the trigger instead of adding one.
 */
import type { Env } from '../env';
import { TRIGGER_HANDLERS } from '../menu';

export const DAILY_HANDLER: (typeof TRIGGER_HANDLERS)[number] = 'kadDailyReminders';
/** Who turned reminders on for this document (mail goes from that account and uses its quota). */
export const OWNER_PROPERTY = 'kad.reminders.owner';
const idProperty = (env: Env): string => `kad.reminders.trigger.${env.spreadsheet.getId()}`;
/** Set when this user's trigger is the hourly one (an earlier version installed a daily trigger at a fixed hour). */
const hourlyKey = (id: string): string => `kad.reminders.hourly.${id}`;
const hourlyProperty = (env: Env): string => hourlyKey(env.spreadsheet.getId());

function removeOurs(env: Env, key: string): number {
  const list = env.triggers.mine(env.userProperties().get(key)).filter((t) => t.handler === DAILY_HANDLER);
  for (const t of list) t.remove();
  return list.length;
}

/** Replaces this user's reminder trigger for the document with an hourly one. */
export function installTrigger(env: Env): void {
  const key = idProperty(env);
  removeOurs(env, key);
  env.userProperties().setMany({ [key]: env.triggers.createHourly(DAILY_HANDLER), [hourlyProperty(env)]: '1' });
  env.documentProperties().set(OWNER_PROPERTY, env.effectiveUser() || '?');
}

/** Removes this user's reminder trigger(s) for the document; returns how many. */
export function removeTrigger(env: Env): number {
  const key = idProperty(env);
  const n = removeOurs(env, key);
  env.userProperties().remove(key);
  env.userProperties().remove(hourlyProperty(env));
  const owner = env.documentProperties().get(OWNER_PROPERTY);
  if (owner !== null && (owner === env.effectiveUser() || n > 0)) env.documentProperties().remove(OWNER_PROPERTY);
  return n;
}

/**
 * Called by the trigger run: a daily trigger left by an earlier version fires at a fixed hour in the zone of its
 * day, so it is replaced by the hourly one (the run has the authorisation to do it, and no UI is needed).
 */
export function upgradeTrigger(env: Env, id = env.spreadsheet.getId()): void {
  if (env.userProperties().get(hourlyKey(id)) !== '1') installTrigger(env);
}
