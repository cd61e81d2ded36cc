/**
 * Spreadsheet: sheets, A1 lookups across sheets, named ranges, protections,
 * developer metadata, locale and time zone (backed by the runtime context).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { addMetadata, metadataFinder, metadataForSpreadsheet } from './metadata';
import { listProtections } from './protection';
import { RangeImpl, newRange, rangeFromRect } from './range';
import { newRangeList } from './rangeList';
import { SheetImpl, newSheet } from './sheet';
import type { NamedRangeData } from './store';
import type { Workbook } from './workbook';

export function newSpreadsheet(wb: Workbook): GSpreadsheet {
  return wrap(new SpreadsheetImpl(wb), 'Spreadsheet');
}

/** Apps Script's message for an action the user's role does not allow (e.g. in https://github.com/peterherrmann/BetterLog/issues/11). */
export const NOT_ALLOWED_MESSAGE = 'You do not have permission to perform that action.';

/** Base.User as the Spreadsheet's sharing methods hand it out. */
export class SharingUserImpl extends Facade<GoogleAppsScript.Base.User> {
  constructor(
    wb: Workbook,
    readonly _email: string,
  ) {
    super(wb);
  }
  getEmail(): string {
    return this._email;
  }
}

function wrapUser(wb: Workbook, email: string): GoogleAppsScript.Base.User {
  return wrap(new SharingUserImpl(wb, email), 'User');
}

export function wrapNamedRange(wb: Workbook, nr: NamedRangeData): GNamedRange {
  return wrap(new NamedRangeImpl(wb, nr), 'NamedRange');
}

