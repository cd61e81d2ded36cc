/**
 * Typed Settings read from the Settings tab in one call; a missing tab or a
 * bad value falls back to the defaults (see core/settingsValues.ts).
 */
import { tabSpec } from '../core/schema/tabs';
import type { Settings } from '../core/settingsValues';
import { DEFAULT_SETTINGS, parseSettings } from '../core/settingsValues';
import { findTable } from './table';

export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const t = findTable(ss, tabSpec('settings'));
  return t ? parseSettings(t.rows, t.columnOf) : DEFAULT_SETTINGS;
}
