/**
 * One delivery run (hourly trigger or "Send reminders now"), under the
 * document lock so two runs never interleave: the second waits briefly,
 * then re-reads the ledger and the send records and sends only the rest.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 *
 * Durability: each sendEmail is followed by one property write recording
 * it (sendRecords.ts); the Notices log gets everything in one append at the
 * end (or earlier when the records grow), then the records are dropped. A
 * run killed at any call re-sends at most the digest whose record it did
 * not write, and loses nothing: unrecorded, unsent digests are still due.
 */
import type { Hold } from '../../core/reminders/notices';
import { holdReason, windowSettings } from '../../core/reminders/notices';
import { dispatch, errorText, renderDigest } from '../../core/reminders/digest';
import type { Outcome } from '../../core/reminders/digest';
import type { Env } from '../env';
import type { LedgerEntry } from './ledger';
import { appendLedger } from './ledger';
import type { Plan } from './plan';
import { clockface, planReminders } from './plan';
import type { Settings } from '../../core/settingsValues';
import { readSettings } from '../../sheets/settings';

type Range = GoogleAppsScript.Spreadsheet.Range;
import { SPILL_BYTES, withoutRecords, writeRecord } from './sendRecords';

/** How long a run waits for another one to finish before giving up (the next hourly run or click retries). */
const LOCK_WAIT_MS = 30 * 1000;
export const LAST_RUN_PROPERTY = 'kad.reminders.lastRun';
/** The civil date whose trigger run finished with nothing deferred: later hourly runs that day do nothing. */
export const DONE_PROPERTY = 'kad.reminders.done';
/** Failure lines kept in a summary: it stays small whatever happens (a property value holds 9 KB). */
const MAX_FAILURES = 5;

export type RunMode = 'trigger' | 'manual';

export interface RunSummary {
  /** ISO time of the run. */
  readonly at: string;
  readonly today: string;
  readonly mode: RunMode;
  /** Another run held the lock. */
  readonly busy: boolean;
  /** A trigger run with nothing to do (before the reminder hour, or today's digests all out). */
  readonly idle: boolean;
  /** Quiet hours or weekend: nothing was sent, nothing logged. */
  readonly hold: Hold | null;
  /** The Notices log tab is missing: nothing is sent without a ledger. */
  readonly noLedger: boolean;
  readonly sent: number;
  readonly deferred: number;
  readonly failed: number;
  /** Deferred for the time limit: the next hourly run resumes. */
  readonly stoppedEarly: boolean;
  /** Up to MAX_FAILURES 'recipient: reason' lines (failed counts them all). */
  readonly failures: readonly string[];
  /** Mail quota left after the run (null when not read). */
  readonly quotaLeft: number | null;
  /** Recipients who already got today's digest and whose new items wait until tomorrow. */
  readonly waitTomorrow: number;
  /** The Notices log could not be written (the send records keep everything for the next run). */
  readonly logError: string | null;
  /** The run itself failed before or after sending. */
  readonly error: string | null;
  readonly quietHoursEnd: number;
  readonly reminderHour: number | null;
}

const empty = (env: Env, today: string, mode: RunMode): RunSummary => ({
  at: env.now().toISOString(),
  today,
  mode,
  busy: false,
  idle: false,
  hold: null,
  noLedger: false,
  sent: 0,
  deferred: 0,
  failed: 0,
  stoppedEarly: false,
  failures: [],
  quotaLeft: null,
  waitTomorrow: 0,
  logError: null,
  error: null,
  quietHoursEnd: 0,
  reminderHour: null,
});

/** The summary as stored: bounded, whatever the failures' number or length. */
export function summaryJson(s: RunSummary): string {
  return JSON.stringify({ ...s, failures: s.failures.slice(0, MAX_FAILURES).map((f) => f.slice(0, 200)) });
}

/** What a run and the status block after it both need, each read once (the first time it is asked for). */
export interface RunReads {
  settings(): Settings;
  /** Document properties as read under the lock, by the run's first look at them. */
  props(): Readonly<Record<string, string>>;
  /** The status block's named range (null before the first run made it) and the file's id (the trigger's key). */
  statusRange(): Range | null;
  id(): string;
}

/** The named range of the reminder status block on Settings (app/reminders/status.ts writes it). */
export const STATUS_RANGE = 'KAD_REMINDER_STATUS';

export function runReads(env: Env): RunReads {
  let settings: Settings | null = null;
  let props: Readonly<Record<string, string>> | null = null;
  let statusRange: Range | null | undefined;
  let id: string | undefined;
  return {
    settings: () => (settings ??= readSettings(env.spreadsheet)),
    props: () => (props ??= env.documentProperties().all()),
    statusRange: () => (statusRange === undefined ? (statusRange = env.spreadsheet.getRangeByName(STATUS_RANGE)) : statusRange),
    id: () => (id ??= env.spreadsheet.getId()),
  };
}

