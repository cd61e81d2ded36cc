import { CallCounter } from './counter';
import { captureOwn, restoreOwn } from './snapshot';
import type { AuthModeName, Clock, RuntimeContext, UiLog } from './context';
import { createBundleVm, type BundleVm } from './vm';
import { createClock } from './services/clock';
import { exception, permissionMessage } from './services/errors';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createPropertiesService, createPropertyStores, PropertyStore, type PropertyStores } from './services/properties';
import { createLockService, LockRegistry } from './services/lock';
import { createCacheService, createCacheStores, type CacheStores } from './services/cache';
import { createMailApp, MailState, type SentMail } from './services/mail';
import { AuthMode, createScriptApp, TriggerRegistry, type TriggerRecord } from './services/script';
import { createHtmlService } from './services/html';
import { createUiFactory } from './services/ui';
import { createConsole, createLogger, LogState } from './services/logger';
import { createCharts } from './services/charts';
import { civilTime } from './services/date-format';
import {
  Charts as SheetsCharts,
  createSpreadsheetApp,
  harnessFor,
  type HarnessSpreadsheet,
  type Role,
  type SpreadsheetRegistry,
  type SpreadsheetSpec,
  type UserEditResult,
  type RegistryState,
  type Workbook,
} from './sheets';

export type { AuthModeName } from './context';
export type { SentMail } from './services/mail';
export type { TriggerRecord } from './services/script';
export type { Measurement } from './counter';
export { callKind, type CallKind } from './callKinds';

export type { HarnessSpreadsheet, UserEditResult, Role, SpreadsheetSpec } from './sheets';
export { IMPORT_NEEDS_ACCESS, IMPORT_NO_PERMISSION, spreadsheetIdOf, spreadsheetUrl } from './sheets';

/**
 * What createRuntime needs from a spreadsheet emulation. The default is
 * test/runtime/sheets; the runtime's own tests substitute a tiny fake (whose
 * `spreadsheet` is then not a real HarnessSpreadsheet).
 */
export interface SheetsModule {
  createSpreadsheetApp(
    ctx: RuntimeContext,
    opts?: { ui?: () => GoogleAppsScript.Base.Ui; workbook?: { name?: string } },
  ): {
    app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    spreadsheet: unknown;
    workbook?: Workbook;
    /** The runtime's spreadsheets (several files, sharing, IMPORTRANGE); absent in substitutes. */
    registry?: SpreadsheetRegistry;
  };
}

export interface RuntimeOptions {
  /** The folder holding the built bundle: every *.js loaded in name order, *.html for HtmlService. */
  distDir: string;
  /** The runtime clock's start (default: the real time). */
  now?: Date | string;
  /** The script's and the spreadsheet's time zone (default DEFAULT_TIME_ZONE). */
  timeZone?: string;
  /** The spreadsheet locale (default en_US). */
  locale?: string;
  /** The active and effective user's email (default owner@example.com). */
  user?: string;
  mailQuota?: number;
  /** createAddonMenu()'s title: the add-on's name (default DEFAULT_ADDON_NAME). */
  addonName?: string;
  /**
   * True (default): the bundle runs as an editor add-on, so the add-on
   * trigger restrictions apply (one trigger of each type per user per
   * document, clock triggers at most hourly). False: a plain bound script.
   */
  addOn?: boolean;
  /** Overrides the spreadsheet emulation (tests of the runtime itself). */
  sheets?: SheetsModule;
  /** The spreadsheet's file name (Spreadsheet.getName()). */
  spreadsheetName?: string;
}

export interface RunOptions {
  authMode?: AuthModeName;
  /** False for invocations without a user interface (time-driven triggers). */
  ui?: boolean;
  triggerUid?: string;
  /** A simple trigger (onOpen/onEdit): its time limit is 30 s, not 6 min. */
  simpleTrigger?: boolean;
  /** Id or URL of the spreadsheet the script runs in for this call (default: the active one). */
  spreadsheet?: string;
}

