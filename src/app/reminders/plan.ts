/**
 * What a run would send now: today's civil date and hour in the sheet's
 * zone, the send window, the notices due, minus those the ledger says were
 * sent, grouped into one digest per recipient. Shared by the daily run,
 * "Send reminders now" and "Preview reminders".
 */
import type { CivilDate } from '../../core/civilDate';
import type { Digest, DigestContext } from '../../core/digest';
import { groupDigests } from '../../core/digest';
import type { Hold } from '../../core/schedule';
import { deriveNotices, holdReason, noticeKey, scheduleSettings } from '../../core/schedule';
import type { Settings } from '../../core/settingsValues';
import type { Env } from '../env';
import type { Ledger } from './ledger';
import { readLedger } from './ledger';
import { civilOf, hourOf } from '../../sheets/dates';
import { readSettings } from '../../sheets/settings';
import { readPortfolio } from './portfolio';

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
  /** Pending digests, recipients in order; every notice in them is unsent. */
  readonly digests: readonly Digest[];
  /** Notices due today that the ledger already has as sent. */
  readonly alreadySent: number;
  readonly ctx: DigestContext;
}

export function planReminders(env: Env, face: Clockface = clockface(env), settings: Settings = readSettings(env.spreadsheet)): Plan {
  const ss = env.spreadsheet;
  const hold = holdReason(face.today, face.hour, { quietHoursEnd: settings.quiet_hours_end, skipWeekends: settings.skip_weekends });
  const p = readPortfolio(ss, env.timeZone);
  const notices = deriveNotices({
    accounts: p.accounts,
    reviews: p.reviews,
    contacts: p.contacts,
    settings: scheduleSettings(settings),
    today: face.today,
  });
  const ledger = readLedger(ss);
  const pending = ledger ? notices.filter((n) => !ledger.sent.has(noticeKey(n))) : notices;
  const gids = { accounts: p.sheets.accounts?.getSheetId() ?? 0, contacts: p.sheets.contacts?.getSheetId() ?? 0 };
  return {
    ...face,
    settings,
    hold,
    ledger,
    digests: groupDigests(pending),
    alreadySent: notices.length - pending.length,
    ctx: { lang: env.lang, today: face.today, spreadsheetName: ss.getName(), spreadsheetUrl: ss.getUrl(), gidOf: (tab) => gids[tab] },
  };
}
