/**
 * Menu "Re-apply risk colours" (also run by the template repair): native
 * conditional formats on the Accounts share and band cells plus a light row
 * tint, and the Portfolio tab. Rules key off the live band text, so colours
 * follow Settings as the user types; re-applying refreshes rule ranges and
 * the panel. Colours come from Settings, read once per run. Service calls
 * do not depend on the number of account rows.
 */
import { helpTexts, PORTFOLIO_HELP_FILE, PORTFOLIO_HELP_KEYS } from '../../core/helpTexts';
import type { Label } from '../../core/i18n';
import { fill, lazyLabel } from '../../core/i18n';
import { accountRules } from '../../core/risk/colourRules';
import { paletteMarker } from '../../core/risk/palette';
import type { Settings } from '../../core/settingsValues';
import { columnLetters } from '../../core/a1';
import type { Env } from '../env';
import type { AccountsLayout } from './accounts';
import { locateAccounts } from './accounts';
import { replaceOwnRules } from './colourRules';
import { buildPortfolio } from './portfolio';
import { settingsPalette } from './settingsPalette';

export interface RiskApplyResult {
  readonly applied: boolean;
  readonly missing: readonly string[];
  readonly keptUserRules: number;
  /** Cells a user typed into on the Portfolio tab, kept as they were. */
  readonly keptOnPortfolio: readonly string[];
}

/** What the caller has already read this run (the template repair has both), so it is not read again. */
export interface KnownInputs {
  readonly accounts?: AccountsLayout | { missing: readonly string[] };
  readonly settings?: Settings;
}

/** Document property: the colours the rules were last written with (core/risk/palette.ts paletteMarker). */
export const RISK_MARKER = 'kad.risk.colours';

const TEXT = {
  title: lazyLabel('risk.title'),
  missing: lazyLabel('risk.missing'),
  done: lazyLabel('risk.done'),
} as const satisfies Record<string, Label>;

/** The rules and the Portfolio tab, without a toast. */
export function applyRisk(env: Env, known: KnownInputs = {}): RiskApplyResult {
  const accounts = known.accounts ?? locateAccounts(env.spreadsheet);
  if ('missing' in accounts) return { applied: false, missing: accounts.missing, keptUserRules: 0, keptOnPortfolio: [] };
  const c = accounts.columnOf;
  const palette = settingsPalette(env.spreadsheet, known.settings);
  const due = (c as Readonly<Record<string, number>>)['next_review_due'];
  const columns = { share: c.revenue_share, band: c.risk_band, width: accounts.width, ...(due ? { reviewDue: due } : {}) };
  const { kept } = replaceOwnRules(accounts.sheet, accountRules(env.lang, columns, columnLetters(c.risk_band), palette), env.sheetsApi);
  // One read of the help file per run (its paragraphs are not in the bundle).
  const help = helpTexts(env.projectHtml(PORTFOLIO_HELP_FILE), PORTFOLIO_HELP_FILE, env.lang, PORTFOLIO_HELP_KEYS);
  const portfolio = buildPortfolio(env.spreadsheet, env.lang, accounts, palette, help, env.sheetsApi);
  // The home checklist compares this with the Settings colours: typed colours not yet applied show there.
  env.documentProperties().set(RISK_MARKER, paletteMarker(palette));
  return { applied: true, missing: [], keptUserRules: kept, keptOnPortfolio: portfolio.kept };
}

/** The menu action: applies and says what happened. */
export function applyRiskFormatting(env: Env): RiskApplyResult & { readonly message: string } {
  const r = applyRisk(env);
  const message = r.applied ? TEXT.done[env.lang] : fill(TEXT.missing[env.lang], { missing: r.missing.join(', ') });
  env.toast(message, TEXT.title[env.lang]);
  return { ...r, message };
}
