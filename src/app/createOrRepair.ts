/** Menu action: build or repair the whole dossier and say what was done. */
import { text } from '../core/i18n';
import { NOTES_FILE, parseNotes } from '../core/notes';
import { createOrRepairTemplate } from './template';
import { showHome } from './home/show';
import { buildDossierView } from './dossierView';
import type { Env } from './env';
import { accountsLayout } from './risk/accounts';
import { applyRisk } from './risk/entry';
import { buildExport } from './team/export';

export function createOrRepair(env: Env): void {
  // The column and setting notes: one read of html/Notes.html for the whole repair.
  const notes = parseNotes(env.projectHtml(NOTES_FILE), env.lang);
  const result = createOrRepairTemplate(env.spreadsheet, env.lang, env.sheetsApi, notes);
  const view = buildDossierView(env.spreadsheet, env.lang, result.layout, env.sheetsApi);
  buildExport(env.spreadsheet, env.lang, result.layout);
  // The repair has just located every Accounts column and read Settings: the risk step reads neither again.
  const acc = result.layout['accounts'];
  const risk = applyRisk(env, {
    ...(acc ? { accounts: accountsLayout(acc.sheet, acc.columnOf, acc.width, acc.maxRows) } : {}),
    settings: result.settings,
  });
  const created = result.tabs.filter((t) => t.created).length;
  const added = result.tabs.reduce((n, t) => n + t.addedColumns.length, 0);
  const blocked = result.tabs.flatMap((t) => t.blockedFormulas.map((k) => `${t.tab}: ${k}`));
  const parts = [text(env.lang, 'create.tabsCreated', { n: created }), text(env.lang, 'create.columnsRestored', { n: added })];
  const reconnected = result.tabs.flatMap((t) => t.reconnected.map((k) => `${t.tab}: ${k}`));
  if (reconnected.length) parts.push(text(env.lang, 'create.reconnected', { list: reconnected.join(', ') }));
  for (const t of result.tabs.filter((x) => x.headerMovedTo))
    parts.push(text(env.lang, 'create.headerMoved', { tab: t.tab, row: t.headerMovedTo ?? 0 }));
  const keyRows = result.tabs.filter((t) => t.keyRowRestored).map((t) => t.tab);
  if (keyRows.length) parts.push(text(env.lang, 'create.keyRowRestored', { list: keyRows.join(', ') }));
  // Typed cells on the views, named as the Problems tab names cells: 'Dossier view'!E1.
  const kept = [...view.kept, ...risk.keptOnPortfolio];
  if (kept.length) parts.push(text(env.lang, 'create.viewKept', { list: kept.join(', ') }));
  if (blocked.length) parts.push(text(env.lang, 'create.formulaBlocked', { list: blocked.join(', ') }));
  env.toast(parts.join('; '), text(env.lang, 'create.title'));
  // What to do next: the home sidebar's checklist. Its failure (no UI here) must not hide the repair's result.
  try {
    showHome(env);
  } catch (_e) {
    // The toast above still says what was done.
  }
}
