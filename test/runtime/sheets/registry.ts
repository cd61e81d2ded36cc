/**
 * The spreadsheets of one runtime, as Drive would hold them: each a Workbook
 * with an id, a URL, an owner, editors and viewers; which one is active; and
 * the IMPORTRANGE connections users allowed ("Allow access", once per source
 * per importing file). The bundle reaches other files only through
 * SpreadsheetApp.openById/openByUrl and IMPORTRANGE, both checked here.
 */
import type { RuntimeContext } from '../context';
import type { EngineValue } from './formulaEngine';
import type { ImportHost, ImportResult } from './importRange';
import { captureOwn, restoreOwn } from '../snapshot';
import { Workbook, type WorkbookOptions, type WorkbookState } from './workbook';

export type Role = 'owner' | 'editor' | 'viewer';

export interface Sharing {
  owner: string;
  /** Editors other than the owner, in the order they were added. */
  editors: string[];
  /** Viewers and commenters (Sheets' getViewers() returns both). */
  viewers: string[];
}

export interface SpreadsheetSpec extends WorkbookOptions {
  /** Spreadsheet locale (default: the runtime's). */
  locale?: string;
  /** Spreadsheet time zone (default: the runtime's). */
  timeZone?: string;
  /** The file's owner (default: the runtime's current user). */
  owner?: string;
  editors?: string[];
  viewers?: string[];
}

/**
 * Messages a user sees when hovering an IMPORTRANGE #REF!. The "connect"
 * one comes with an "Allow access" button in Sheets; the wording of all
 * three is from memory of the Sheets UI (not found in Google's pages), so
 * tests should rather assert the #REF! value.
 */
export const IMPORT_NEEDS_ACCESS = 'You need to connect these sheets.';
export const IMPORT_NO_PERMISSION = "You don't have permissions to access that sheet.";
export const importRangeUnparsable = (range: string): string => `Unable to parse range: ${range}`;

const URL_ID = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;
const BARE_ID = /^[A-Za-z0-9_-]{10,}$/;

/** The file id in a Sheets URL, or the text itself when it is a bare id (IMPORTRANGE accepts both). */
export function spreadsheetIdOf(urlOrId: string): string | undefined {
  const t = urlOrId.trim();
  const m = URL_ID.exec(t);
  if (m) return m[1];
  return BARE_ID.test(t) ? t : undefined;
}

export const spreadsheetUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

const norm = (email: string): string => email.trim().toLowerCase();

/** What SpreadsheetRegistry.saveState returns; opaque to callers. */
export interface RegistryState {
  readonly own: Record<string, unknown>;
  readonly files: readonly (readonly [Workbook, WorkbookState])[];
}

export class SpreadsheetRegistry {
  readonly files = new Map<string, Workbook>();
  active: Workbook;
  private readonly allowed = new Map<string, Set<string>>();
  private allowVersion = 0;
  /** Spreadsheets whose IMPORTRANGE evaluation is in progress (cycle guard). */
  private readonly evaluating: string[] = [];
  private nextNumber = 2;
  /** The files each file's IMPORTRANGE formulas read (learned while evaluating them). */
  private readonly sources = new Map<string, Set<string>>();

  constructor(
    readonly ctx: RuntimeContext,
    readonly primary: Workbook,
  ) {
    this.active = primary;
    this.register(primary);
  }

  register(wb: Workbook): void {
    if (this.files.has(wb.id)) throw new Error(`Runtime: a spreadsheet with id ${wb.id} already exists`);
    this.files.set(wb.id, wb);
    wb.attach(this);
  }

  /** A new spreadsheet file. Its locale and time zone are its own; the rest of the context is the runtime's. */
  create(spec: SpreadsheetSpec = {}): Workbook {
    const ctx: RuntimeContext = Object.create(this.ctx) as RuntimeContext;
    ctx.locale = spec.locale ?? this.ctx.locale;
    ctx.timeZone = spec.timeZone ?? this.ctx.timeZone;
    let id = spec.id;
    while (id === undefined || this.files.has(id))
      id = `1LocalSpreadsheet${String(this.nextNumber++).padStart(4, '0')}AbCdEfGhIjKlMnOpQrStUv`;
    const wb = new Workbook(ctx, { ...spec, id, name: spec.name ?? 'Untitled spreadsheet' });
    wb.sharing = { owner: spec.owner ?? this.ctx.user.email, editors: [], viewers: [] };
    for (const e of spec.editors ?? []) this.share(wb, e, 'editor');
    for (const v of spec.viewers ?? []) this.share(wb, v, 'viewer');
    this.register(wb);
    return wb;
  }

  /** Every file's state, sharing and connections, for Runtime.snapshot() (workbooks and contexts are not copied). */
  saveState(): RegistryState {
    const keep = (o: object): boolean => o instanceof Workbook || o === this.ctx;
    return {
      own: captureOwn(this, keep, ['ctx', 'primary', 'evaluating', 'allowVersion']),
      files: [...this.files.values()].map((wb) => [wb, wb.saveState(keep)] as const),
    };
  }

  /** Back to a saved state: files created since are gone, the others rolled back. */
  loadState(state: RegistryState): void {
    const keep = (o: object): boolean => o instanceof Workbook || o === this.ctx;
    restoreOwn(this, state.own, keep);
    for (const [wb, saved] of state.files) wb.loadState(saved, keep);
    this.allowVersion++;
  }

