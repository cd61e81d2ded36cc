/**
 * Typed Settings read from the Settings tab in one call; a missing tab or a
 * bad value falls back to the defaults (see core/settingsValues.ts).
 */
import { tabSpec } from '../core/schema/tabs';
import type { Settings } from '../core/settingsValues';
import { DEFAULT_SETTINGS, parseSettings } from '../core/settingsValues';
import { findTabSheet } from './locate';
import { readTable } from './table';

export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const spec = tabSpec('settings');
  const sheet = findTabSheet(ss, spec.key, spec.name);
  if (!sheet) return DEFAULT_SETTINGS;
  const t = readTable(sheet, spec);
  return parseSettings(t.rows, t.columnOf);
}