export class SpreadsheetImpl extends Facade<GSpreadsheet> implements Partial<GSpreadsheet> {
  constructor(wb: Workbook) {
    super(wb);
  }
  getId(): string {
    return this._wb.id;
  }
  getName(): string {
    return this._wb.name;
  }
  rename(newName: string): void {
    this._wb.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._wb.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._wb.ctx.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._wb.ctx.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._wb.ctx.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw sheetsError(`Invalid argument: timezone`);
    }
    this._wb.ctx.timeZone = timezone;
  }

  // --------------------------------------------------------------- sheets
  getSheets(): GSheet[] {
    return this._wb.sheets.map((s) => newSheet(this._wb, s));
  }
  getNumSheets(): number {
    return this._wb.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this._wb.sheetByName(String(name));
    return s ? newSheet(this._wb, s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this._wb.sheetByGid(id);
    return s ? newSheet(this._wb, s) : null;
  }
  /** insertSheet(), (name), (name, index), (index); the new sheet becomes active, as in Sheets. */
  insertSheet(nameOrIndex?: unknown, index?: unknown): GSheet {
    if (nameOrIndex !== null && typeof nameOrIndex === 'object')
      throw sheetsError('insertSheet(options) with a template is not supported by the local runtime');
    if (index !== null && typeof index === 'object')
      throw sheetsError('insertSheet(..., options) with a template is not supported by the local runtime');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this._wb.nextSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this._wb.sheets.length;
    const sheet = this._wb.addSheet(name, at);
    this._wb.active = sheet;
    return newSheet(this._wb, sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this._wb.removeSheet(unwrap(sheet, SheetImpl, 'sheet')._sheet);
  }
  deleteActiveSheet(): GSheet {
    const active = this._wb.active;
    this._wb.removeSheet(active);
    return newSheet(this._wb, this._wb.active);
  }
  getActiveSheet(): GSheet {
    return newSheet(this._wb, this._wb.active);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this._wb.active = unwrap(sheet, SheetImpl, 'sheet')._sheet;
    return newSheet(this._wb, this._wb.active);
  }
  /** pos is 1-based, like Sheet.getIndex(). */
  moveActiveSheet(pos: number): void {
    const s = this._wb.active;
    if (pos < 1 || pos > this._wb.sheets.length) throw sheetsError('Invalid argument: pos');
    this._wb.sheets = this._wb.sheets.filter((x) => x !== s);
    this._wb.sheets.splice(pos - 1, 0, s);
  }
  renameActiveSheet(newName: string): void {
    this._wb.renameSheet(this._wb.active, newName);
  }
  getActiveRange(): GRange | null {
    const a = this._wb.activeRange;
    return a && !a.sheet.deleted ? rangeFromRect(this._wb, a.sheet, a.rect) : null;
  }
  getActiveCell(): GRange {
    const a = this._wb.activeRange;
    if (a && !a.sheet.deleted) return newRange(this._wb, a.sheet, a.rect.row, a.rect.col);
    return newRange(this._wb, this._wb.active, 1, 1);
  }
  setActiveRange(range: GRange): GRange {
    return range.activate();
  }
  getRange(a1Notation: string): GRange {
    const { sheet, rect } = this._wb.resolve(String(a1Notation), this._wb.active);
    return rangeFromRect(this._wb, sheet, rect);
  }
  /** The ranges of the active sheet (Spreadsheet.getRangeList). */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return newRangeList(this._wb, this._wb.active, a1Notations);
  }
  getDataRange(): GRange {
    return newSheet(this._wb, this._wb.active).getDataRange();
  }

  // --------------------------------------------------------- named ranges
  getRangeByName(name: string): GRange | null {
    const nr = this._wb.namedRanges.get(String(name).toLowerCase());
    return nr && nr.range.valid ? rangeFromRect(this._wb, nr.range.sheet, nr.range.rect()) : null;
  }
  getNamedRanges(): GNamedRange[] {
    return [...this._wb.namedRanges.values()].map((n) => wrapNamedRange(this._wb, n));
  }
  setNamedRange(name: string, range: GRange): void {
    const r = unwrap(range, RangeImpl, 'range');
    this._wb.setNamedRange(name, r._sheet, r._rect);
  }
  removeNamedRange(name: string): void {
    if (!this._wb.namedRanges.has(String(name).toLowerCase())) throw sheetsError('Named range not found.');
    this._wb.deleteNamedRange(name);
  }

  // -------------------------------------------------------------- sharing
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
  // (addEditor ... removeViewer). Scopes: see the runtime README, "Several
  // spreadsheets"; the runtime does not model manifest scopes, only auth modes.

  private get _user(): string {
    return this._wb.ctx.user.email;
  }
  private registry() {
    const r = this._wb.registry;
    if (!r) throw sheetsError('Sharing is not available: this spreadsheet is not registered in a runtime');
    return r;
  }
  /** Owner and editors may share (Drive's default "Editors can change permissions"). */
  private requireEditor(): void {
    if (!this.registry().canEdit(this._wb, this._user)) throw sheetsError(NOT_ALLOWED_MESSAGE);
  }
  private emailOf(userOrEmail: unknown, what: string): string {
    const email =
      typeof userOrEmail === 'string'
        ? userOrEmail
        : this._wb.ctx.counter.uncounted(() => (userOrEmail as { getEmail?: () => unknown } | null)?.getEmail?.());
    if (typeof email !== 'string' || email.trim() === '') throw sheetsError(`Invalid argument: ${what}`);
    return email.trim();
  }
  /**
   * The owner first, then the editors. Like DriveApp's File.getEditors, a
   * user without edit access gets an empty list (from memory of the File
   * reference; not found in the docs corpus).
   */
  getEditors(): GoogleAppsScript.Base.User[] {
    const r = this.registry();
    if (!r.canEdit(this._wb, this._user)) return [];
    const s = this._wb.sharing;
    return [s.owner, ...s.editors].map((e) => wrapUser(this._wb, e));
  }
  /** Viewers and commenters (the runtime has no separate commenter role). */
  getViewers(): GoogleAppsScript.Base.User[] {
    const r = this.registry();
    if (!r.canEdit(this._wb, this._user)) return [];
    return this._wb.sharing.viewers.map((e) => wrapUser(this._wb, e));
  }
  getOwner(): GoogleAppsScript.Base.User {
    return wrapUser(this._wb, this._wb.sharing.owner);
  }
  /** "If the user was already on the list of viewers, this method promotes the user out of the list of viewers." */
  addEditor(user: unknown): GSpreadsheet {
    this.requireEditor();
    this.registry().share(this._wb, this.emailOf(user, 'emailAddress'), 'editor');
    return this._self;
  }
  addEditors(emailAddresses: string[]): GSpreadsheet {
    this.requireEditor();
    if (!Array.isArray(emailAddresses)) throw sheetsError('Invalid argument: emailAddresses');
    const emails = emailAddresses.map((e) => this.emailOf(e, 'emailAddresses'));
    for (const e of emails) this.registry().share(this._wb, e, 'editor');
    return this._self;
  }
  /** "If the user was already on the list of editors, this method has no effect." */
  addViewer(user: unknown): GSpreadsheet {
    this.requireEditor();
    this.registry().share(this._wb, this.emailOf(user, 'emailAddress'), 'viewer');
    return this._self;
  }
  addViewers(emailAddresses: string[]): GSpreadsheet {
    this.requireEditor();
    if (!Array.isArray(emailAddresses)) throw sheetsError('Invalid argument: emailAddresses');
    const emails = emailAddresses.map((e) => this.emailOf(e, 'emailAddresses'));
    for (const e of emails) this.registry().share(this._wb, e, 'viewer');
    return this._self;
  }
  /** Removes an editor; the owner cannot be removed this way (no effect). */
  removeEditor(user: unknown): GSpreadsheet {
    this.requireEditor();
    this.registry().unshare(this._wb, this.emailOf(user, 'emailAddress'), 'editor');
    return this._self;
  }
  /** "This method has no effect if the user is an editor, not a viewer or commenter." */
  removeViewer(user: unknown): GSpreadsheet {
    this.requireEditor();
    this.registry().unshare(this._wb, this.emailOf(user, 'emailAddress'), 'viewer');
    return this._self;
  }

  // ------------------------------------------------- misc, metadata, toast
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._wb.ctx.ui.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return listProtections(this._wb, type);
  }
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GSpreadsheet {
    addMetadata(this._wb, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this._self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataForSpreadsheet(this._wb);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._wb, { kind: 'spreadsheet' });
  }
}

export class NamedRangeImpl extends Facade<GNamedRange> implements Partial<GNamedRange> {
  constructor(
    wb: Workbook,
    readonly _nr: NamedRangeData,
  ) {
    super(wb);
  }
  getName(): string {
    return this._nr.name;
  }
  getRange(): GRange {
    return rangeFromRect(this._wb, this._nr.range.sheet, this._nr.range.rect());
  }
  setRange(range: GRange): GNamedRange {
    const r = unwrap(range, RangeImpl, 'range');
    this._wb.setNamedRange(this._nr.name, r._sheet, r._rect);
    const fresh = this._wb.namedRanges.get(this._nr.name.toLowerCase());
    if (fresh) this._nr.range = fresh.range;
    return this._self;
  }
  setName(name: string): GNamedRange {
    const range = this._nr.range;
    this._wb.deleteNamedRange(this._nr.name);
    this._wb.setNamedRange(name, range.sheet, range.rect());
    this._nr.name = name;
    const fresh = this._wb.namedRanges.get(name.toLowerCase());
    if (fresh) this._nr.range = fresh.range;
    return this._self;
  }
  remove(): void {
    this._wb.deleteNamedRange(this._nr.name);
  }
}