export function runReminders(env: Env, mode: RunMode, reads: RunReads = runReads(env)): RunSummary {
  const started = env.now().getTime();
  const face = clockface(env);
  let summary = empty(env, face.today, mode);
  let locked = false;
  const lock = env.documentLock();
  try {
    locked = lock.tryLock(LOCK_WAIT_MS);
    if (!locked) return { ...summary, busy: true };
    const settings = reads.settings();
    summary = { ...summary, quietHoursEnd: settings.quiet_hours_end, reminderHour: settings.reminder_hour };
    // The trigger fires hourly: the day's digests start at the Settings hour; later runs only finish them.
    if (mode === 'trigger' && (face.hour < settings.reminder_hour || reads.props()[DONE_PROPERTY] === face.today))
      return { ...summary, idle: true };
    // Held runs stop before reading the portfolio: nothing would be sent anyway.
    const hold = holdReason(face.today, face.hour, windowSettings(settings));
    if (hold) return { ...summary, hold };
    const plan = planReminders(env, face, settings, reads.props);
    if (!plan.ledger) return { ...summary, noLedger: true };
    // What the status block and the trigger check need after the run, read now: a read after the run's writes
    // would make Sheets flush them first.
    reads.statusRange();
    reads.id();
    summary = deliver(env, plan, summary, started);
  } catch (e) {
    summary = { ...summary, error: errorText(e) };
  } finally {
    if (locked)
      try {
        lock.release();
      } catch (_e) {
        // Apps Script releases the lock when the execution ends anyway.
      }
  }
  return summary;
}

function deliver(env: Env, plan: Plan, base: RunSummary, started: number): RunSummary {
  const ledger = plan.ledger;
  if (!ledger) return { ...base, noLedger: true };
  const props = env.documentProperties();
  let quota = Infinity;
  let quotaRead = false;
  try {
    quota = env.mail.remainingQuota();
    quotaRead = true;
  } catch (_e) {
    // Unknown quota: try each send; one over the limit fails alone and is retried.
  }

  const sentSoFar: LedgerEntry[] = [];
  let recordBytes = plan.recordBytes;
  let logError: string | null = null;
  /** Writes every send so far (and earlier runs' records) to the Notices log, then drops the records. */
  const compact = (extra: Record<string, string>): boolean => {
    try {
      appendLedger(ledger, sentSoFar, env.now(), plan.recorded);
      env.flush(); // committed before the records go, so a kill in between only leaves a harmless duplicate record
    } catch (e) {
      logError = errorText(e);
      return false;
    }
    props.setMany(withoutRecords(props.all(), extra), true);
    recordBytes = 0;
    return true;
  };
  const canRecord = recordBytes < SPILL_BYTES || compact({});

  const outcomes: Outcome[] = dispatch(plan.digests, {
    elapsedMs: () => env.now().getTime() - started,
    now: () => env.now(),
    quota: canRecord ? quota : 0,
    send: (d) => {
      const r = renderDigest(d, plan.ctx);
      env.mail.send({
        to: r.to,
        subject: r.subject,
        body: r.text,
        htmlBody: r.html,
        name: plan.settings.sender_name,
        ...(r.replyTo ? { replyTo: r.replyTo } : {}),
      });
    },
    record: (d, at) => {
      for (const notice of d.notices) sentSoFar.push({ notice, status: 'sent', detail: '', at });
      const write = (): number => writeRecord(props, d.recipient, at, d.keys);
      try {
        recordBytes += write();
      } catch (_e) {
        recordBytes += write(); // one retry: a transient error must not stop the run
      }
      return recordBytes < SPILL_BYTES || compact({});
    },
  });

  const detailOf = (o: Outcome): string =>
    o.status === 'sent'
      ? ''
      : o.status === 'failed'
        ? o.reason
        : o.reason === 'quota'
          ? 'daily mail quota used up'
          : o.reason === 'time'
            ? 'time limit'
            : 'send record could not be written';
  const waiting: LedgerEntry[] = outcomes
    .filter((o) => o.status !== 'sent')
    .flatMap((o) => o.digest.notices.map((notice) => ({ notice, status: o.status as 'deferred' | 'failed', detail: detailOf(o) })));
  const count = (s: Outcome['status']): number => outcomes.filter((o) => o.status === s).length;
  const failures = outcomes.flatMap((o) => (o.status === 'failed' ? [`${o.digest.recipient}: ${o.reason}`] : []));
  let summary: RunSummary = {
    ...base,
    sent: count('sent'),
    deferred: count('deferred'),
    failed: count('failed'),
    stoppedEarly: outcomes.some((o) => o.status === 'deferred' && o.reason === 'time'),
    failures: failures.slice(0, MAX_FAILURES),
    quotaLeft: quotaRead ? Math.max(0, quota - count('sent')) : null,
    waitTomorrow: plan.waitTomorrow,
  };
  // Deferred/failed rows are logged with the sends, in the same append; so are crossings that ended (a client back
  // below a threshold), so the next crossing is told again. A kill before the append loses none: the next run sees them.
  sentSoFar.push(...waiting, ...plan.ended.map((notice) => ({ notice, status: 'cleared' as const, detail: 'back below the threshold' })));
  const extra: Record<string, string> = {};
  if (base.mode === 'trigger' && summary.deferred + summary.failed === 0) extra[DONE_PROPERTY] = plan.today;
  try {
    const ok = compact({ ...extra, [LAST_RUN_PROPERTY]: summaryJson({ ...summary, logError: null }) });
    summary = { ...summary, logError };
    if (!ok) props.setMany({ [LAST_RUN_PROPERTY]: summaryJson(summary) });
  } catch (e) {
    summary = { ...summary, logError: logError ?? errorText(e) };
  }
  return summary;
}
