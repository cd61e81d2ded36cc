/**
 * Menu "Re-apply risk colours" (also run by the template repair): native
 * conditional formats on the Accounts share and band cells, and the
 * Portfolio tab. Rules key off the live band text, so colours follow
 * Settings as the user types; re-applying refreshes rule ranges and the
 * panel. Colours come from Settings, read once per run. Everything is read
 * before anything is written; calls do not depend on the number of rows.
 */
import type { PortfolioHelp } from '../../core/helpTexts';
import { helpTexts, PORTFOLIO_HELP_FILE, PORTFOLIO_HELP_KEYS } from '../../core/helpTexts';
import type { Label } from '../../core/i18n';
import { fill, lazyLabel } from '../../core/i18n';
import { accountRules } from '../../core/risk/colourRules';
import type { Palette } from '../../core/risk/palette';
import { paletteMarker, paletteOf } from '../../core/risk/palette';
import type { PortfolioLayout } from '../../core/risk/portfolioLayout';
import { tabSpec, VIEW_TABS } from '../../core/schema/tabs';
import type { Settings } from '../../core/settingsValues';
import { parseSettings } from '../../core/settingsValues';
import { columnLetters } from '../../core/a1';
import type { FoundTab, TabInserter } from '../../sheets/locate';
import { locateTabs, tabInserter } from '../../sheets/locate';
import { rangesOf } from '../../sheets/ranges';
import { findTable } from '../../sheets/table';
import type { Env } from '../env';
import type { AccountsShape } from './accounts';
import { locateAccounts } from './accounts';
import type { RuleList } from './colourRules';
import { NO_RULES, readRuleList, ruleAreas, writeRuleList } from './colourRules';
import type { PortfolioRead } from './portfolio';
import { PORTFOLIO_TAB_KEY, portfolioFor, readPortfolio, writePortfolio } from './portfolio';
import type { SettingCells } from './settingsPalette';
import { paintPalette } from './settingsPalette';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RiskApplyResult {
  readonly applied: boolean;
  readonly missing: readonly string[];
  readonly keptUserRules: number;
  /** Cells a user typed into on the Portfolio tab, kept as they were. */
  readonly keptOnPortfolio: readonly string[];
}

/** Document property: the colours the rules were last written with (core/risk/palette.ts paletteMarker). */
export const RISK_MARKER = 'kad.risk.colours';

const TEXT = {
  title: lazyLabel('risk.title'),
  missing: lazyLabel('risk.missing'),
  done: lazyLabel('risk.done'),
} as const satisfies Record<string, Label>;

/** What the risk step reads before it writes. */
export interface RiskRead {
  readonly accounts: AccountsShape;
  readonly accountRules: RuleList;
  readonly palette: Palette;
  readonly layout: PortfolioLayout;
  readonly portfolio: PortfolioRead;
}

/** The Accounts tab (its sheet, or null when the repair inserts it now) and what else the caller has read. */
export interface RiskInputs {
  readonly accounts: AccountsShape;
  readonly accountsSheet: Sheet | null;
  readonly settings: Settings;
  readonly portfolio: FoundTab | null;
}

/** One read of the help file per run (its paragraphs are not in the bundle). */
export const portfolioHelp = (env: Env): PortfolioHelp =>
  helpTexts(env.projectHtml(PORTFOLIO_HELP_FILE), PORTFOLIO_HELP_FILE, env.lang, PORTFOLIO_HELP_KEYS);

export function readRisk(env: Env, inputs: RiskInputs, help: PortfolioHelp): RiskRead {
  const palette = paletteOf(inputs.settings);
  const layout = portfolioFor(env.lang, inputs.accounts, palette, help);
  return {
    accounts: inputs.accounts,
    accountRules: inputs.accountsSheet ? readRuleList(inputs.accountsSheet) : NO_RULES,
    palette,
    layout,
    portfolio: readPortfolio(inputs.portfolio, layout, env.sheetsApi),
  };
}

/** Accounts' rules, the colour settings painted, the Portfolio tab. */
export function writeRisk(
  env: Env,
  read: RiskRead,
  accountsSheet: Sheet,
  cells: SettingCells | null,
  insert: TabInserter,
): RiskApplyResult {
  const c = read.accounts.columnOf;
  const due = c['next_review_due'];
  const columns = { share: c.revenue_share, band: c.risk_band, width: read.accounts.width, ...(due ? { reviewDue: due } : {}) };
  const rules = accountRules(env.lang, columns, columnLetters(c.risk_band), read.palette);
  const { kept } = writeRuleList(accountsSheet, read.accountRules, rules, env.sheetsApi, rangesOf(accountsSheet, ruleAreas(rules)));
  if (cells) paintPalette(cells, read.palette);
  const portfolio = writePortfolio(read.accounts, read.layout, read.portfolio, insert, env.sheetsApi);
  // The home checklist compares this with the Settings colours: typed colours not yet applied show there.
  env.documentProperties().set(RISK_MARKER, paletteMarker(read.palette));
  return { applied: true, missing: [], keptUserRules: kept, keptOnPortfolio: portfolio.kept };
}

/** The Settings tab's values and where each setting's value cell is. */
function readSettingCells(env: Env): { settings: Settings; cells: SettingCells | null } {
  const t = findTable(env.spreadsheet, tabSpec('settings'));
  if (!t) return { settings: parseSettings([], {}), cells: null };
  const keyCol = t.columnOf['setting_key'];
  const valueCol = t.columnOf['value'];
  const rowOf = new Map<string, number>();
  t.rows.forEach((r, i) => {
    const k = keyCol ? r[keyCol - 1] : '';
    if (typeof k === 'string' && k !== '') rowOf.set(k, t.firstRow + i);
  });
  return { settings: parseSettings(t.rows, t.columnOf, t.firstRow), cells: valueCol ? { sheet: t.sheet, valueCol, rowOf } : null };
}

/**
 * The rules and the Portfolio tab, without a toast: everything read, then written. `settings` when the caller
 * has just written them (the home sidebar's Settings form).
 */
export function applyRisk(env: Env, known: { readonly settings?: Settings } = {}): RiskApplyResult {
  const accounts = locateAccounts(env.spreadsheet);
  if ('missing' in accounts) return { applied: false, missing: accounts.missing, keptUserRules: 0, keptOnPortfolio: [] };
  const read = readSettingCells(env);
  const help = portfolioHelp(env);
  const tabs = locateTabs(env.spreadsheet, [{ key: PORTFOLIO_TAB_KEY, name: VIEW_TABS.portfolio }]);
  const inputs = {
    accounts,
    accountsSheet: accounts.sheet,
    settings: known.settings ?? read.settings,
    portfolio: tabs.found.get(PORTFOLIO_TAB_KEY) ?? null,
  };
  return writeRisk(env, readRisk(env, inputs, help), accounts.sheet, read.cells, tabInserter(env.spreadsheet, tabs, env.lang));
}

/** The menu action: applies and says what happened. */
export function applyRiskFormatting(env: Env): RiskApplyResult & { readonly message: string } {
  const r = applyRisk(env);
  const message = r.applied ? TEXT.done[env.lang] : fill(TEXT.missing[env.lang], { missing: r.missing.join(', ') });
  env.toast(message, TEXT.title[env.lang]);
  return { ...r, message };
}
