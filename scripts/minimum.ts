/**
 * The physical minimum of service calls of each operation, computed from the schema's line items (tabs,
 * columns, runs of adjacent columns with the same value, rules, protections, notes, metadata, views), not
 * from what the code happens to do. `npm run bench` prints each operation's calls against it;
 * test/operations.test.ts holds every operation within 1.2 times it.
 *
 * The price list, in SpreadsheetApp calls, builders excluded (SpreadsheetApp.new*, the rule and chart builders'
 * chained methods, the metadata finder's with* chain: test/runtime/callKinds.ts):
 * - a read: 1 call per attribute (values, formulas, notes...) of a block; a table's extent and values are 2
 *   (getDataRange, getValues);
 * - a write: 1 call per attribute per block. One value over several blocks of a sheet is one write (a RangeList),
 *   so a number format is 1 write per format value, however many runs of adjacent columns carry it; per-cell
 *   values over one block (values, notes, formulas, several number formats) are 1 write per block;
 * - handles: a call per range needs one; any number of single ranges of a sheet come in 2 calls (getRangeList,
 *   getRanges) and a RangeList is 1, so a sheet costs min(single ranges, 2) + its RangeLists, per phase;
 * - a tab found by its tag: 3 (the metadata search, the tag's location, its sheet); a new tab: 2 (insert, tag);
 * - metadata: 1 search per key and sheet; SpreadsheetApp hands each column tag out as an object, so a column tag
 *   read is 4 (value, location, location's column, its index) and a row tag read 3; a tag written is 1;
 * - protections: the list 1 + 1 description per protection; a new one 3 (protect, description, warning only);
 *   an existing one re-pointed 1;
 * - conditional formats: writing a sheet's list is 1; a repair first reads it (1) and tells its own rules from
 *   the user's by their formula (2 per rule);
 * - a named range: 1 lookup (repair), 1 to set;
 * - a project HTML file: 2 (the file, its content).
 * Rows never count: every read and write is one block whatever the number of rows.
 *
 * What each operation must do (and what it need not) is said at each line item. A repair of an intact
 * dossier reads what it checks and writes only what a read cannot show to be in place more cheaply (a write
 * and a read of an attribute cost the same call); nothing read is read twice.
 */
import { accountRules } from '../src/core/risk/colourRules';
import { highlightRules } from '../src/core/highlights';
import { PORTFOLIO_HELP_KEYS, type PortfolioHelp } from '../src/core/helpTexts';
import { DEFAULT_PALETTE } from '../src/core/risk/palette';
import { portfolioLayout } from '../src/core/risk/portfolioLayout';
import { adjacentRuns, columnPlan, sameValueRuns, settingHasRule, widthRuns } from '../src/core/schema/columnPlan';
import { SETTINGS } from '../src/core/schema/settings';
import { INPUT_TABS, TABLE_TABS, tabSpec } from '../src/core/schema/tabs';
import type { TabKey, TabSpec } from '../src/core/schema/types';
import { CROSS_ROW_RULES } from '../src/core/validation';
import { editScope } from '../src/core/validation/editScope';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import { columnLetters } from '../src/core/a1';
import { DUE_SOURCE_KEYS, DUE_SOURCES } from '../src/core/reminders/notices';

export type OperationKey = 'create' | 'repair' | 'validate' | 'onEdit' | 'risk' | 'daily';

export const OPERATIONS: readonly { key: OperationKey; label: string }[] = [
  { key: 'create', label: 'create dossier (empty workbook)' },
  { key: 'repair', label: 'repair (intact dossier)' },
  { key: 'validate', label: 'Validate dossier' },
  { key: 'onEdit', label: 'onEdit, one cell of a child tab' },
  { key: 'risk', label: 'Re-apply risk colours' },
  { key: 'daily', label: 'daily reminder run' },
];

export interface LineItem {
  readonly what: string;
  readonly calls: number;
}

