/**
 * Protection of a range or a whole sheet. The runtime's user owns the
 * spreadsheet, so canEdit() is true; editors and flags are recorded.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

import type { GridRect } from './a1';
import { ProtectionType, enumName } from './enums';
import { Facade, unwrap, wrap } from './facade';
import { RangeImpl, rangeFromRect } from './range';
import type { ProtectionData, SheetModel } from './store';
import type { Workbook } from './workbook';

function user(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email } as unknown as GoogleAppsScript.Base.User;
}

export function createProtection(wb: Workbook, type: 'RANGE' | 'SHEET', sheet: SheetModel, rect: GridRect): GProtection {
  if (type === 'SHEET') {
    const existing = wb.protections.find((p) => p.type === 'SHEET' && p.range.sheet === sheet);
    if (existing) return wrapProtection(wb, existing);
  }
  const data: ProtectionData = {
    id: wb.newId(),
    type,
    range: wb.track(sheet, rect),
    description: '',
    warningOnly: false,
    editors: [wb.ctx.user.email],
    domainEdit: false,
    unprotected: [],
    removed: false,
  };
  wb.protections.push(data);
  return wrapProtection(wb, data);
}

export function wrapProtection(wb: Workbook, data: ProtectionData): GProtection {
  return wrap(new ProtectionImpl(wb, data), 'Protection');
}

export class ProtectionImpl extends Facade<GProtection> implements Partial<GProtection> {
  constructor(
    wb: Workbook,
    readonly _data: ProtectionData,
  ) {
    super(wb);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this._data.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const r = this._data.range;
    return rangeFromRect(
      this._wb,
      r.sheet,
      this._data.type === 'SHEET' ? { row: 1, col: 1, numRows: r.sheet.maxRows, numCols: r.sheet.maxCols } : r.rect(),
    );
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): GProtection {
    const r = unwrap(range, RangeImpl, 'range');
    this._wb.untrack(this._data.range);
    this._data.range = this._wb.track(r._sheet, r._rect);
    return this._self;
  }
  getDescription(): string {
    return this._data.description;
  }
  setDescription(description: string): GProtection {
    this._data.description = String(description);
    return this._self;
  }
  isWarningOnly(): boolean {
    return this._data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this._data.warningOnly = warningOnly;
    return this._self;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this._data.domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this._data.domainEdit = editable;
    return this._self;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._data.editors.map(user);
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    return this.addEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }
  addEditors(emailAddresses: string[]): GProtection {
    for (const e of emailAddresses) if (!this._data.editors.includes(e)) this._data.editors.push(e);
    return this._self;
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GProtection {
    return this.removeEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }
  /** The owner always stays an editor (Sheets ignores removing the owner). */
  removeEditors(emailAddresses: unknown[]): GProtection {
    const drop = new Set(emailAddresses.map((e: unknown) => (typeof e === 'string' ? e : (e as GoogleAppsScript.Base.User).getEmail())));
    this._data.editors = this._data.editors.filter((e) => !drop.has(e) || e === this._wb.ctx.user.email);
    return this._self;
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._data.unprotected.filter((t) => t.valid).map((t) => rangeFromRect(this._wb, t.sheet, t.rect()));
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GProtection {
    this._data.unprotected = ranges.map((r) => {
      const impl = unwrap(r, RangeImpl, 'ranges');
      return this._wb.track(impl._sheet, impl._rect);
    });
    return this._self;
  }
  remove(): void {
    this._data.removed = true;
    this._wb.protections = this._wb.protections.filter((p) => p !== this._data);
    this._wb.untrack(this._data.range);
  }
}

export function listProtections(wb: Workbook, type: unknown, sheet?: SheetModel): GProtection[] {
  const t = enumName(type);
  return wb.protections.filter((p) => p.type === t && (!sheet || p.range.sheet === sheet)).map((p) => wrapProtection(wb, p));
}