export interface ExecutionRecord {
  functionName: string;
  authMode: AuthModeName;
  ui: boolean;
  triggerUid?: string;
  startedAt: Date;
  /** Runtime-clock time the invocation took (Utilities.sleep, lock waits). */
  elapsedMs: number;
  /** Apps Script's time limit for this invocation (informational): SIMPLE_TRIGGER_LIMIT_MS or ELAPSED_LIMIT_MS. */
  limitMs: number;
  error?: string;
}

export interface Runtime {
  readonly counter: CallCounter;
  readonly clock: Clock;
  readonly ctx: RuntimeContext;
  /** The raw active spreadsheet with uncounted harness helpers (userEdit, snapshot, effectiveBackground...). */
  readonly spreadsheet: HarnessSpreadsheet;
  /** The active spreadsheet's workbook state (undefined with a substitute emulation). */
  readonly workbook: Workbook | undefined;
  /** Every spreadsheet of the runtime (undefined with a substitute emulation). */
  readonly registry: SpreadsheetRegistry | undefined;
  /**
   * A new spreadsheet file (owner: the current user unless given), with its
   * own locale, time zone, editors and viewers; the default one stays active.
   */
  createSpreadsheet(spec?: SpreadsheetSpec): HarnessSpreadsheet;
  /** The harness view of any spreadsheet, by id or URL. */
  spreadsheetById(idOrUrl: string): HarnessSpreadsheet;
  /** Makes a spreadsheet the active one (the file the script is bound to / the add-on is open in). */
  activate(idOrUrl: string): void;
  /** Runs fn with another spreadsheet active, then restores the previous one. */
  withActive<T>(idOrUrl: string, fn: () => T): T;
  /** Switches the active (and effective) user: Session, sharing checks, openById, IMPORTRANGE messages. */
  setUser(email: string): void;
  /** Harness-side sharing (uncounted, no permission check): adds a user as editor or viewer. */
  share(idOrUrl: string, email: string, as: 'editor' | 'viewer'): void;
  /** Harness-side: removes a user from a file's editors and viewers. */
  unshare(idOrUrl: string, email: string): void;
  /** The user's role on a file, or null when they cannot open it. */
  roleOf(idOrUrl: string, email?: string): Role | null;
  /**
   * The current user clicks "Allow access" on an IMPORTRANGE in `importing`
   * pulling from `source` (once per source per importing file). False when
   * refused: the user cannot open the source or cannot edit the importing file.
   */
  allowImportAccess(importing: string, source: string): boolean;
  /** The counted SpreadsheetApp handed to the bundle. */
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** Every global handed to the bundle, by name (counted objects). */
  readonly services: Readonly<Record<string, unknown>>;
  readonly distDir: string;
  /** Loads dist/*.js once; later calls do nothing. */
  load(): Runtime;
  global(name: string): unknown;
  hasFunction(name: string): boolean;
  run(fnName: string, args?: unknown[], opts?: RunOptions): unknown;
  openDocument(authMode?: AuthModeName): unknown;
  /** Undefined when the edit had no userEdit helper to go through (substitute emulations). */
  edit(sheetName: string, a1: string, values: unknown[][]): UserEditResult | undefined;
  fireTimeTrigger(uniqueIdOrHandler: string): unknown;
  readonly mail: {
    readonly outbox: SentMail[];
    remaining(): number;
    setQuota(n: number): void;
    failNext(address: string, message: string): void;
    reset(): void;
  };
  /** The user's installable triggers (live list). */
  readonly triggers: TriggerRecord[];
  /** What ScriptApp.getAuthorizationInfo(...).getAuthorizationStatus() answers. */
  setAuthorizationRequired(required: boolean): void;
  readonly properties: { readonly document: PropertyStore; readonly user: PropertyStore; readonly script: PropertyStore };
  readonly caches: CacheStores;
  readonly locks: LockRegistry;
  readonly ui: UiLog;
  readonly logs: LogState;
  readonly executions: ExecutionRecord[];
  /**
   * The whole state between runs: every spreadsheet (values, formulas, formats, rules, metadata, sharing),
   * properties, caches, locks, triggers, outbox, UI log, logs, executions, call counts, user, clock.
   * Taking one makes the previous one unusable (the formula engines keep one undo mark).
   */
  snapshot(): RuntimeSnapshot;
  /**
   * Back to a snapshot, in place: `rt` and what it hands out (`triggers`, `ui`, `executions`...) stay the
   * same objects; sheets, ranges and spreadsheets obtained before refer to the old state and must be
   * fetched again. Spreadsheets created since are gone. Costs what was changed since, not a rebuild. The
   * bundle's global scope is kept, as between two runs.
   */
  restore(snapshot: RuntimeSnapshot): void;
  /** Apps Script's 6-minute limit per execution; informational, compare with executions[i].elapsedMs. */
  readonly elapsedLimitMs: number;
  /** The 30-second limit of simple triggers; informational, as executions[i].limitMs. */
  readonly simpleTriggerLimitMs: number;
}