/** Facts of the measured workbook the minimum depends on (the rest comes from the schema). */
export interface Scenario {
  /** Digests the daily run sends (each is one send and one durable record of it). */
  readonly digests: number;
  /** Tabs with problems in Validate (their current name and sheet id word the messages and links). */
  readonly tabsWithProblems: number;
  /** Tabs the daily run's digests link to (each: its sheet id for the link, its name for the words). */
  readonly linkedTabs: number;
  /** The one-cell edit: its tab and column, and the other rows of the account it names on that tab. */
  readonly edit: { readonly tab: TabKey; readonly column: string; readonly otherRows: number };
}

const NEW_SHEET_ROWS = 1000;
const TAB_BY_TAG = 3;
const NEW_TAB = 2;
const NEW_PROTECTION = 3;
const COLUMN_TAG_READ = 4;
const ROW_TAG_READ = 3;
const OWN_RULE_CHECK = 2;
const HTML_FILE = 2;
const TABLE_READ = 2;

const handles = (singles: number, lists = 0): number => Math.min(singles, 2) + lists;
const sum = (items: readonly LineItem[]): number => items.reduce((n, i) => n + i.calls, 0);

/** Where create puts every column: in schema order from A. */
const schemaColumns = (spec: TabSpec): Record<string, number> => Object.fromEntries(spec.columns.map((c, i) => [c.key, i + 1]));

/** The tab's own conditional-format rules (Accounts' come from the risk step) and their areas. */
function ownRules(spec: TabSpec): { rules: number; areas: number } {
  const r = highlightRules(spec.key, schemaColumns(spec), () => null);
  return { rules: r.length, areas: r.reduce((n, x) => n + x.areas.length, 0) };
}

function accountsRules(): { rules: number; areas: number } {
  const c = schemaColumns(tabSpec('accounts'));
  const rules = accountRules(
    'en',
    {
      share: c['revenue_share'] ?? 0,
      band: c['risk_band'] ?? 0,
      width: tabSpec('accounts').columns.length,
      reviewDue: c['next_review_due'] ?? 0,
    },
    columnLetters(c['risk_band'] ?? 1),
    DEFAULT_PALETTE,
  );
  // The two band columns share their areas across the band rules: distinct ranges, not one per rule.
  const areas = new Set(rules.flatMap((r) => r.areas.map((a) => `${a.row}:${a.col}:${a.cols}`))).size;
  return { rules: rules.length, areas };
}

function portfolio() {
  const help = Object.fromEntries(PORTFOLIO_HELP_KEYS.map((k) => [k, k])) as unknown as PortfolioHelp;
  const letters = { account_id: 'A', name: 'B', key_type: 'C', manager_email: 'D', annual_revenue: 'G', risk_band: 'I', status: 'J' };
  const layout = portfolioLayout('en', { sheetName: 'Accounts', letters }, DEFAULT_PALETTE, help);
  const lists =
    layout.numberFormats.filter((f) => f.a1.length > 1).length +
    (layout.bold.length > 1 ? 1 : 0) +
    [...new Set(layout.fills.map((f) => JSON.stringify(f.swatch)))].filter(
      (s) => layout.fills.filter((f) => JSON.stringify(f.swatch) === s).length > 1,
    ).length;
  const fillGroups = new Set(layout.fills.map((f) => JSON.stringify(f.swatch))).size;
  return {
    layout,
    /** Formats, bold, fills (background and font per swatch), notes, the spilled columns' formats. */
    attributes:
      layout.numberFormats.length +
      (layout.bold.length ? 1 : 0) +
      2 * fillGroups +
      layout.notes.length +
      new Set(layout.spillFormats.map((s) => s.format)).size,
    lists,
    areas: layout.rules.reduce((n, r) => n + r.areas.length, 0),
    widthRuns: sameValueRuns(layout.columnWidths.map((w, i) => ({ col: i + 1, value: w }))).length,
  };
}

