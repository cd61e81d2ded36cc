/** Reminder menu items and the hourly trigger handler, wired to the use cases. */
import { fill } from '../../core/i18n';
import { inQuietHours, windowSettings } from '../../core/reminders/notices';
import type { Settings } from '../../core/settingsValues';
import type { Env } from '../env';
import { MSG, summaryText } from './messages';
import { readSettings } from '../../sheets/settings';
import { holdText } from './hold';
import { planReminders } from './plan';
import { writePreview } from './preview';
import type { RunReads, RunSummary } from './run';
import { runReads, runReminders } from './run';
import { storedLastRun, writeStatus } from './status';
import { installTrigger, OWNER_PROPERTY, removeTrigger, upgradeTrigger } from './triggers';

export function previewReminders(env: Env): void {
  const r = writePreview(env);
  env.toast(fill(MSG.previewDone[env.lang], { n: r.digests, items: r.items }), MSG.title[env.lang]);
}

/** Status block after a run, from what the run read; its own failure must not hide the run's result. */
function afterRun(env: Env, s: RunSummary, reads: RunReads): void {
  try {
    writeStatus(env, reads.settings(), reads.props()[OWNER_PROPERTY] ?? null, s, reads.statusRange());
  } catch (_e) {
    // The toast (menu) or the stored summary (trigger) still tells.
  }
}

/** What "Send reminders now" would send: the counts to confirm, or why nothing would go (then there is nothing to ask). */
export interface SendPreview {
  readonly digests: number;
  readonly items: number;
  /** The message to show instead of a question (held, no ledger, nothing new); null when there is something to send. */
  readonly nothing: string | null;
}

export function sendPreview(env: Env): SendPreview {
  const plan = planReminders(env);
  const items = plan.digests.reduce((n, d) => n + d.notices.length, 0);
  const L = env.lang;
  const nothing = holdText(plan, L) ?? (!plan.ledger ? MSG.noLedger[L] : plan.digests.length === 0 ? MSG.nothing[L] : null);
  return { digests: plan.digests.length, items, nothing };
}

/** The question "Send reminders now" asks, with the counts. */
export function sendQuestion(env: Env, p: SendPreview): string {
  return fill(MSG.confirm[env.lang], { digests: p.digests, items: p.items });
}

/**
 * "Send reminders now": says how many digests would go, sends only after YES, and only what has not gone out
 * today. `confirmed` is true when the user has already said yes to those counts (the home sidebar asks in place).
 */
export function sendRemindersNow(env: Env, confirmed = false): string {
  if (!confirmed) {
    const p = sendPreview(env);
    if (p.nothing === null && !env.confirm(MSG.title[env.lang], sendQuestion(env, p))) {
      env.toast(MSG.cancelled[env.lang], MSG.title[env.lang]);
      return MSG.cancelled[env.lang];
    }
  }
  const reads = runReads(env);
  const s = runReminders(env, 'manual', reads);
  afterRun(env, s, reads);
  const said = summaryText(s, env.lang);
  env.toast(said, MSG.title[env.lang]);
  return said;
}

function quietRefusal(env: Env, settings: Settings): string | null {
  const w = windowSettings(settings);
  if (!inQuietHours(settings.reminder_hour, w)) return null;
  return fill(MSG.onRefused[env.lang], { hour: settings.reminder_hour, start: w.quietHoursStart, end: w.quietHoursEnd });
}

/** Turns reminders on unless the hour lies in the quiet hours; says what happened either way. */
export function turnRemindersOn(env: Env): { readonly ok: boolean; readonly message: string } {
  const settings = readSettings(env.spreadsheet);
  const refused = quietRefusal(env, settings);
  if (refused) return { ok: false, message: refused };
  installTrigger(env);
  const who = env.documentProperties().get(OWNER_PROPERTY) ?? '?';
  writeStatus(env, settings, who, storedLastRun(env.documentProperties().all()));
  const message = fill(MSG.on[env.lang], { hour: settings.reminder_hour, zone: env.timeZone, who });
  env.toast(message, MSG.title[env.lang]);
  return { ok: true, message };
}

/** Menu: a refusal is a dialog the user must not miss. */
export function remindersOn(env: Env): void {
  const r = turnRemindersOn(env);
  if (!r.ok) env.alert(MSG.title[env.lang], r.message);
}

export function remindersOff(env: Env): string {
  const n = removeTrigger(env);
  const props = env.documentProperties();
  writeStatus(env, readSettings(env.spreadsheet), props.get(OWNER_PROPERTY), storedLastRun(props.all()));
  const message = fill(MSG.off[env.lang], { n });
  env.toast(message, MSG.title[env.lang]);
  return message;
}

/** Time-driven trigger: no UI here (SpreadsheetApp.getUi() throws without one), not even a toast. */
export function dailyReminders(env: Env): void {
  const reads = runReads(env);
  const s = runReminders(env, 'trigger', reads);
  if (!s.idle && !s.busy) afterRun(env, s, reads);
  try {
    upgradeTrigger(env, reads.id());
  } catch (_e) {
    // Tried again at the next run.
  }
}
