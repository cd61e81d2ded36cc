/**
 * What a run would send now: today's civil date and hour in the sheet's
 * zone, the send window, the notices due, minus those the ledger or a send
 * record says were sent, grouped into one digest per recipient, without the
 * recipients who already got today's digest, in fair order. Shared by the
 * trigger, "Send reminders now" and "Preview reminders".
 */
import type { CivilDate } from '../../core/civilDate';
import type { Digest, DigestContext } from '../../core/reminders/digest';
import { fairOrder, groupDigests } from '../../core/reminders/digest';
import type { CrossingRow, Hold, LinkTab, Notice } from '../../core/reminders/notices';
import { crossingNotices, deriveNotices, holdReason, noticeKey, scheduleSettings, windowSettings } from '../../core/reminders/notices';
import { label } from '../../core/i18n';
import type { Settings } from '../../core/settingsValues';
import type { Env } from '../env';
import type { Ledger, RecoveredSend } from './ledger';
import { mailedOn, readLedger } from './ledger';
import { civilOf, hourOf } from '../../sheets/dates';
import { readSettings } from '../../sheets/settings';
import { readReminderData } from './readReminderData';
import { readRecords } from './sendRecords';
import { rollupNotices } from '../team/rollupNotices';
import type { RecordedReview } from '../../core/review/recorded';
import { decodeRecorded, RECORDED_PREFIX } from '../../core/review/recorded';

/** Reviews recorded with a snapshot, from the document properties the run reads anyway (no extra call). */
function recordedReviews(props: Readonly<Record<string, string>>): RecordedReview[] {
  const out: RecordedReview[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith(RECORDED_PREFIX)) continue;
    const r = decodeRecorded(v);
    if (r) out.push(r);
  }
  return out;
}

export interface Clockface {
  readonly today: CivilDate;
  readonly hour: number;
}

/** The sheet zone's date and hour, converted as every other date is (sheets/dates), with no service call. */
export function clockface(env: Env): Clockface {
  const now = env.now();
  return { today: civilOf(now, env.timeZone), hour: hourOf(now, env.timeZone) };
}

export interface Plan extends Clockface {
  readonly settings: Settings;
  readonly hold: Hold | null;
  readonly ledger: Ledger | null;
  /** Document properties as read at planning time. */
  readonly props: Readonly<Record<string, string>>;
  /** Sends recorded by earlier runs and not yet in the Notices log. */
  readonly recorded: readonly RecoveredSend[];
  readonly recordBytes: number;
  /** Pending digests in sending order; every notice in them is unsent. */
  readonly digests: readonly Digest[];
  /** Recipients with new items who already got today's digest: theirs waits until tomorrow. */
  readonly waitTomorrow: number;
  /** Notices due today that are already sent. */
  readonly alreadySent: number;
  /** Told threshold crossings that have ended: the run logs them 'cleared' (core/reminders/notices/crossing.ts). */
  readonly ended: readonly Notice[];
  readonly ctx: DigestContext;
}

/** Looks a value up once per key, on first use (a sheet's id or name is a service call). */
function cached<K, V>(get: (k: K) => V): (k: K) => V {
  const m = new Map<K, V>();
  return (k) => {
    if (!m.has(k)) m.set(k, get(k));
    return m.get(k) as V;
  };
}

export function planReminders(env: Env, face: Clockface = clockface(env), settings: Settings = readSettings(env.spreadsheet)): Plan {
  const ss = env.spreadsheet;
  const hold = holdReason(face.today, face.hour, windowSettings(settings));
  const p = readReminderData(ss, env.timeZone, env.lang, settings.company_revenue);
  const props = env.documentProperties().all();
  // A rollup file (no Accounts tab) mails the supervisors from its pulled rows instead.
  const rollup = p.sheets.accounts ? null : rollupNotices(ss, env.timeZone, face.today);
  const derived = rollup
    ? rollup.notices
    : deriveNotices({
        accounts: p.accounts,
        reviews: p.reviews,
        contacts: p.contacts,
        settings: scheduleSettings(settings),
        today: face.today,
        recorded: recordedReviews(props),
        dueItems: p.dueItems,
        nextRow: p.nextRow,
      });
  const ledger = readLedger(ss);
  const { sends: recorded, bytes: recordBytes } = readRecords(props);
  const sent = new Set(ledger?.sent ?? []);
  const mailed = ledger ? mailedOn(ledger, face.today, env.timeZone) : new Set<string>();
  const lastSent = new Map(ledger?.lastSent ?? []);
  for (const r of recorded) {
    sent.add(r.key);
    if (civilOf(r.at, env.timeZone) === face.today) mailed.add(r.recipient);
    if (r.at.getTime() > (lastSent.get(r.recipient) ?? -Infinity)) lastSent.set(r.recipient, r.at.getTime());
  }
  // Clients over 20 % or 50 %: one rule for a dossier file and the rollup, told once per crossing.
  const shares: readonly CrossingRow[] = rollup
    ? rollup.shares
    : p.accounts
        .filter((a) => a.status !== 'closed')
        .map((a) => ({
          account: a.id,
          accountName: a.name,
          share: a.share ?? null,
          manager: (a.managerUnusable ?? a.managerEmail).trim().toLowerCase(),
          supervisor: a.supervisorEmail,
          link: { tab: 'accounts', row: a.row },
        }));
  const crossings = crossingNotices(
    shares,
    { key: settings.threshold_key, critical: settings.threshold_critical, mono: settings.threshold_mono },
    { sent: (k) => sent.has(k), cleared: (k) => ledger?.cleared.has(k) ?? false },
  );
  // Settings "escalations sent from: rollup": this KAM file sends supervisors nothing.
  const mine = (list: readonly Notice[]): Notice[] =>
    !rollup && settings.escalations_from === 'rollup' ? list.filter((n) => n.role !== 'supervisor') : [...list];
  const notices = mine([...derived, ...crossings.notices]);
  const pending = notices.filter((n) => !sent.has(noticeKey(n)));
  const all = groupDigests(pending);
  const digests = fairOrder(
    all.filter((d) => !mailed.has(d.recipient)),
    { waitingSince: (k) => ledger?.waitingSince.get(k), lastSent: (r) => lastSent.get(r) },
  );
  const sheets: Partial<Record<LinkTab, GoogleAppsScript.Spreadsheet.Sheet>> = rollup ? { rollup: rollup.sheet } : p.sheets;
  const gidOf = cached((tab: LinkTab) => sheets[tab]?.getSheetId() ?? 0);
  const nameOf = cached((tab: LinkTab) => sheets[tab]?.getName() ?? label(`tab.${tab}`)[env.lang]);
  return {
    ...face,
    settings,
    hold,
    ledger,
    props,
    recorded,
    recordBytes,
    digests,
    waitTomorrow: all.length - digests.length,
    alreadySent: notices.length - pending.length,
    ended: mine(crossings.ended),
    ctx: {
      lang: env.lang,
      today: face.today,
      spreadsheetName: ss.getName(),
      spreadsheetUrl: ss.getUrl(),
      gidOf,
      tabName: nameOf,
      // Who a reply reaches when no supervisor is the Reply-To: the account the mail goes from (asked only when mailing).
      ...(digests.length > 0 ? { sender: env.effectiveUser() } : {}),
    },
  };
}