/** Settings value cells: per run of adjacent setting rows, one block of formats and one of rules. */
function settingBlocks(): { formats: number; rules: number } {
  const rows = SETTINGS.map((s, i) => ({ s, row: FIRST_DATA_ROW + i }));
  return {
    formats: adjacentRuns(rows.map((r) => r.row)).length,
    rules: adjacentRuns(rows.filter((r) => settingHasRule(r.s)).map((r) => r.row)).length,
  };
}

/** The three colour settings' cells are painted with the colour in use: background and font, per run of rows. */
function paletteWrites(): number {
  const rows = SETTINGS.map((s, i) => ({ s, row: FIRST_DATA_ROW + i })).filter((r) => r.s.type === 'colour');
  return 2 * adjacentRuns(rows.map((r) => r.row)).length;
}

/**
 * The hidden Lists tab behind the dependent dropdowns (the plan's method follows its approach): one column per
 * parent option and one of every option, a named range each, and one per-row rule write per dependent column
 * after reading its parent column.
 */
function listsItems(created: boolean): LineItem[] {
  const dependents = TABLE_TABS.flatMap((t) => t.columns.flatMap((c) => (c.dependent ? [c.dependent] : [])));
  if (!dependents.length) return [];
  const lists = dependents.reduce((n, d) => n + Object.keys(d.lists).length + 1, 0);
  return [
    created
      ? { what: 'lists: new tab and tag', calls: NEW_TAB }
      : { what: 'lists: grid size, named ranges looked up, protection list and description', calls: 2 + lists + 2 },
    ...(created ? [] : [{ what: 'lists: each dependent column’s parents read (range, values)', calls: 2 * dependents.length }]),
    { what: 'lists: the lists (one block), hidden', calls: 2 },
    ...(created ? [{ what: `lists: ${lists} named ranges`, calls: lists }] : []),
    created
      ? { what: 'lists: sheet protection, warning only', calls: NEW_PROTECTION }
      : { what: 'lists: sheet protection: unprotected ranges', calls: 1 },
    { what: 'lists: ranges (the block, each list)', calls: handles(1 + lists) },
    { what: 'each dependent column: its rows’ rules (range, one write)', calls: 2 * dependents.length },
  ];
}

/** What every create and repair writes on a table tab whatever its state (style, formats, rules, protections). */
function tabWrites(spec: TabSpec, created: boolean): { items: LineItem[]; singles: number; lists: number } {
  const plan = columnPlan(spec, schemaColumns(spec));
  const items: LineItem[] = [];
  const add = (what: string, calls: number) => calls && items.push({ what: `${spec.key}: ${what}`, calls });
  let singles = 0;
  let lists = 0;
  add('header notes (one block per run of schema columns)', plan.headerRuns.length);
  singles += plan.headerRuns.length;
  add('header style: bold, background, wrap, vertical alignment', 4);
  singles += 1;
  add('hidden key row, frozen header, tab colour', 3);
  if (spec.frozenColumns > 0 || !created) add('frozen columns', 1);
  if (spec.key === 'settings') add('hidden key column', 1);
  add('number formats: one per format value', plan.formats.length);
  for (const f of plan.formats) {
    if (f.runs.length > 1) lists++;
    else singles++;
  }
  add('data validation: one rule per column that has one', plan.validated.length);
  singles += plan.validated.length;
  if (plan.wraps.length) {
    add('wrapped long text', 1);
    if (plan.wraps.length > 1) lists++;
    else singles++;
  }
  const owned = 1 + plan.computed.length;
  add(
    created ? 'protections: header and computed columns (protect, describe, warning only)' : 'protections re-pointed',
    created ? NEW_PROTECTION * owned : owned,
  );
  singles += plan.computed.length; // the header's range is the header block's
  if (spec.role === 'output')
    add(created ? 'sheet protection, warning only' : 'sheet protection: unprotected ranges', created ? NEW_PROTECTION : 1);
  if (spec.system) add('hidden tab', 1);
  const rules = ownRules(spec);
  if (rules.rules) {
    add('conditional-format list', 1);
    singles += rules.areas;
  }
  return { items, singles, lists };
}

