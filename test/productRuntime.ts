/**
 * The product's settings for the local Apps Script runtime (test/runtime knows
 * nothing of this add-on): where the built bundle is, the add-on's name (the
 * add-on menu's title), the home time zone of the tests, and the xlsx export's
 * names. Tests, the demo and the bench create runtimes through this.
 */
import { join } from 'node:path';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
import type { XlsxOptions } from './runtime/export/xlsx';

export const DIST_DIR = join(__dirname, '..', 'dist');
export const ADDON_NAME = 'Key Account Dossier';
/** The time zone the tests and the demo use unless they say otherwise. */
export const PRODUCT_TIME_ZONE = 'Europe/Vilnius';
export const PRODUCT_XLSX: Required<XlsxOptions> = { creator: ADDON_NAME, listsSheet: 'kad_lists' };

export type ProductRuntimeOptions = Omit<RuntimeOptions, 'distDir'> & { distDir?: string };

export function createProductRuntime(options: ProductRuntimeOptions = {}): Runtime {
  return createRuntime({
    ...options,
    distDir: options.distDir ?? DIST_DIR,
    addonName: options.addonName ?? ADDON_NAME,
    timeZone: options.timeZone ?? PRODUCT_TIME_ZONE,
  });
}
