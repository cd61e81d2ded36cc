/** Reminder menu items and the hourly trigger handler, wired to the use cases. */
import { fill } from '../../core/i18n';
import { inQuietHours, windowSettings } from '../../core/reminders/notices';
import type { Settings } from '../../core/settingsValues';
import type { Env } from '../env';
import { MSG, summaryText } from './messages';
import { readSettings } from '../../sheets/settings';
import { planReminders } from './plan';
import { writePreview } from './preview';
import type { RunReads, RunSummary } from './run';
import { runReads, runReminders } from './run';
import { writeStatus } from './status';
import { installTrigger, OWNER_PROPERTY, removeTrigger, upgradeTrigger } from './triggers';

export function previewReminders(env: Env): void {
  const r = writePreview(env);
  env.toast(fill(MSG.previewDone[env.lang], { n: r.digests, items: r.items }), MSG.title[env.lang]);
}

/** Status block after a run, from what the run read; its own failure must not hide the run's result. */
function afterRun(env: Env, s: RunSummary, reads: RunReads): void {
  try {
    writeStatus(env, reads.settings(), reads.props()[OWNER_PROPERTY] ?? null, s);
  } catch (_e) {
    // The toast (menu) or the stored summary (trigger) still tells.
  }
}

/** "Send reminders now": says how many digests would go, sends only after YES, and only what has not gone out today. */
export function sendRemindersNow(env: Env): void {
  const plan = planReminders(env);
  if (!plan.hold && plan.ledger && plan.digests.length > 0) {
    const items = plan.digests.reduce((n, d) => n + d.notices.length, 0);
    if (!env.confirm(MSG.title[env.lang], fill(MSG.confirm[env.lang], { digests: plan.digests.length, items }))) {
      env.toast(MSG.cancelled[env.lang], MSG.title[env.lang]);
      return;
    }
  }
  const reads = runReads(env);
  const s = runReminders(env, 'manual', reads);
  afterRun(env, s, reads);
  env.toast(summaryText(s, env.lang), MSG.title[env.lang]);
}

function quietRefusal(env: Env, settings: Settings): string | null {
  const w = windowSettings(settings);
  if (!inQuietHours(settings.reminder_hour, w)) return null;
  return fill(MSG.onRefused[env.lang], { hour: settings.reminder_hour, start: w.quietHoursStart, end: w.quietHoursEnd });
}

export function remindersOn(env: Env): void {
  const settings = readSettings(env.spreadsheet);
  const refused = quietRefusal(env, settings);
  if (refused) {
    env.alert(MSG.title[env.lang], refused);
    return;
  }
  installTrigger(env);
  const who = env.documentProperties().get(OWNER_PROPERTY) ?? '?';
  writeStatus(env, settings, who, null);
  env.toast(fill(MSG.on[env.lang], { hour: settings.reminder_hour, zone: env.timeZone, who }), MSG.title[env.lang]);
}

export function remindersOff(env: Env): void {
  const n = removeTrigger(env);
  writeStatus(env, readSettings(env.spreadsheet), env.documentProperties().get(OWNER_PROPERTY), null);
  env.toast(fill(MSG.off[env.lang], { n }), MSG.title[env.lang]);
}

/** Time-driven trigger: no UI here (SpreadsheetApp.getUi() throws without one), not even a toast. */
export function dailyReminders(env: Env): void {
  const reads = runReads(env);
  const s = runReminders(env, 'trigger', reads);
  if (!s.idle && !s.busy) afterRun(env, s, reads);
  try {
    upgradeTrigger(env);
  } catch (_e) {
    // Tried again at the next run.
  }
}