function createItems(): LineItem[] {
  const items: LineItem[] = [
    { what: 'the spreadsheet, its locale', calls: 2 },
    { what: 'Notes.html and PortfolioHelp.html', calls: 2 * HTML_FILE },
    { what: 'tabs: one tag search (none found), the sheet list, the one sheet’s name', calls: 3 },
    { what: 'the untouched first sheet: is it empty, delete it', calls: 2 },
  ];
  for (const spec of TABLE_TABS) {
    const w = tabWrites(spec, true);
    const plan = columnPlan(spec, schemaColumns(spec));
    const n = spec.columns.length;
    items.push(
      { what: `${spec.key}: new tab and its tag`, calls: NEW_TAB },
      { what: `${spec.key}: header row tag, ${n} column tags`, calls: 1 + n },
      { what: `${spec.key}: header keys and labels (one block)`, calls: 1 },
      {
        what: `${spec.key}: column widths, one per run of adjacent equal widths`,
        calls: widthRuns(spec.columns.map((c, i) => ({ spec: c, col: i + 1 }))).length,
      },
      ...w.items,
    );
    if (plan.formulaRuns.length)
      items.push({ what: `${spec.key}: formulas, one per run of computed columns`, calls: plan.formulaRuns.length });
    // Handles: the header block, the style row, the tag row, each column (tags), plus what tabWrites named.
    items.push({ what: `${spec.key}: ranges`, calls: handles(3 + n + w.singles + plan.formulaRuns.length, w.lists) });
  }
  const settings = settingBlocks();
  items.push(
    { what: 'settings: rows with their defaults (one block)', calls: 1 },
    { what: `settings: ${SETTINGS.length} named ranges`, calls: SETTINGS.length },
    { what: 'settings: value formats and rules, per run of setting rows', calls: settings.formats + settings.rules },
    { what: 'settings: the colour cells painted', calls: paletteWrites() },
    ...listsItems(true),
    ...viewItems(true),
    ...afterRepair(),
  );
  return items;
}

