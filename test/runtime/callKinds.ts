/**
 * What a counted call `Class.method` does to a spreadsheet, for the counter's
 * builder-free totals and its "reads after a pending write":
 *
 * - `builder`: builds an object locally and reaches no spreadsheet: `SpreadsheetApp.new*`, `Charts.new*`,
 *   every method of a `*Builder` class, `Sheet.newChart`, `createDeveloperMetadataFinder` /
 *   `createTextFinder` and the finder's own chained `with*` / `on*` / `match*` / `use*` / `ignore*` methods,
 *   `copy()` of a rule (which returns a builder);
 * - `read`: reads spreadsheet state: getters (`get*`, `is*`, `has*`, `can*`) of spreadsheet objects (Spreadsheet,
 *   Sheet, Range, RangeList, NamedRange, Protection, DeveloperMetadata and its location, conditional-format and
 *   data-validation rules, charts, filters) and `DeveloperMetadataFinder.find` / `TextFinder.find*`;
 * - `write`: changes spreadsheet state: `set*`, `insert*`, `delete*`, `add*`, `append*`, `clear*`, `hide*`,
 *   `show*`, `unhide*`, `protect`, `remove*`, `move*`, `copyTo`, `sort`, `merge*`, `break*`, `auto*`, `trim*`,
 *   `randomize`, `duplicate*`, `update*`, `expand*`, `collapse*`, `group`/`ungroup`, `check`/`uncheck`,
 *   `replace*` of the same objects;
 * - `other`: everything else, including handles that read no state (`SpreadsheetApp.getActiveSpreadsheet`,
 *   `Sheet.getRange`, `Sheet.getRangeList`, `RangeList.getRanges`, a Range's own geometry such as `getRow` or
 *   `getA1Notation`), `SpreadsheetApp.flush`, `Spreadsheet.toast` and every other service (mail, properties...).
 *
 * The lists follow the Spreadsheet service reference
 * (https://developers.google.com/apps-script/reference/spreadsheet); a method not matched is `other`.
 */
export type CallKind = 'builder' | 'read' | 'write' | 'other';

/** Classes whose getters read a spreadsheet's state and whose setters change it. */
const SPREADSHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'NamedRange',
  'Protection',
  'DeveloperMetadata',
  'DeveloperMetadataLocation',
  'DeveloperMetadataFinder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'GradientCondition',
  'DataValidation',
  'EmbeddedChart',
  'Filter',
  'Banding',
  'Group',
  'TextFinder',
]);

/** Getters that hand out an object or a Range's own coordinates without reading the sheet. */
const HANDLES = new Set([
  'Spreadsheet.getRange',
  'Spreadsheet.getRangeList',
  'Spreadsheet.getActiveSheet',
  'Spreadsheet.getActiveRange',
  'Sheet.getRange',
  'Sheet.getRangeList',
  'Sheet.getParent',
  'RangeList.getRanges',
  'Range.getRow',
  'Range.getRowIndex',
  'Range.getColumn',
  'Range.getColumnIndex',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getHeight',
  'Range.getWidth',
  'Range.getA1Notation',
  'Range.getGridId',
  'Range.getSheet',
  'Range.getCell',
  'Range.offset',
]);

const FINDER_CHAIN = /^(with|on|match|use|ignore|start)/;
const READ = /^(get|is|has|can)[A-Z]/;
const WRITE =
  /^(set|insert|delete|add|append|clear|hide|show|unhide|protect$|remove|move|copyTo|sort$|merge|break|auto|trim|randomize$|duplicate|update|expand|collapse|group$|ungroup$|check$|uncheck$|replace)/;

export function callKind(name: string): CallKind {
  const dot = name.indexOf('.');
  const cls = name.slice(0, dot);
  const method = name.slice(dot + 1);
  if ((cls === 'SpreadsheetApp' || cls === 'Charts') && method.startsWith('new')) return 'builder';
  if (cls.endsWith('Builder')) return 'builder';
  if (method === 'newChart' || method === 'createDeveloperMetadataFinder' || method === 'createTextFinder') return 'builder';
  if ((cls === 'DeveloperMetadataFinder' || cls === 'TextFinder') && FINDER_CHAIN.test(method)) return 'builder';
  if ((cls === 'ConditionalFormatRule' || cls === 'DataValidation') && method === 'copy') return 'builder';
  if (cls === 'EmbeddedChart' && method === 'modify') return 'builder';
  if (!SPREADSHEET_CLASSES.has(cls)) return 'other';
  if (HANDLES.has(name)) return 'other';
  if (cls === 'DeveloperMetadataFinder' && method === 'find') return 'read';
  if (cls === 'TextFinder' && method.startsWith('find')) return 'read';
  if (READ.test(method)) return 'read';
  if (WRITE.test(method)) return 'write';
  return 'other';
}
