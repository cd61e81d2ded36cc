/**
 * Menu action: build or repair the whole dossier and say what was done.
 * Everything the repair checks is read first (every table tab, the views,
 * the risk step's rules and panel); then it writes, in blocks. A read after
 * a write would make Sheets flush the writes made so far.
 */
import { text } from '../core/i18n';
import { NOTES_FILE, parseNotes } from '../core/notes';
import { TABLE_TABS, VIEW_TABS } from '../core/schema/tabs';
import { parseSettings } from '../core/settingsValues';
import { label } from '../core/i18n';
import { locateTabs, tabInserter } from '../sheets/locate';
import { dossierGrid, readDossierView, writeDossierView } from './dossierView';
import { showHome } from './home/show';
import type { Env } from './env';
import { accountsShape } from './risk/accounts';
import type { RiskApplyResult } from './risk/entry';
import { portfolioHelp, readRisk, writeRisk } from './risk/entry';
import { PORTFOLIO_TAB_KEY } from './risk/portfolio';
import { readExport, writeExport } from './team/export';
import { readTemplate, untouchedDefaultSheet, withListsTab, writeTemplate } from './template';

export function createOrRepair(env: Env): void {
  const ss = env.spreadsheet;
  const lang = env.lang;
  // The column and setting notes, and the Portfolio help: one read of each HTML file for the whole repair.
  const notes = parseNotes(env.projectHtml(NOTES_FILE), lang);
  const help = portfolioHelp(env);

  // Read: where every tab is, what each holds.
  const tabs = locateTabs(ss, [
    ...withListsTab(TABLE_TABS),
    { key: 'dossierView', name: VIEW_TABS.dossier },
    { key: 'export', name: label('tab.export') },
    { key: PORTFOLIO_TAB_KEY, name: VIEW_TABS.portfolio },
  ]);
  const found = (key: string) => tabs.found.get(key) ?? null;
  const template = readTemplate(ss, TABLE_TABS, tabs, lang, env.sheetsApi);
  const placed = Object.fromEntries(template.tabs.map((t) => [t.spec.key, t]));
  const grid = dossierGrid(lang, placed);
  const view = readDossierView(found('dossierView'), grid, env.sheetsApi);
  const exported = readExport(found('export'));
  const acc = placed['accounts'];
  const settingsTab = placed['settings'];
  const shape = acc ? accountsShape(acc.name, acc.columnOf, acc.width, acc.maxRows) : { missing: ['accounts'] };
  // The repair has just located every Accounts column and read Settings: the risk step reads neither again.
  const settings = settingsTab ? parseSettings(settingsTab.rows, settingsTab.columnOf, settingsTab.firstRow) : parseSettings([], {});
  const risk =
    'missing' in shape
      ? null
      : readRisk(env, { accounts: shape, accountsSheet: acc?.found?.sheet ?? null, settings, portfolio: found(PORTFOLIO_TAB_KEY) }, help);
  const defaultSheet = untouchedDefaultSheet(tabs);

  // Write.
  const insert = tabInserter(ss, tabs, lang);
  const result = writeTemplate(ss, lang, env.sheetsApi, notes, template, insert);
  const accounts = result.layout['accounts'];
  const shown = writeDossierView(grid, view, accounts ? accounts.accountIds : null, insert, env.sheetsApi);
  writeExport(ss, lang, result.layout, exported, insert);
  const applied: RiskApplyResult =
    risk && accounts
      ? writeRisk(env, risk, accounts.sheet, result.settingCells, insert)
      : { applied: false, missing: 'missing' in shape ? shape.missing : [], keptUserRules: 0, keptOnPortfolio: [] };
  if (defaultSheet) ss.deleteSheet(defaultSheet);

  const created = result.tabs.filter((t) => t.created).length;
  const added = result.tabs.reduce((n, t) => n + t.addedColumns.length, 0);
  const blocked = result.tabs.flatMap((t) => t.blockedFormulas.map((k) => `${t.tab}: ${k}`));
  const parts = [text(lang, 'create.tabsCreated', { n: created }), text(lang, 'create.columnsRestored', { n: added })];
  const reconnected = result.tabs.flatMap((t) => t.reconnected.map((k) => `${t.tab}: ${k}`));
  if (reconnected.length) parts.push(text(lang, 'create.reconnected', { list: reconnected.join(', ') }));
  for (const t of result.tabs.filter((x) => x.headerMovedTo))
    parts.push(text(lang, 'create.headerMoved', { tab: t.tab, row: t.headerMovedTo ?? 0 }));
  const keyRows = result.tabs.filter((t) => t.keyRowRestored).map((t) => t.tab);
  if (keyRows.length) parts.push(text(lang, 'create.keyRowRestored', { list: keyRows.join(', ') }));
  // Typed cells on the views, named as the Problems tab names cells: 'Dossier view'!E1.
  const kept = [...shown.kept, ...applied.keptOnPortfolio];
  if (kept.length) parts.push(text(lang, 'create.viewKept', { list: kept.join(', ') }));
  if (blocked.length) parts.push(text(lang, 'create.formulaBlocked', { list: blocked.join(', ') }));
  env.toast(parts.join('; '), text(lang, 'create.title'));
  // What to do next: the home sidebar's checklist. Its failure (no UI here) must not hide the repair's result.
  try {
    showHome(env);
  } catch (_e) {
    // The toast above still says what was done.
  }
}