/** Dossier view, Export and the risk step's Accounts rules and Portfolio, for create (new) or repair (intact). */
function viewItems(created: boolean): LineItem[] {
  const items: LineItem[] = [];
  const p = portfolio();
  const acc = accountsRules();
  // Dossier view: one grid of labels and formulas, its formats, the picker's rule, the title, the section rows.
  items.push(
    created
      ? { what: 'dossier view: new tab and tag', calls: NEW_TAB }
      : { what: 'dossier view: grid size, its values and formulas (typed cells kept)', calls: 4 },
    // Written whole on repair too: a formula's stored text may differ from what was written (engines normalise it).
    { what: 'dossier view: formats and values of the grid', calls: 2 },
    { what: 'dossier view: picker rule, title size and weight, section rows weight and background', calls: 5 },
    { what: 'dossier view: hidden helper column, frozen rows, two widths, tab colour', calls: 5 },
    created
      ? { what: 'dossier view: sheet protection with the picker open', calls: NEW_PROTECTION + 1 }
      : { what: 'dossier view: protection list, description, picker open', calls: 3 },
    { what: 'dossier view: ranges (grid, picker, title, account ids; section rows as one list)', calls: handles(4, 1) },
  );
  // Export: header, formulas, named range, date format; hidden once.
  items.push(
    created ? { what: 'export: new tab and tag', calls: NEW_TAB } : { what: 'export: grid size', calls: 2 },
    { what: 'export: header, formulas, named range, date format', calls: 4 },
    ...(created ? [{ what: 'export: hidden key row and tab', calls: 2 }] : []),
    { what: 'export: ranges', calls: handles(3) },
  );
  // The risk step: Accounts' rules, the Portfolio panel, its rules and chart.
  items.push(
    {
      what: 'accounts: conditional-format list' + (created ? '' : ' (read, own rules told apart, written)'),
      calls: created ? 1 : 1 + OWN_RULE_CHECK * acc.rules + 1,
    },
    { what: 'accounts: rule ranges', calls: handles(acc.areas) },
  );
  const needRows = p.layout.spillFromRow + Math.max(NEW_SHEET_ROWS - FIRST_DATA_ROW + 1, p.layout.values.length);
  if (created)
    items.push(
      { what: 'portfolio: new tab and tag, sheet protection', calls: NEW_TAB + NEW_PROTECTION },
      { what: 'portfolio: rows for one manager per account', calls: needRows > NEW_SHEET_ROWS ? 1 : 0 },
      { what: 'portfolio: column widths, per run of equal widths', calls: p.widthRuns },
    );
  else
    items.push(
      { what: 'portfolio: grid size, its values and formulas (typed cells kept)', calls: 4 },
      { what: 'portfolio: protection list, description, unprotected ranges', calls: 3 },
      { what: 'portfolio: font weight reset', calls: 1 },
      { what: 'portfolio: chart list, its range (ours?), removed', calls: 4 },
    );
  items.push(
    { what: 'portfolio: grid values', calls: 1 },
    { what: 'portfolio: formats, bold, fills, notes', calls: p.attributes },
    {
      what: 'portfolio: conditional-format list' + (created ? '' : ' (read, own rules told apart, written)'),
      calls: created ? 1 : 1 + OWN_RULE_CHECK * p.layout.rules.length + 1,
    },
    { what: 'portfolio: chart inserted', calls: 1 },
    {
      what: 'portfolio: ranges (grid, notes, chart data, rule areas, spill; format groups as lists)',
      calls: handles(p.layout.notes.length + p.areas + 3, p.lists),
    },
  );
  return items;
}

/** The colours the rules were written with (the home checklist compares them with Settings): one property. */
const RISK_MARKER: LineItem = { what: 'risk colours marker: document properties, one property written', calls: 2 };

/** Create and repair end with the toast and the home sidebar (its template, evaluated, titled, shown). */
function afterRepair(): LineItem[] {
  return [RISK_MARKER, { what: 'toast', calls: 1 }, { what: 'home sidebar: template, evaluate, title, UI, show', calls: 5 }];
}

function repairItems(): LineItem[] {
  const viewTabs = 3; // Dossier view, Export, Portfolio
  // Views and the export quote the dossier tabs; the highlight rules quote the Settings cells they read.
  const quoted = TABLE_TABS.filter((t) => t.role === 'input');
  const items: LineItem[] = [
    { what: 'the spreadsheet, its locale', calls: 2 },
    { what: 'Notes.html and PortfolioHelp.html', calls: 2 * HTML_FILE },
    {
      what: `tabs found by their tag (${TABLE_TABS.length} tables, ${viewTabs} views, the lists)`,
      calls: TAB_BY_TAG * (TABLE_TABS.length + viewTabs + 1),
    },
    { what: `names of the ${quoted.length} tabs the views, the export and formulas quote (a user may rename a tab)`, calls: quoted.length },
    { what: 'accounts: grid size (the Portfolio keeps a row per account)', calls: 1 },
  ];
  for (const spec of TABLE_TABS) {
    const w = tabWrites(spec, false);
    const plan = columnPlan(spec, schemaColumns(spec));
    const n = spec.columns.length;
    const protections = 1 + plan.computed.length + (spec.role === 'output' ? 1 : 0);
    const rules = ownRules(spec);
    items.push(
      {
        // Two calls read the used block whole (its extent, its values); the repair pays one more (the used width, then
        // the key and header rows) so as not to read every row of a long tab.
        what: `${spec.key}: the table (extent, values)${plan.formulaRuns.length ? ' and its formulas' : ''}`,
        calls: TABLE_READ + (plan.formulaRuns.length ? 1 : 0),
      },
      { what: `${spec.key}: header row tag`, calls: 1 + ROW_TAG_READ },
      { what: `${spec.key}: ${n} column tags`, calls: 1 + COLUMN_TAG_READ * n },
      { what: `${spec.key}: protection lists and descriptions`, calls: (spec.role === 'output' ? 2 : 1) + protections },
      ...(rules.rules
        ? [{ what: `${spec.key}: conditional-format list read, own rules told apart`, calls: 1 + OWN_RULE_CHECK * rules.rules }]
        : []),
      ...w.items,
      { what: `${spec.key}: ranges`, calls: handles(w.singles, w.lists) },
    );
  }
  const settings = settingBlocks();
  items.push(
    { what: `settings: ${SETTINGS.length} named ranges looked up`, calls: SETTINGS.length },
    { what: 'settings: value formats and rules, per run of setting rows', calls: settings.formats + settings.rules },
    { what: 'settings: the colour cells painted', calls: paletteWrites() },
    ...listsItems(false),
    ...viewItems(false),
    ...afterRepair(),
  );
  return items;
}