/** What Runtime.snapshot() returns; pass it to the same runtime's restore(). */
export interface RuntimeSnapshot {
  readonly runtime: object;
  readonly state: unknown;
}

/** Consumer-account execution limit, https://developers.google.com/apps-script/guides/services/quotas */
export const ELAPSED_LIMIT_MS = 6 * 60 * 1000;
/**
 * "Simple triggers cannot run for longer than 30 seconds"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions,
 * https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
/**
 * Neutral defaults. A new script takes its owner's time zone, which a local
 * runtime cannot know (https://developers.google.com/apps-script/manifest:
 * `timeZone`, no default); UTC keeps civil dates and instants alike.
 */
export const DEFAULT_TIME_ZONE = 'Etc/UTC';
export const DEFAULT_ADDON_NAME = 'Untitled add-on';

function newUiLog(): UiLog {
  return { menus: [], toasts: [], alerts: [], sidebars: [], dialogs: [], alertAnswers: [], prompts: [], promptAnswers: [] };
}

/** ISO-8601 week number of a civil date. */
function isoWeek(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

const normEmail = (e: string): string => e.trim().toLowerCase();

export function createRuntime(options: RuntimeOptions): Runtime {
  const counter = new CallCounter();
  const clock = createClock(options.now);
  const email = options.user ?? 'owner@example.com';
  const ctx: RuntimeContext = {
    counter,
    clock,
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    locale: options.locale ?? 'en_US',
    user: { email, effectiveEmail: email },
    authMode: 'FULL',
    ui: newUiLog(),
    hasUi: true,
    requireAuth(what: string, scope: string) {
      // Only a fully authorised invocation holds the scopes the manifest asks for.
      if (ctx.authMode !== 'FULL') throw exception(ctx, permissionMessage(what, scope));
    },
  };

  const distDir = options.distDir;
  const baseStores = createPropertyStores();
  const cacheStores = createCacheStores();
  const locks = new LockRegistry();
  const mailState = new MailState(options.mailQuota);
  const triggerRegistry = new TriggerRegistry();
  const logs = new LogState();
  const executions: ExecutionRecord[] = [];
  let bundle: BundleVm | undefined;

  const sheetsModule: SheetsModule = options.sheets ?? { createSpreadsheetApp };
  const {
    app,
    spreadsheet: rawSpreadsheet,
    workbook: primaryWorkbook,
    registry,
  } = sheetsModule.createSpreadsheetApp(ctx, {
    ui: createUiFactory(ctx, { addonName: options.addonName ?? DEFAULT_ADDON_NAME }),
    ...(options.spreadsheetName ? { workbook: { name: options.spreadsheetName } } : {}),
  });
  /** The bound spreadsheet's id, read through the counted app without counting. */
  const spreadsheetId = (): string =>
    counter.uncounted(() => {
      const ss = app.getActiveSpreadsheet() as unknown as { getId?: () => unknown } | null;
      const id = ss?.getId?.();
      return typeof id === 'string' ? id : 'local-spreadsheet';
    });

  const primarySpreadsheet = rawSpreadsheet as HarnessSpreadsheet;
  /** The active spreadsheet's harness (the substitute emulation's object when there is no registry). */
  const activeHarness = (): HarnessSpreadsheet => (registry ? harnessFor(registry.active) : primarySpreadsheet);
  const lookUp = (idOrUrl: string): Workbook => {
    if (!registry) throw new Error('Runtime: several spreadsheets need the default spreadsheet emulation');
    return registry.get(idOrUrl);
  };

  // Document properties belong to a document, user properties to a user.
  const documentStores = new Map<string, PropertyStore>();
  const userStores = new Map<string, PropertyStore>([[normEmail(email), baseStores.user]]);
  const propertyStores: PropertyStores = {
    get document() {
      const id = registry?.active.id ?? '';
      if (!registry || registry.active === registry.primary) return baseStores.document;
      let st = documentStores.get(id);
      if (!st) documentStores.set(id, (st = new PropertyStore('document')));
      return st;
    },
    get user() {
      const key = normEmail(ctx.user.email);
      let st = userStores.get(key);
      if (!st) userStores.set(key, (st = new PropertyStore('user')));
      return st;
    },
    script: baseStores.script,
  };

  /** Switches the active spreadsheet for the duration of fn. */
  function withActive<T>(wb: Workbook | undefined, fn: () => T): T {
    if (!registry || !wb || wb === registry.active) return fn();
    const saved = registry.active;
    registry.active = wb;
    try {
      return fn();
    } finally {
      registry.active = saved;
    }
  }
  /**
   * "Installable triggers always run under the account of the person who
   * created them" (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   */
  function asCreator<T>(t: TriggerRecord, fn: () => T): T {
    if (t.user === undefined || t.user === ctx.user.email) return fn();
    const saved = { ...ctx.user };
    ctx.user.email = t.user;
    ctx.user.effectiveEmail = t.user;
    try {
      return fn();
    } finally {
      ctx.user.email = saved.email;
      ctx.user.effectiveEmail = saved.effectiveEmail;
    }
  }
  const sourceWorkbook = (id: string | null | undefined): Workbook | undefined => (id ? registry?.byId(id) : undefined);

  const services: Record<string, unknown> = {
    SpreadsheetApp: app,
    MailApp: createMailApp(ctx, mailState),
    ScriptApp: createScriptApp(ctx, {
      registry: triggerRegistry,
      scriptId: 'local-script-id',
      spreadsheetId,
      addOn: options.addOn ?? true,
    }),
    PropertiesService: createPropertiesService(ctx, propertyStores),
    LockService: createLockService(ctx, locks),
    CacheService: createCacheService(ctx, cacheStores),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    HtmlService: createHtmlService(ctx, {
      dir: () => distDir,
      compile: (params, body) => loaded().compile(params, body),
    }),
    Logger: createLogger(ctx, logs),
    Charts: createCharts(ctx, SheetsCharts.ChartType),
    console: createConsole(ctx, logs),
  };

  function loaded(): BundleVm {
    if (!bundle) throw new Error('Runtime: call load() before running bundle code');
    return bundle;
  }

  function run(fnName: string, args: unknown[] = [], opts: RunOptions = {}): unknown {
    if (opts.spreadsheet !== undefined) {
      const { spreadsheet: id, ...rest } = opts;
      return withActive(lookUp(id), () => run(fnName, args, rest));
    }
    // A user runs code only in a file they can open (the bundle cannot reach others but through openById).
    if (registry && !registry.canOpen(registry.active, ctx.user.email))
      throw new Error(`Runtime: ${ctx.user.email} cannot open spreadsheet ${registry.active.id} (${registry.active.name})`);
    const vm = loaded();
    const fn = vm.global(fnName);
    if (typeof fn !== 'function') throw new Error(`Runtime: no top-level function ${fnName} in the bundle`);
    const saved = { authMode: ctx.authMode, hasUi: ctx.hasUi };
    const rec: ExecutionRecord = {
      functionName: fnName,
      authMode: opts.authMode ?? 'FULL',
      ui: opts.ui ?? true,
      startedAt: clock.now(),
      elapsedMs: 0,
      limitMs: opts.simpleTrigger ? SIMPLE_TRIGGER_LIMIT_MS : ELAPSED_LIMIT_MS,
    };
    if (opts.triggerUid !== undefined) rec.triggerUid = opts.triggerUid;
    ctx.authMode = rec.authMode;
    ctx.hasUi = rec.ui;
    counter.beginExecution();
    try {
      return (fn as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      // Errors from the bundle belong to the vm's realm, so no instanceof here.
      rec.error = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
      throw e;
    } finally {
      rec.elapsedMs = clock.now().getTime() - rec.startedAt.getTime();
      executions.push(rec);
      ctx.authMode = saved.authMode;
      ctx.hasUi = saved.hasUi;
      // Locks are released when the script terminates (Lock.releaseLock docs).
      locks.releaseAllOwn();
    }
  }

  /** The counted objects an event carries, built without counting. */
  const counted = <T>(fn: () => T): T => counter.uncounted(fn);
  const eventUser = (mode: AuthModeName): unknown =>
    counted(() => {
      const saved = ctx.authMode;
      ctx.authMode = mode;
      try {
        return (services.Session as GoogleAppsScript.Base.Session).getActiveUser();
      } finally {
        ctx.authMode = saved;
      }
    });
  const activeSpreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet => counted(() => app.getActiveSpreadsheet());

  /** Installable triggers of one event type for this spreadsheet: they run as FULL with their triggerUid. */
  function fireInstallable(eventType: 'ON_OPEN' | 'ON_EDIT', base: Record<string, unknown>): void {
    for (const t of triggerRegistry.list.filter((x) => x.eventType === eventType && x.triggerSourceId === spreadsheetId())) {
      if (!vm().hasFunction(t.handlerFunction)) continue;
      asCreator(t, () =>
        run(t.handlerFunction, [{ ...base, authMode: AuthMode.FULL, triggerUid: t.uniqueId, user: eventUser('FULL') }], {
          authMode: 'FULL',
          ui: true,
          triggerUid: t.uniqueId,
        }),
      );
    }
  }
  const vm = loaded;

  /** Runtime-level objects restored in place (services and the harness hold them). */
  const roots = (): object[] => [
    counter,
    baseStores.document,
    baseStores.user,
    baseStores.script,
    cacheStores,
    locks,
    mailState,
    triggerRegistry,
    logs,
  ];
  interface State {
    clock: number;
    ctx: Record<string, unknown>;
    roots: [object, Record<string, unknown>][];
    documentStores: Record<string, unknown>;
    userStores: Record<string, unknown>;
    executions: ExecutionRecord[];
    registry?: RegistryState;
  }
  const snapshotOwner = {};
  function takeSnapshot(): RuntimeSnapshot {
    const rootSet = new Set<object>(roots());
    const keep = (o: object): boolean => o === ctx || rootSet.has(o);
    const state: State = {
      clock: clock.now().getTime(),
      ctx: captureOwn(ctx, keep, ['counter', 'clock', 'requireAuth', 'exception']),
      roots: [...rootSet].map((r) => [r, captureOwn(r, keep, r === counter ? ['onCall', 'paused'] : [])]),
      documentStores: captureOwn({ m: documentStores }, keep),
      userStores: captureOwn({ m: userStores }, keep),
      executions: captureOwn({ e: executions }, keep).e as ExecutionRecord[],
      ...(registry ? { registry: registry.saveState() } : {}),
    };
    return { runtime: snapshotOwner, state };
  }
  function restoreSnapshot(snap: RuntimeSnapshot): void {
    if (snap.runtime !== snapshotOwner) throw new Error('Runtime.restore: that snapshot belongs to another runtime');
    const state = snap.state as State;
    const rootSet = new Set<object>(roots());
    const keep = (o: object): boolean => o === ctx || rootSet.has(o);
    if (state.registry) registry?.loadState(state.registry);
    clock.set(new Date(state.clock));
    restoreOwn(ctx, state.ctx, keep);
    for (const [root, saved] of state.roots) restoreOwn(root, saved, keep);
    restoreOwn({ m: documentStores }, state.documentStores, keep);
    restoreOwn({ m: userStores }, state.userStores, keep);
    restoreOwn({ e: executions }, { e: state.executions }, keep);
  }

  const runtime: Runtime = {
    counter,
    clock,
    ctx,
    get spreadsheet() {
      return activeHarness();
    },
    get workbook() {
      return registry ? registry.active : primaryWorkbook;
    },
    registry,
    createSpreadsheet(spec: SpreadsheetSpec = {}) {
      if (!registry) throw new Error('Runtime: several spreadsheets need the default spreadsheet emulation');
      return harnessFor(registry.create(spec));
    },
    spreadsheetById: (idOrUrl) => harnessFor(lookUp(idOrUrl)),
    activate(idOrUrl) {
      const wb = lookUp(idOrUrl);
      if (registry) registry.active = wb;
    },
    withActive: (idOrUrl, fn) => withActive(lookUp(idOrUrl), fn),
    setUser(newEmail: string) {
      ctx.user.email = newEmail;
      ctx.user.effectiveEmail = newEmail;
    },
    share(idOrUrl, who, as) {
      registry?.share(lookUp(idOrUrl), who, as);
    },
    unshare(idOrUrl, who) {
      const wb = lookUp(idOrUrl);
      registry?.unshare(wb, who, 'editor');
      registry?.unshare(wb, who, 'viewer');
    },
    roleOf: (idOrUrl, who) => registry?.role(lookUp(idOrUrl), who ?? ctx.user.email) ?? null,
    allowImportAccess(importing, source) {
      if (!registry) return false;
      return registry.allowImport(lookUp(importing), lookUp(source), ctx.user.email);
    },
    app,
    services,
    distDir,
    load() {
      if (!bundle) {
        bundle = createBundleVm(services, clock);
        ctx.exception = (message: string) => loaded().exception(message);
        bundle.loadDir(distDir);
      }
      return runtime;
    },
    global: (name) => loaded().global(name),
    hasFunction: (name) => loaded().hasFunction(name),
    run,

    /**
     * Opening the document runs the simple onOpen trigger: LIMITED when the
     * add-on is enabled in the document, NONE when installed but not used
     * here (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
     * In NONE the event carries no `source`, since the document is off limits.
     */
    openDocument(authMode: AuthModeName = 'LIMITED') {
      const e: Record<string, unknown> = { authMode: AuthMode[authMode], user: eventUser(authMode) };
      if (authMode !== 'NONE') e.source = activeSpreadsheet();
      const result = runtime.hasFunction('onOpen') ? run('onOpen', [e], { authMode, ui: true, simpleTrigger: true }) : undefined;
      fireInstallable('ON_OPEN', { source: activeSpreadsheet() });
      return result;
    },

    /**
     * A user edit, then the simple onEdit trigger in LIMITED with the event
     * object of https://developers.google.com/apps-script/guides/triggers/events#edit :
     * value and oldValue only for a single cell, oldValue only if the cell
     * had content; both as strings.
     */
    edit(sheetName: string, a1: string, values: unknown[][]) {
      const source = activeSpreadsheet();
      const range = counted(() => {
        const sheet = source.getSheetByName(sheetName);
        if (!sheet) throw new Error(`Runtime.edit: no sheet named ${sheetName}`);
        return sheet.getRange(a1);
      });
      const single = counted(() => range.getNumRows() === 1 && range.getNumColumns() === 1);
      const cellText = (): string | undefined =>
        counted(() => {
          const v = range.getValue();
          if (v === '' || v === null || v === undefined) return undefined;
          return v instanceof Date ? range.getDisplayValue() : String(v);
        });
      const oldValue = single ? cellText() : undefined;
      type EditFn = (sheetName: string, a1: string, values: unknown[][]) => UserEditResult;
      const spreadsheet = activeHarness();
      const h = spreadsheet as unknown as { userEdit?: EditFn; _userEdit?: EditFn };
      const userEdit = h.userEdit ?? h._userEdit;
      let result: UserEditResult | undefined;
      if (typeof userEdit === 'function') result = userEdit.call(spreadsheet, sheetName, a1, values);
      else counted(() => range.setValues(values));
      // A "Reject input" validation refuses the edit in the editor: nothing changes, no trigger runs.
      if (result?.rejected) return result;
      const e: Record<string, unknown> = { authMode: AuthMode.LIMITED, range, source, user: eventUser('LIMITED') };
      if (single) {
        const value = cellText();
        if (value !== undefined) e.value = value;
        if (oldValue !== undefined) e.oldValue = oldValue;
      }
      if (runtime.hasFunction('onEdit')) run('onEdit', [e], { authMode: 'LIMITED', ui: true, simpleTrigger: true });
      const { authMode: _a, user: _u, ...base } = e;
      fireInstallable('ON_EDIT', base);
      return result;
    },

    /**
     * Runs a time-driven trigger's handler as Apps Script does: FULL, no UI,
     * with the event fields of https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
     * in the trigger's time zone (default the script's).
     */
    fireTimeTrigger(uniqueIdOrHandler: string) {
      const t = triggerRegistry.find(uniqueIdOrHandler);
      if (!t) throw new Error(`Runtime.fireTimeTrigger: no trigger ${uniqueIdOrHandler}`);
      if (t.eventType !== 'CLOCK') throw new Error(`Runtime.fireTimeTrigger: trigger ${t.uniqueId} is ${t.eventType}, not CLOCK`);
      const tz = t.clock?.timezone ?? ctx.timeZone;
      const c = civilTime(clock.now(), tz);
      const e = {
        authMode: AuthMode.FULL,
        triggerUid: t.uniqueId,
        year: c.year,
        month: c.month,
        'day-of-month': c.day,
        'day-of-week': c.weekday === 0 ? 7 : c.weekday,
        'week-of-year': isoWeek(c.year, c.month, c.day),
        hour: c.hour,
        minute: c.minute,
        second: c.second,
        timezone: tz,
      };
      // The trigger runs in the document it was created for (its source).
      return withActive(sourceWorkbook(t.documentId ?? t.triggerSourceId), () =>
        asCreator(t, () => run(t.handlerFunction, [e], { authMode: 'FULL', ui: false, triggerUid: t.uniqueId })),
      );
    },

    mail: {
      get outbox() {
        return mailState.outbox;
      },
      remaining: () => mailState.remaining,
      setQuota: (n) => mailState.setQuota(n),
      failNext: (address, message) => mailState.failNext(address, message),
      reset: () => mailState.reset(),
    },
    triggers: triggerRegistry.list,
    setAuthorizationRequired(required: boolean) {
      triggerRegistry.authorizationStatus = required ? 'REQUIRED' : 'NOT_REQUIRED';
    },
    properties: propertyStores,
    caches: cacheStores,
    locks,
    ui: ctx.ui,
    logs,
    executions,
    snapshot: takeSnapshot,
    restore: restoreSnapshot,
    elapsedLimitMs: ELAPSED_LIMIT_MS,
    simpleTriggerLimitMs: SIMPLE_TRIGGER_LIMIT_MS,
  };
  return runtime;
}
