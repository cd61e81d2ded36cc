import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counted } from '../counter';
import type { RuntimeContext } from '../context';
import { createRuntime, type Runtime, type RuntimeOptions, type SheetsModule } from '..';
import { formatJavaDate } from '../services/date-format';
import { sprintf } from '../services/utilities';

/**
 * A minimal stand-in for test/runtime/sheets so these tests exercise only the
 * services: one sheet whose cells live in a Map.
 */
const fakeSheets: SheetsModule = {
  createSpreadsheetApp(ctx: RuntimeContext, opts) {
    const cells = new Map<string, unknown>();
    const range = (a1: string) =>
      counted(
        {
          getA1Notation: () => a1,
          getNumRows: () => 1,
          getNumColumns: () => 1,
          getValue: () => cells.get(a1) ?? '',
          getDisplayValue: () => String(cells.get(a1) ?? ''),
          setValue: (v: unknown) => void cells.set(a1, v),
          setValues: (v: unknown[][]) => void cells.set(a1, v[0]?.[0]),
        },
        'Range',
        ctx.counter,
      );
    const sheet = counted({ getName: () => 'Accounts', getRange: range }, 'Sheet', ctx.counter);
    const ss = counted(
      { getId: () => 'ss-1', getSheetByName: (n: string) => (n === 'Accounts' ? sheet : null) },
      'Spreadsheet',
      ctx.counter,
    );
    const app = counted(
      {
        getActiveSpreadsheet: () => ss,
        getUi: () => {
          if (!opts?.ui) throw new Error('no ui factory');
          return opts.ui();
        },
      },
      'SpreadsheetApp',
      ctx.counter,
    );
    return {
      app: app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      spreadsheet: { getId: () => 'ss-1', cells, userEdit: (_s: string, a1: string, v: unknown[][]) => void cells.set(a1, v[0]?.[0]) },
    };
  },
};

