/**
 * A client crossing into the critical (> 20 %) or mono-client (> 50 %) band
 * of revenue share (core/risk/bands.ts, "over" is strict): the account's
 * supervisor hears of it once per crossing. One rule for both kinds of file:
 * a dossier file gives the share from Accounts revenue and Settings company
 * revenue, the head of sales' rollup the share pulled from each file.
 *
 * Once per crossing, with no state but the ledger: the notice's round is
 * 2 × e + 1 (critical) or 2 × e + 2 (mono), e = earlier crossings of that
 * threshold already told and ended (so the first crossing keeps the rounds
 * 1 and 2 the rollup used before). A crossing ends when a run sees the
 * share at or below the threshold again: the run logs a 'cleared' row for
 * the told notice, so the next crossing is a new notice. A share that cannot
 * be computed (no company revenue) ends nothing. A drop and a re-crossing
 * between two runs that read the sheet (weekends, quiet hours) are not seen.
 */
import type { RiskThresholds } from '../../risk/bands';
import { noticeKey } from './noticeKey';
import type { Notice, NoticeLink } from './types';

export type CrossingBand = 'critical' | 'mono';
export const CROSSING_BANDS: readonly CrossingBand[] = ['critical', 'mono'];

export interface CrossingRow {
  readonly account: string;
  readonly accountName: string;
  /** Share of company revenue (0.25 = 25 %), null when unknown. */
  readonly share: number | null;
  readonly manager: string;
  readonly supervisor: string;
  readonly link: NoticeLink;
}

/** What the ledger says of a notice key. */
export interface CrossingHistory {
  readonly sent: (key: string) => boolean;
  readonly cleared: (key: string) => boolean;
}

export interface Crossings {
  /** Crossings to tell (the planner drops those already sent). */
  readonly notices: Notice[];
  /** Told crossings that have ended: logged 'cleared', so the next crossing is told again. */
  readonly ended: Notice[];
}

/** A safety bound: a client crossing the same line more than this many times keeps the last round. */
const MAX_EPISODES = 200;

export const crossingRound = (band: CrossingBand, episode: number): number => 2 * episode + (band === 'mono' ? 2 : 1);

export function crossingNotices(rows: readonly CrossingRow[], t: RiskThresholds, history: CrossingHistory): Crossings {
  const notices: Notice[] = [];
  const ended: Notice[] = [];
  for (const r of rows) {
    const supervisor = r.supervisor.trim().toLowerCase();
    const share = r.share;
    if (share === null || !Number.isFinite(share) || supervisor === '' || r.account === '') continue;
    for (const band of CROSSING_BANDS) {
      const make = (episode: number): Notice => ({
        account: r.account,
        accountName: r.accountName,
        rule: 'share_crossing',
        due: 'never',
        recipient: supervisor,
        role: 'supervisor',
        link: r.link,
        days: 0,
        round: crossingRound(band, episode),
        manager: r.manager.trim().toLowerCase(),
        supervisor,
        band,
        share,
      });
      let e = 0;
      while (e < MAX_EPISODES && history.sent(noticeKey(make(e))) && history.cleared(noticeKey(make(e)))) e++;
      const current = make(e);
      if (share > t[band]) notices.push(current);
      else if (history.sent(noticeKey(current)) && !history.cleared(noticeKey(current))) ended.push(current);
    }
  }
  return { notices, ended };
}