  byId(id: string): Workbook | undefined {
    return this.files.get(id);
  }

  /** By URL or bare id; throws a plain Error for harness callers. */
  get(idOrUrl: string): Workbook {
    const id = spreadsheetIdOf(idOrUrl);
    const wb = id === undefined ? undefined : this.files.get(id);
    if (!wb) throw new Error(`Runtime: no spreadsheet ${idOrUrl}`);
    return wb;
  }

  role(wb: Workbook, email: string): Role | null {
    const e = norm(email);
    if (e === '') return null;
    const s = wb.sharing;
    if (norm(s.owner) === e) return 'owner';
    if (s.editors.some((x) => norm(x) === e)) return 'editor';
    if (s.viewers.some((x) => norm(x) === e)) return 'viewer';
    return null;
  }

  canOpen(wb: Workbook, email: string): boolean {
    return this.role(wb, email) !== null;
  }

  canEdit(wb: Workbook, email: string): boolean {
    const r = this.role(wb, email);
    return r === 'owner' || r === 'editor';
  }

  /**
   * Adds a user as editor or viewer with Drive's rules (Spreadsheet.addEditor:
   * a viewer becomes an editor; addViewer: no effect on an editor or owner).
   */
  share(wb: Workbook, email: string, as: 'editor' | 'viewer'): void {
    const s = wb.sharing;
    const e = email.trim();
    const role = this.role(wb, e);
    if (as === 'editor') {
      if (role === 'owner' || role === 'editor') return;
      s.viewers = s.viewers.filter((x) => norm(x) !== norm(e));
      s.editors.push(e);
    } else if (role === null) s.viewers.push(e);
  }

  /** Spreadsheet.removeEditor / removeViewer: each list only; the owner stays. */
  unshare(wb: Workbook, email: string, from: 'editor' | 'viewer'): void {
    const s = wb.sharing;
    const e = norm(email);
    if (from === 'editor') s.editors = s.editors.filter((x) => norm(x) !== e);
    else s.viewers = s.viewers.filter((x) => norm(x) !== e);
  }

  /**
   * The user clicks "Allow access" on an IMPORTRANGE of `source` in
   * `importing`: it works only for someone who can open the source (and
   * edit the importing file); afterwards the connection holds for every
   * reader of the importing file, as in Sheets. False when refused.
   */
  allowImport(importing: Workbook, source: Workbook, email: string): boolean {
    if (!this.canOpen(source, email) || !this.canEdit(importing, email)) return false;
    let set = this.allowed.get(importing.id);
    if (!set) this.allowed.set(importing.id, (set = new Set()));
    if (!set.has(source.id)) {
      set.add(source.id);
      this.allowVersion++;
    }
    return true;
  }

  isImportAllowed(importing: Workbook, source: Workbook): boolean {
    return importing === source || (this.allowed.get(importing.id)?.has(source.id) ?? false);
  }

  /**
   * Changes when what `wb`'s IMPORTRANGE formulas may see changed: its own
   * content (a URL cell), a file they read, a connection, the set of files or
   * the current user (IMPORTRANGE re-reads then).
   */
  stateKey(wb: Workbook): string {
    let k = `${this.allowVersion}|${this.files.size}|${this.ctx.user.email}|${wb.version}`;
    // Transitively: a source's own imports change what it hands on (A imports B, B imports C).
    const seen = new Set<string>([wb.id]);
    const todo = [...(this.sources.get(wb.id) ?? [])];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      k += `|${id}:${this.files.get(id)?.version ?? -1}`;
      todo.push(...(this.sources.get(id) ?? []));
    }
    return k;
  }

  importHost(importing: Workbook): ImportHost {
    return { importRange: (url, range) => this.importRange(importing, url, range) };
  }

  private importRange(importing: Workbook, urlOrId: string, rangeString: string): ImportResult {
    const id = spreadsheetIdOf(urlOrId);
    const source = id === undefined ? undefined : this.files.get(id);
    // A file that does not exist looks like one the user may not open.
    if (!source) return { error: '#REF!', message: IMPORT_NO_PERMISSION };
    let read = this.sources.get(importing.id);
    if (!read) this.sources.set(importing.id, (read = new Set()));
    read.add(source.id);
    if (!this.isImportAllowed(importing, source)) {
      const canOpen = this.canOpen(source, this.ctx.user.email);
      return { error: '#REF!', message: canOpen ? IMPORT_NEEDS_ACCESS : IMPORT_NO_PERMISSION };
    }
    if (this.evaluating.includes(source.id) && source !== importing) return { error: '#REF!', message: 'Circular dependency detected.' };
    let target: ReturnType<Workbook['resolve']>;
    try {
      // "by default IMPORTRANGE will import from the given range of the first sheet"
      target = source.resolve(rangeString, source.sheets[0]!);
    } catch {
      return { error: '#REF!', message: importRangeUnparsable(rangeString) };
    }
    if (source === importing) return { error: '#REF!', message: 'Circular dependency detected.' };
    this.evaluating.push(importing.id);
    try {
      const { sheet, rect } = target;
      const values: EngineValue[][] = source.engine.getValues(sheet.hfId, rect.row - 1, rect.col - 1, rect.numRows, rect.numCols);
      return { values };
    } finally {
      this.evaluating.pop();
    }
  }
}