/** Validate: every input tab and the Problems tab read once, the Problems rows written once. */
function validateItems(s: Scenario): LineItem[] {
  const read = [...INPUT_TABS.map((t) => t.key), 'problems', 'snapshots'];
  return [
    { what: 'the spreadsheet, its locale and time zone', calls: 3 },
    { what: `tabs found by their tag (${read.join(', ')})`, calls: TAB_BY_TAG * read.length },
    { what: 'each tab read once (extent, values)', calls: TABLE_READ * read.length },
    {
      what: 'name and sheet id of each tab with problems (messages, links), and the Accounts name messages quote',
      calls: 2 * s.tabsWithProblems + (s.tabsWithProblems ? 1 : 0),
    },
    { what: 'problems: grid size, rows written (one block)', calls: 3 },
    { what: 'toast', calls: 1 },
  ];
}

/**
 * One cell typed on a child tab. A tab without cross-row rules: the edited rows and the header in one block, and
 * Accounts when the row names an account. A tab with them (core/validation/editScope.ts): the tab read whole,
 * the tables and settings its rules need, and the notes and backgrounds of each block of cells marked again.
 */
function onEditItems(s: Scenario): LineItem[] {
  const { tab, column, otherRows } = s.edit;
  const spec = tabSpec(tab);
  const identity: LineItem[] = [
    { what: 'the edited range (its rows and columns) and its sheet', calls: 2 },
    { what: 'the sheet’s tab tag (metadata, key, value), the time zone', calls: 4 },
  ];
  if (!CROSS_ROW_RULES.some((r) => r.marks[tab])) {
    return [
      ...identity,
      { what: 'used width; one block from the key row to the last edited row: values, notes, backgrounds', calls: 5 },
      { what: 'the row names an account: Accounts found by tag and read (extent, values)', calls: TAB_BY_TAG + TABLE_READ },
    ];
  }
  const scope = editScope(
    tab,
    [column],
    spec.columns.map((c) => c.key),
  );
  const others = [...new Set(['accounts', ...scope.tables])].filter((t) => t !== tab);
  const blocks = 1 + (scope.remark.length && otherRows ? 1 : 0);
  return [
    ...identity,
    { what: `${tab}: read whole (extent, values)`, calls: TABLE_READ },
    { what: `${others.join(', ')}: found by tag and read (extent, values)`, calls: (TAB_BY_TAG + TABLE_READ) * others.length },
    { what: `settings the rules read (${scope.settings.join(', ') || 'none'}): named range, value`, calls: 2 * scope.settings.length },
    { what: `${blocks} block(s) marked again: range, notes, backgrounds`, calls: 3 * blocks },
  ];
}

