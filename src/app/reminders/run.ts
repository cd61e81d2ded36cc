/**
 * One delivery run (daily trigger or "Send reminders now"), under the
 * document lock so two runs never interleave: the second waits briefly,
 * then re-reads the ledger and sends only what the first did not.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import type { Hold } from '../../core/schedule';
import { holdReason, noticeKey } from '../../core/schedule';
import { dispatch, renderDigest } from '../../core/digest';
import type { Outcome } from '../../core/digest';
import type { Env } from '../env';
import type { LedgerEntry } from './ledger';
import { appendLedger } from './ledger';
import { clockface, planReminders } from './plan';
import { readSettings } from '../../sheets/settings';
import { JOURNAL_PROPERTY, readJournal, writeJournal } from './journal';

/** How long a run waits for another one to finish before giving up (it retries tomorrow / on the next click). */
const LOCK_WAIT_MS = 30 * 1000;
export const LAST_RUN_PROPERTY = 'kad.reminders.lastRun';

export interface RunSummary {
  readonly today: string;
  /** Another run held the lock. */
  readonly busy: boolean;
  /** Quiet hours or weekend: nothing was sent, nothing logged. */
  readonly hold: Hold | null;
  /** The Notices log tab is missing: nothing is sent without a ledger. */
  readonly noLedger: boolean;
  readonly sent: number;
  readonly deferred: number;
  readonly failed: number;
  /** Deferred for the time limit: the next run resumes. */
  readonly stoppedEarly: boolean;
  readonly failures: readonly string[];
  /** Settings quiet-hours end, for the message when held. */
  readonly quietHoursEnd: number;
  /** Settings reminder hour as read by this run (null when another run held the lock). */
  readonly reminderHour: number | null;
}

const empty = (today: string): RunSummary => ({
  today,
  busy: false,
  hold: null,
  noLedger: false,
  sent: 0,
  deferred: 0,
  failed: 0,
  stoppedEarly: false,
  failures: [],
  quietHoursEnd: 0,
  reminderHour: null,
});

export function runReminders(env: Env): RunSummary {
  const started = env.now().getTime();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ...empty(''), busy: true };
  try {
    const face = clockface(env);
    const settings = readSettings(env.spreadsheet);
    const base = { ...empty(face.today), quietHoursEnd: settings.quiet_hours_end, reminderHour: settings.reminder_hour };
    // Held runs stop before reading the portfolio: nothing would be sent anyway.
    const hold = holdReason(face.today, face.hour, { quietHoursEnd: settings.quiet_hours_end, skipWeekends: settings.skip_weekends });
    if (hold) return { ...base, hold };
    const plan = planReminders(env, face, settings);
    const ledger = plan.ledger;
    if (!ledger) return { ...base, noLedger: true };

    const props = PropertiesService.getDocumentProperties();
    const journal = readJournal(props);
    const recovered = journal.filter((k) => !ledger.sent.has(k));
    const recoveredSet = new Set(recovered);

    const outcomes: Outcome[] = dispatch(
      plan.digests
        .map((d) => ({ ...d, notices: d.notices.filter((n) => !recoveredSet.has(noticeKey(n))) }))
        .filter((d) => d.notices.length > 0),
      {
        elapsedMs: () => env.now().getTime() - started,
        remainingQuota: () => MailApp.getRemainingDailyQuota(),
        send: (d) => {
          const r = renderDigest(d, plan.ctx);
          MailApp.sendEmail({
            to: r.to,
            subject: r.subject,
            body: r.text,
            htmlBody: r.html,
            name: plan.settings.sender_name,
            ...(r.replyTo ? { replyTo: r.replyTo } : {}),
          });
        },
      },
    );
    const entries: LedgerEntry[] = outcomes.flatMap((o) =>
      o.digest.notices.map((notice) => ({
        notice,
        status: o.status,
        detail:
          o.status === 'sent' ? '' : o.status === 'failed' ? o.reason : o.reason === 'quota' ? 'daily mail quota used up' : 'time limit',
      })),
    );
    const sentKeys = entries.filter((e) => e.status === 'sent').map((e) => noticeKey(e.notice));
    try {
      appendLedger(ledger, entries, env.now(), recovered);
      SpreadsheetApp.flush(); // committed before the lock is released, so the next run sees it
      if (journal.length) props.deleteProperty(JOURNAL_PROPERTY);
    } catch (e) {
      // The mails went out but the log could not be written: remember their keys so no run repeats them.
      writeJournal(props, [...journal, ...sentKeys]);
      throw e;
    }
    const summary: RunSummary = {
      ...base,
      sent: outcomes.filter((o) => o.status === 'sent').length,
      deferred: outcomes.filter((o) => o.status === 'deferred').length,
      failed: outcomes.filter((o) => o.status === 'failed').length,
      stoppedEarly: outcomes.some((o) => o.status === 'deferred' && o.reason === 'time'),
      failures: outcomes.flatMap((o) => (o.status === 'failed' ? [`${o.digest.recipient}: ${o.reason}`] : [])),
    };
    props.setProperty(LAST_RUN_PROPERTY, JSON.stringify({ at: env.now().toISOString(), ...summary }));
    return summary;
  } finally {
    lock.releaseLock();
  }
}