/** Writes a throwaway "dist" with the given files and returns its path. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gas-runtime-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const BUNDLE = `
var lib = (function () {
  function mail(to) { MailApp.sendEmail(to, 'Review due', 'Body'); }
  return { mail: mail };
})();
function probe() {
  return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof setInterval,
          typeof module, typeof global, typeof fetch, typeof exports].join(',');
}
function now() { return new Date().toISOString() + '|' + Date.now() + '|' + new Date(0).toISOString(); }
function isDate(d) { return d instanceof Date; }
function sendOne(to) { lib.mail(to); }
function sendAll() {
  MailApp.sendEmail('a@example.com', 'S1', 'B1');
  MailApp.sendEmail('b@example.com', 'S2', 'B2', { cc: 'c@example.com', bcc: 'd@example.com, e@example.com', htmlBody: '<b>B2</b>', name: 'Dossier', replyTo: 'r@example.com' });
  MailApp.sendEmail({ to: 'f@example.com', subject: 'S3', body: 'B3', noReply: true });
  MailApp.sendEmail('g@example.com', 'reply@example.com', 'S4', 'B4');
}
function quota() { return MailApp.getRemainingDailyQuota(); }
function installDaily(fn) {
  return ScriptApp.newTrigger(fn || 'dailyReview').timeBased().everyDays(1).atHour(8).nearMinute(0).inTimezone('Europe/Vilnius').create().getUniqueId();
}
function installEdit() { return ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create().getUniqueId(); }
function installEveryMinutes() { return ScriptApp.newTrigger('dailyReview').timeBased().everyMinutes(30).create().getUniqueId(); }
function userTriggerHandlers() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map(function (t) { return t.getHandlerFunction(); }); }
function simpleServices() {
  PropertiesService.getDocumentProperties().setProperty('k', 'v');
  var lock = LockService.getDocumentLock();
  var locked = lock.tryLock(100);
  CacheService.getDocumentCache().put('c', '1');
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open dossier', 'showDossier').addToUi();
  return locked;
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
var seen = [];
function dailyReview(e) { seen.push(e); SpreadsheetApp.getUi(); }
function onEditInstalled(e) { seen.push(e); }
function onEdit(e) { seen.push(e); }
function onOpen(e) {
  seen.push(e);
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open dossier', 'showDossier');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addSeparator().addItem('Settings', 'showSettings');
  menu.addToUi();
}
function showDossier() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.account = '<ACME>';
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Dossier'));
}
function lockIt(ms) { var l = LockService.getDocumentLock(); l.waitLock(ms); return l.hasLock(); }
function tryIt(ms) { return LockService.getScriptLock().tryLock(ms); }
function setProp(k, v) { PropertiesService.getDocumentProperties().setProperty(k, v); }
function catchIt(fn) { try { fn(); return 'no error'; } catch (e) { return [e instanceof Error, e.name, e.message].join('|'); } }
function email() { return Session.getActiveUser().getEmail(); }
function fmt(d, tz, p) { return Utilities.formatDate(d, tz, p); }
function sleepy() { var t0 = Date.now(); Utilities.sleep(1500); return Date.now() - t0; }
function cache(op, k, v, ttl) { var c = CacheService.getScriptCache(); return op === 'put' ? c.put(k, v, ttl) : c.get(k); }
function log() { Logger.log('n=%s', 3); console.log('hello', 42); }
`;

const WRAPPERS = `function onOpenWrapper(e) { return onOpen(e); }\n`;
const SIDEBAR = '<h1><?= account ?></h1><p><?!= "<i>raw</i>" ?></p><? for (var i = 0; i < 2; i++) { ?><b><?= i ?></b><? } ?>';

function runtime(opts: Omit<RuntimeOptions, 'distDir'> = {}): Runtime {
  const distDir = fixture({ '00_bundle.js': BUNDLE, '10_wrappers.js': WRAPPERS, 'Sidebar.html': SIDEBAR });
  return createRuntime({ now: '2025-03-10T08:00:00Z', timeZone: 'Europe/Vilnius', distDir, sheets: fakeSheets, ...opts }).load();
}

describe('vm', () => {
  it('exposes no Node globals to the bundle', () => {
    expect(runtime().run('probe')).toBe(Array(9).fill('undefined').join(','));
  });

  it('loads every dist/*.js in order and knows declared functions only', () => {
    const rt = runtime();
    expect(rt.hasFunction('onOpenWrapper')).toBe(true);
    expect(rt.hasFunction('Date')).toBe(false);
    expect(rt.hasFunction('MailApp')).toBe(false);
    expect(rt.hasFunction('lib')).toBe(false);
    expect(typeof rt.global('lib')).toBe('object');
  });

  it('reads the runtime clock for new Date() and Date.now(); new Date(x) is normal', () => {
    const rt = runtime();
    expect(rt.run('now')).toBe(`2025-03-10T08:00:00.000Z|${Date.parse('2025-03-10T08:00:00Z')}|1970-01-01T00:00:00.000Z`);
    rt.clock.advance(60_000);
    expect(String(rt.run('now'))).toMatch(/^2025-03-10T08:01:00.000Z/);
    expect(rt.run('isDate', [new Date()])).toBe(true);
    expect(rt.run('sleepy')).toBe(1500);
  });

  it('throws service errors as the vm realm Error named Exception', () => {
    const rt = runtime();
    const ScriptApp = rt.services.MailApp;
    expect(ScriptApp).toBeDefined();
    const out = rt.run('catchIt', [() => (rt.global('lockIt') as (ms: number) => boolean)(10)]);
    expect(out).toBe('no error');
    rt.locks.holdDocumentLock();
    expect(rt.run('catchIt', [() => (rt.global('lockIt') as (ms: number) => boolean)(10)])).toBe(
      'true|Exception|Lock timeout: another process was holding the lock for too long.',
    );
  });
});

describe('MailApp', () => {
  it('refuses to send in LIMITED mode with the Apps Script permission message', () => {
    const rt = runtime();
    expect(() => rt.run('sendOne', ['x@example.com'], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(rt.mail.outbox).toHaveLength(0);
  });

  it('records every overload in the outbox and charges one quota unit per recipient', () => {
    const rt = runtime();
    rt.run('sendAll');
    expect(rt.mail.outbox.map((m) => m.subject)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(rt.mail.outbox[1]).toMatchObject({
      to: ['b@example.com'],
      cc: ['c@example.com'],
      bcc: ['d@example.com', 'e@example.com'],
      htmlBody: '<b>B2</b>',
      name: 'Dossier',
      replyTo: 'r@example.com',
    });
    expect(rt.mail.outbox[2]).toMatchObject({ to: ['f@example.com'], noReply: true });
    expect(rt.mail.outbox[3]).toMatchObject({ to: ['g@example.com'], replyTo: 'reply@example.com', subject: 'S4', body: 'B4' });
    expect(rt.mail.outbox[0]?.sentAt.toISOString()).toBe('2025-03-10T08:00:00.000Z');
    expect(rt.run('quota')).toBe(100 - 7);
  });

  it('throws the daily-quota message when the quota is exhausted', () => {
    const rt = runtime({ mailQuota: 1 });
    rt.run('sendOne', ['a@example.com']);
    expect(() => rt.run('sendOne', ['b@example.com'])).toThrow('Service invoked too many times for one day: email.');
    rt.mail.setQuota(0);
    expect(() => rt.run('sendOne', ['c@example.com'])).toThrow('Service invoked too many times for one day: email.');
    expect(rt.mail.outbox).toHaveLength(1);
  });

  it('fails the next send to an address on demand, once', () => {
    const rt = runtime();
    rt.mail.failNext('boss@example.com', 'Invalid email: boss@example.com');
    expect(() => rt.run('sendOne', ['boss@example.com'])).toThrow('Invalid email: boss@example.com');
    rt.run('sendOne', ['boss@example.com']);
    expect(rt.mail.outbox).toHaveLength(1);
  });

  it('counts MailApp.sendEmail once per call, and harness reads not at all', () => {
    const rt = runtime();
    rt.run('sendOne', ['a@example.com']);
    rt.run('sendOne', ['b@example.com']);
    void rt.mail.outbox;
    expect(rt.counter.get('MailApp.sendEmail')).toBe(2);
    expect(rt.counter.total()).toBe(2);
  });
});

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes triggers', () => {
    const rt = runtime();
    const id = rt.run('installDaily') as string;
    const editId = rt.run('installEdit') as string;
    expect(rt.triggers).toEqual([
      expect.objectContaining({
        uniqueId: id,
        handlerFunction: 'dailyReview',
        eventType: 'CLOCK',
        triggerSource: 'CLOCK',
        clock: { everyDays: 1, atHour: 8, nearMinute: 0, timezone: 'Europe/Vilnius' },
      }),
      expect.objectContaining({
        uniqueId: editId,
        handlerFunction: 'onEditInstalled',
        eventType: 'ON_EDIT',
        triggerSource: 'SPREADSHEETS',
        triggerSourceId: 'ss-1',
      }),
    ]);
    expect(rt.run('removeAll')).toBe(0);
    expect(rt.triggers).toHaveLength(0);
  });

  it('throws the too-many-triggers message at the 21st (a plain script; add-ons stop at one per type)', () => {
    const rt = runtime({ addOn: false });
    for (let i = 0; i < 20; i++) rt.run('installDaily');
    expect(() => rt.run('installDaily')).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(rt.triggers).toHaveLength(20);
  });

  it('an add-on holds one trigger of each type per user per document, with the real message', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions_2
    const rt = runtime();
    rt.run('installDaily');
    expect(() => rt.run('installDaily', ['otherHandler'])).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    rt.run('installEdit'); // a different type is fine
    expect(() => rt.run('installEdit')).toThrow('This add-on has created too many edit triggers in this document');
    expect(rt.triggers.map((t) => t.eventType)).toEqual(['CLOCK', 'ON_EDIT']);
    // getUserTriggers(spreadsheet) lists the add-on's clock trigger too: it belongs to this document.
    expect(rt.run('userTriggerHandlers')).toEqual(['dailyReview', 'onEditInstalled']);
    rt.run('removeAll');
    expect(() => rt.run('installEveryMinutes')).toThrow('cannot run more frequently than once per hour');
    expect(rt.triggers).toHaveLength(0);
  });

  it('a plain script keeps clock triggers out of getUserTriggers(spreadsheet) and may run every minute', () => {
    const rt = runtime({ addOn: false });
    rt.run('installDaily');
    rt.run('installEdit');
    rt.run('installEveryMinutes');
    expect(rt.run('userTriggerHandlers')).toEqual(['onEditInstalled']);
  });

  it('refuses trigger creation from a simple trigger (LIMITED)', () => {
    const rt = runtime();
    expect(() => rt.run('installDaily', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('fires a time trigger in FULL without UI, with the time-driven event fields', () => {
    const rt = runtime();
    const id = rt.run('installDaily') as string;
    rt.counter.reset();
    expect(() => rt.fireTimeTrigger(id)).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    const e = (rt.global('seen') as Record<string, unknown>[])[0];
    expect(String(e?.authMode)).toBe('FULL');
    expect(e).toMatchObject({
      triggerUid: id,
      year: 2025,
      month: 3,
      'day-of-month': 10,
      hour: 10,
      minute: 0,
      second: 0,
      timezone: 'Europe/Vilnius',
    });
    expect(rt.executions.at(-1)).toMatchObject({
      functionName: 'dailyReview',
      ui: false,
      authMode: 'FULL',
      error: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    expect(rt.counter.snapshot()).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });
});

describe('simple triggers and UI', () => {
  it('onOpen builds the add-on menu; NONE gets no source and a blank user', () => {
    const rt = runtime();
    rt.openDocument('NONE');
    expect(rt.ui.menus).toEqual([{ title: 'Untitled add-on', items: [{ caption: 'Open dossier', functionName: 'showDossier' }] }]);
    rt.openDocument();
    expect(rt.ui.menus[0]?.items.map((i) => i.caption)).toEqual(['Open dossier', 'Settings']);
    const [none, limited] = rt.global('seen') as Record<string, unknown>[];
    expect(none).not.toHaveProperty('source');
    expect(limited).toHaveProperty('source');
    expect((limited?.user as GoogleAppsScript.Base.User).getEmail()).toBe('');
  });

  it('onEdit gets a real-shaped event; installable onEdit triggers also run with their uid', () => {
    const rt = runtime();
    const uid = rt.run('installEdit') as string;
    rt.counter.reset();
    rt.edit('Accounts', 'B2', [['first']]);
    rt.edit('Accounts', 'B2', [['42']]);
    const seen = rt.global('seen') as Record<string, unknown>[];
    expect(seen.map((e) => String(e.authMode))).toEqual(['LIMITED', 'FULL', 'LIMITED', 'FULL']);
    expect(seen[0]?.authMode).toBe((rt.services.ScriptApp as GoogleAppsScript.Script.ScriptApp).AuthMode.LIMITED);
    expect(seen[0]).toMatchObject({ value: 'first' });
    expect(seen[0]).not.toHaveProperty('oldValue');
    expect(seen[1]).toMatchObject({ triggerUid: uid, value: 'first' });
    expect(seen[2]).toMatchObject({ value: '42', oldValue: 'first' });
    expect((seen[2]?.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('B2');
    rt.counter.reset();
    rt.edit('Accounts', 'C3', [['x']]);
    expect(rt.counter.total()).toBe(0);
  });

  it('shows an evaluated template in a sidebar in FULL, refuses it in LIMITED', () => {
    const rt = runtime();
    rt.run('showDossier');
    expect(rt.ui.sidebars).toEqual([{ title: 'Dossier', html: '<h1>&lt;ACME&gt;</h1><p><i>raw</i></p><b>0</b><b>1</b>' }]);
    expect(() => rt.run('showDossier', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('simple triggers may use Properties, Lock, Cache and the add-on menu; their limit is 30 s', () => {
    // https://developers.google.com/apps-script/reference/script/auth-mode (LIMITED reads properties in onOpen);
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions (30 seconds).
    const rt = runtime();
    expect(rt.run('simpleServices', [], { authMode: 'LIMITED' })).toBe(true);
    expect(rt.properties.document.toObject()).toEqual({ k: 'v' });
    rt.openDocument();
    rt.edit('Accounts', 'B2', [['x']]);
    rt.run('email');
    expect(rt.executions.map((x) => [x.functionName, x.limitMs])).toEqual([
      ['simpleServices', 6 * 60 * 1000],
      ['onOpen', 30 * 1000],
      ['onEdit', 30 * 1000],
      ['email', 6 * 60 * 1000],
    ]);
    expect(rt.simpleTriggerLimitMs).toBe(30 * 1000);
    // NONE: the menu only; properties need authorisation.
    expect(() => rt.run('simpleServices', [], { authMode: 'NONE' })).toThrow('You do not have permission to call PropertiesService');
  });

  it('blanks the active user email outside FULL', () => {
    const rt = runtime({ user: 'kam@example.com' });
    expect(rt.run('email')).toBe('kam@example.com');
    expect(rt.run('email', [], { authMode: 'LIMITED' })).toBe('');
  });
});

describe('LockService', () => {
  it('times out with the Apps Script message while another execution holds the lock', () => {
    const rt = runtime();
    rt.locks.holdDocumentLock();
    const t0 = rt.clock.now().getTime();
    expect(() => rt.run('lockIt', [30000])).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(rt.clock.now().getTime() - t0).toBe(30000);
    rt.locks.release('document');
    expect(rt.run('lockIt', [30000])).toBe(true);
    expect(rt.locks.isHeld('document')).toBe(false); // released when the execution ended
  });

  it('tryLock waits for a holder that finishes within the timeout', () => {
    const rt = runtime();
    rt.locks.holdScriptLock(rt.clock.now().getTime() + 5000);
    expect(rt.run('tryIt', [1000])).toBe(false);
    expect(rt.run('tryIt', [10000])).toBe(true);
  });
});

describe('PropertiesService', () => {
  it('enforces the per-value and per-store limits with the real messages', () => {
    const rt = runtime();
    expect(() => rt.run('setProp', ['big', 'x'.repeat(9 * 1024 + 1)])).toThrow('Argument too large: value');
    for (let i = 0; i < 55; i++) rt.run('setProp', [`k${i}`, 'x'.repeat(9 * 1024)]);
    expect(() => rt.run('setProp', ['k55', 'x'.repeat(9 * 1024)])).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(rt.properties.document.data.size).toBe(55);
  });

  it('is unavailable in AuthMode.NONE', () => {
    const rt = runtime();
    expect(() => rt.run('setProp', ['a', 'b'], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });
});

describe('CacheService', () => {
  it('expires entries on the runtime clock', () => {
    const rt = runtime();
    rt.run('cache', ['put', 'k', 'v', 60]);
    rt.clock.advance(59_000);
    expect(rt.run('cache', ['get', 'k'])).toBe('v');
    rt.clock.advance(1_000);
    expect(rt.run('cache', ['get', 'k'])).toBeNull();
  });
});

describe('Utilities.formatDate', () => {
  const P = "yyyy-MM-dd'T'HH:mm:ssXXX";
  it('follows Europe/Vilnius across the spring-forward change', () => {
    // 2025-03-30: 03:00 EET becomes 04:00 EEST (01:00 UTC).
    expect(formatJavaDate(new Date('2025-03-30T00:59:59Z'), 'Europe/Vilnius', P)).toBe('2025-03-30T02:59:59+02:00');
    expect(formatJavaDate(new Date('2025-03-30T01:00:00Z'), 'Europe/Vilnius', P)).toBe('2025-03-30T04:00:00+03:00');
    expect(formatJavaDate(new Date('2025-10-26T00:59:59Z'), 'Europe/Vilnius', 'HH:mm Z')).toBe('03:59 +0300');
    expect(formatJavaDate(new Date('2025-10-26T01:00:00Z'), 'Europe/Vilnius', 'HH:mm Z')).toBe('03:00 +0200');
  });

  it('follows Europe/Moscow, including its 2011 last spring-forward and its fixed +03 today', () => {
    expect(formatJavaDate(new Date('2011-03-26T22:59:59Z'), 'Europe/Moscow', P)).toBe('2011-03-27T01:59:59+03:00');
    expect(formatJavaDate(new Date('2011-03-26T23:00:00Z'), 'Europe/Moscow', P)).toBe('2011-03-27T03:00:00+04:00');
    expect(formatJavaDate(new Date('2025-03-30T01:00:00Z'), 'Europe/Moscow', P)).toBe('2025-03-30T04:00:00+03:00');
  });

  it('supports the SimpleDateFormat letters the add-on uses, via the service', () => {
    const rt = runtime();
    const d = new Date('2025-01-05T21:07:09Z');
    expect(rt.run('fmt', [d, 'Europe/Vilnius', "EEE, d MMM yy h:mm a 'o''clock'"])).toBe("Sun, 5 Jan 25 11:07 PM o'clock");
    expect(rt.run('fmt', [d, 'Europe/Moscow', 'EEEE d MMMM yyyy HH:mm:ss'])).toBe('Monday 6 January 2025 00:07:09');
    expect(rt.run('fmt', [d, 'UTC', 'M/d/yyyy H:mm XXX'])).toBe('1/5/2025 21:07 Z');
    expect(rt.counter.get('Utilities.formatDate')).toBe(3);
  });

  it('formatString handles the sprintf subset', () => {
    expect(sprintf('%s has %d accounts, %.1f%% share, %05d, %-4s|', ['Ann', 12.7, 33.333, 42, 'ab'])).toBe(
      'Ann has 12 accounts, 33.3% share, 00042, ab  |',
    );
  });
});

describe('Logger and console', () => {
  it('records lines from both', () => {
    const rt = runtime();
    rt.run('log');
    expect(rt.logs.lines.map((l) => `${l.source}:${l.message}`)).toEqual(['Logger:n=3', 'console:hello 42']);
  });
});

describe('with the spreadsheet emulation (test/runtime/sheets)', () => {
  it('edit() types through userEdit and fires onEdit with the edited Range, counting nothing', () => {
    const distDir = fixture({ '00_bundle.js': BUNDLE });
    const rt = createRuntime({ now: '2025-03-10T08:00:00Z', distDir }).load();
    const uid = rt.run('installEdit') as string;
    expect(rt.triggers[0]?.triggerSourceId).toBe(rt.spreadsheet.getId());
    rt.counter.reset();
    const first = rt.edit('Sheet1', 'B2', [['5']]);
    rt.edit('Sheet1', 'B2', [['7']]);
    expect(first?.rejected).toBe(false);
    const seen = rt.global('seen') as Record<string, unknown>[];
    expect(seen).toHaveLength(4);
    expect(seen[0]).toMatchObject({ value: '5' });
    expect(seen[0]).not.toHaveProperty('oldValue');
    expect(seen[1]).toMatchObject({ triggerUid: uid });
    expect(seen[2]).toMatchObject({ value: '7', oldValue: '5' });
    expect(rt.counter.total()).toBe(0);
    expect((seen[2]?.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe('B2');
  });
});
