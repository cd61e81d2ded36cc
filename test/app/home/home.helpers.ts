/**
 * Shared by the home sidebar tests: what the server calls return (typed for
 * the tests), where a setting's value cell is, and the google.script.run
 * end of a page opened in Chromium (calls run in the bundle, in the runtime).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tabSpec } from '../../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { columnsOf, tabSheet } from '../../../scripts/sample/fill';
import { cellA1 } from '../../../src/core/a1';
import { openPage as openRecorded } from '../../browser';
import type { Runtime } from '../../runtime';

export interface Check {
  key: string;
  done: boolean;
  lines: [string, Record<string, string | number>][];
  action: string | null;
}
export interface Field {
  key: string;
  label: string;
  type: string;
  value: string;
  placeholder: string;
  error: string;
  required: boolean;
  options: [string, string][];
}
export interface HomeData {
  ready: boolean;
  checks: Check[];
  remindersOn: boolean;
  status: [string, string][];
  me: string;
  zone: string;
  settings: Field[];
  account: Field[];
}
export interface Result {
  ok: boolean;
  message: string;
  confirm?: string;
  errors?: Record<string, string>;
  row?: number;
}

export const home = (rt: Runtime): HomeData => rt.run('kadHomeData') as HomeData;
export const action = (rt: Runtime, name: string): Result => rt.run('kadHomeAction', [name]) as Result;
/** Each check as `key:✓` or `key:✗`. */
export const ticks = (d: HomeData): string[] => d.checks.map((c) => `${c.key}:${c.done ? '✓' : '✗'}`);
export const check = (d: HomeData, key: string): Check => {
  const c = d.checks.find((x) => x.key === key);
  if (!c) throw new Error(`no check ${key}`);
  return c;
};

/** The A1 of a setting's value cell on the Settings tab (uncounted). */
export function settingA1(rt: Runtime, key: string): string {
  const spec = tabSpec('settings');
  const sheet = tabSheet(rt, spec);
  const cols = columnsOf(rt, spec);
  return rt.counter.uncounted(() => {
    const keys = sheet.getRange(FIRST_DATA_ROW, cols['setting_key'] as number, sheet.getLastRow(), 1).getValues();
    const i = keys.findIndex((r) => r[0] === key);
    if (i < 0) throw new Error(`no setting row ${key}`);
    return cellA1(FIRST_DATA_ROW + i, cols['value'] as number);
  });
}

/** What a cell holds: its formula, else its value (uncounted). */
export function cell(rt: Runtime, tab: 'settings' | 'accounts', a1: string): unknown {
  const sheet = tabSheet(rt, tabSpec(tab));
  return rt.counter.uncounted(() => {
    const r = sheet.getRange(a1);
    return r.getFormula() || r.getValue();
  });
}

export interface Server {
  rt: Runtime;
  calls: { name: string; args: unknown[] }[];
  /** When set, the next call fails with this message instead of running (what Apps Script's failure handler gets). */
  failWith: string | null;
}

/** Opens a page the runtime recorded (sidebar or dialog), its google.script.run calling the bundle in `server.rt`. */
export async function openPage(page: Page, server: Server, html: string): Promise<void> {
  const names = JSON.parse(readFileSync(join(server.rt.distDir, 'exports.json'), 'utf8')) as string[];
  await openRecorded(page, html, names, (name, argsJson) => {
    const args = JSON.parse(argsJson) as unknown[];
    server.calls.push({ name, args });
    if (server.failWith !== null) {
      const message = server.failWith;
      server.failWith = null;
      return { ok: false, message };
    }
    try {
      return { ok: true, json: JSON.stringify(server.rt.run(name, args) ?? null) };
    } catch (e) {
      return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
    }
  });
}

/** Waits until no server call is out (the page's busy line is hidden and buttons are back). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(`document.body.getAttribute('aria-busy') === 'false'`);
}

/** Horizontal overflow of the page: how many pixels its content is wider than the viewport (0 = fits). */
export async function overflow(page: Page): Promise<number> {
  return (await page.evaluate(
    `Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, document.body.scrollWidth - document.body.clientWidth)`,
  )) as number;
}
