/**
 * The daily trigger: one time-driven trigger per document per user (editor
 * add-ons may hold only one trigger of each type per user per document:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 * Ours are found by handler among this user's triggers for the document,
 * plus the id remembered in user properties, so turning reminders on twice
 * replaces the trigger instead of adding a second one. Only menu items call
 * this (FULL auth); onOpen never does.
 */
import { TRIGGER_HANDLERS } from '../menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

export const DAILY_HANDLER: (typeof TRIGGER_HANDLERS)[number] = 'kadDailyReminders';
const idProperty = (ss: Spreadsheet): string => `kad.reminders.trigger.${ss.getId()}`;
/** The hour the trigger was set for, so the daily run notices a changed Settings hour. */
const hourProperty = (ss: Spreadsheet): string => `kad.reminders.hour.${ss.getId()}`;

function ourTriggers(ss: Spreadsheet, rememberedId: string | null): Trigger[] {
  const found = new Map<string, Trigger>();
  for (const t of ScriptApp.getUserTriggers(ss)) if (t.getHandlerFunction() === DAILY_HANDLER) found.set(t.getUniqueId(), t);
  if (rememberedId) for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === rememberedId) found.set(rememberedId, t);
  return [...found.values()];
}

/** Replaces this user's daily trigger for the document with one at `hour` in `timeZone`. */
export function installDailyTrigger(ss: Spreadsheet, hour: number, timeZone: string): void {
  const props = PropertiesService.getUserProperties();
  const key = idProperty(ss);
  for (const t of ourTriggers(ss, props.getProperty(key))) ScriptApp.deleteTrigger(t);
  const t = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
  props.setProperties({ [key]: t.getUniqueId(), [hourProperty(ss)]: String(hour) });
}

/**
 * Called by the daily run (FULL auth, no UI): when the Settings hour is not
 * the one the trigger was set for, the trigger moves to it, so changing the
 * hour in Settings needs no trip to the menu. Returns whether it moved.
 */
export function followReminderHour(ss: Spreadsheet, hour: number, timeZone: string): boolean {
  if (PropertiesService.getUserProperties().getProperty(hourProperty(ss)) === String(hour)) return false;
  installDailyTrigger(ss, hour, timeZone);
  return true;
}

/** Removes this user's daily trigger(s) for the document; returns how many. */
export function removeDailyTrigger(ss: Spreadsheet): number {
  const props = PropertiesService.getUserProperties();
  const key = idProperty(ss);
  const list = ourTriggers(ss, props.getProperty(key));
  for (const t of list) ScriptApp.deleteTrigger(t);
  props.deleteProperty(key);
  props.deleteProperty(hourProperty(ss));
  return list.length;
}