function riskItems(): LineItem[] {
  const acc = accountsRules();
  const p = portfolio();
  return [
    { what: 'the spreadsheet, its locale', calls: 2 },
    { what: 'PortfolioHelp.html', calls: HTML_FILE },
    {
      what: 'accounts: found by tag, its header rows (used width, values), its name (formulas quote it), grid size',
      calls: TAB_BY_TAG + 3 + 2,
    },
    { what: 'settings: found by tag and read (extent, values)', calls: TAB_BY_TAG + TABLE_READ },
    { what: 'settings: the colour cells painted', calls: paletteWrites() + 1 },
    { what: 'accounts: conditional-format list read, own rules told apart, written', calls: 1 + OWN_RULE_CHECK * acc.rules + 1 },
    { what: 'accounts: rule ranges', calls: handles(acc.areas) },
    { what: 'portfolio: found by tag, grid size, its values and formulas', calls: TAB_BY_TAG + 4 },
    { what: 'portfolio: protection list, description, unprotected ranges', calls: 3 },
    { what: 'portfolio: font weight reset, formats, bold, fills, notes', calls: 1 + p.attributes },
    {
      what: 'portfolio: conditional-format list read, own rules told apart, written',
      calls: 1 + OWN_RULE_CHECK * p.layout.rules.length + 1,
    },
    { what: 'portfolio: chart list, its range (ours?), removed, inserted', calls: 5 },
    {
      what: 'portfolio: ranges (grid, notes, chart data, rule areas, spill; format groups as lists)',
      calls: handles(p.layout.notes.length + p.areas + 3, p.lists),
    },
    RISK_MARKER,
    { what: 'toast', calls: 1 },
  ];
}

/** The hourly run that sends the day's digests (sendRecords.ts, ledger.ts, status.ts). */
function dailyItems(s: Scenario): LineItem[] {
  // What the notices are derived from: Settings, the dossier tabs with dates, the ledger, and every dated source.
  const tables = [
    ...new Set(['settings', 'accounts', 'contacts', 'reviews', ...DUE_SOURCE_KEYS.map((k) => DUE_SOURCES[k].tab), 'notices']),
  ];
  return [
    { what: 'the spreadsheet, its locale and time zone', calls: 3 },
    { what: 'document lock: taken, released', calls: 3 },
    { what: 'document properties: the store, all of them in one read', calls: 2 },
    { what: 'document properties read again before the records go (another execution may have added one)', calls: 1 },
    { what: `tabs found by their tag and read once (${tables.join(', ')})`, calls: (TAB_BY_TAG + TABLE_READ) * tables.length },
    { what: 'digest links: file name and URL', calls: 2 },
    { what: `${s.linkedTabs} tabs the digests link to: sheet id and name`, calls: 2 * s.linkedTabs },
    { what: 'the sender named in the digests (effective user, its address)', calls: s.digests ? 2 : 0 },
    // The digest's words ship beside the bundle (core/texts/external.ts): read once when something is mailed.
    { what: 'Texts.html, the digest’s words', calls: s.digests ? HTML_FILE : 0 },
    { what: 'mail quota, once per run', calls: 1 },
    { what: `${s.digests} digests: each sent and its send recorded`, calls: 2 * s.digests },
    { what: 'notices log: grid size, one append', calls: 3 },
    { what: 'flush before the send records go, records dropped in one write', calls: 2 },
    { what: 'status block: its named range, one write', calls: 2 },
    { what: 'hourly trigger check: file id, user properties', calls: 3 },
  ];
}

export function minimumItems(op: OperationKey, s: Scenario): LineItem[] {
  switch (op) {
    case 'create':
      return createItems();
    case 'repair':
      return repairItems();
    case 'validate':
      return validateItems(s);
    case 'onEdit':
      return onEditItems(s);
    case 'risk':
      return riskItems();
    case 'daily':
      return dailyItems(s);
  }
}

export function minimum(op: OperationKey, s: Scenario): number {
  return sum(minimumItems(op, s));
}
