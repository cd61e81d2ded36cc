import type { AuthModeName, RuntimeContext } from '../context';
import { exception } from './errors';
import { enumOf, expose } from './expose';

/** https://developers.google.com/apps-script/reference/script/script-app */
export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/**
 * "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas);
 * the message is the one real executions log at the 21st.
 */
export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/**
 * Editor add-ons: "Each add-on can only have one trigger of each type, per
 * user, per document" and "Time-driven triggers cannot run more frequently
 * than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions_2).
 * The clock wording is what real executions log (quoted in
 * https://github.com/ljay79/jira-tools/issues/53); the other event types
 * follow the same sentence (their exact wording is not documented).
 */
export function addOnTriggerLimitMessage(eventType: keyof typeof EventType): string {
  const kind: Record<keyof typeof EventType, string> = {
    CLOCK: 'time-based',
    ON_OPEN: 'open',
    ON_EDIT: 'edit',
    ON_CHANGE: 'change',
    ON_FORM_SUBMIT: 'form-submit',
    ON_EVENT_UPDATED: 'calendar',
  };
  return `This add-on has created too many ${kind[eventType]} triggers in this document for this Google user account.`;
}
/** Wording not verified against a real log; the restriction itself is documented (see above). */
export const ADDON_CLOCK_FREQUENCY_MESSAGE = 'Add-on time-based triggers cannot run more frequently than once per hour.';

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
export const EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
export const InstallationSource = enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');
export const WeekDay = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');

/** What a time-driven trigger was built with (the harness reads it; nothing schedules it). */
export interface ClockSpec {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  at?: Date;
  after?: number;
  timezone?: string;
}

export interface TriggerRecord {
  uniqueId: string;
  handlerFunction: string;
  eventType: keyof typeof EventType;
  triggerSource: keyof typeof TriggerSource;
  triggerSourceId: string | null;
  /**
   * The document the trigger belongs to for getUserTriggers(document): the
   * spreadsheet of a spreadsheet trigger; for an add-on also the document in
   * which it created a clock trigger (add-on triggers are per user per
   * document); null for a plain script's clock trigger.
   */
  documentId: string | null;
  /** The user who created it: installable triggers belong to a user ("current user" in getProjectTriggers). */
  user?: string;
  clock?: ClockSpec;
  createdAt: Date;
}

/** The user's installable triggers for this script, plus the authorisation status the harness sets. */
export class TriggerRegistry {
  readonly list: TriggerRecord[] = [];
  authorizationStatus: keyof typeof AuthorizationStatus = 'NOT_REQUIRED';
  private seq = 0;

  nextId(): string {
    // Real ids are long decimal strings, e.g. 4034124084959907503 in the event-object docs.
    this.seq += 1;
    return String(4034124084959900000n + BigInt(this.seq));
  }
  find(idOrHandler: string): TriggerRecord | undefined {
    return this.list.find((t) => t.uniqueId === idOrHandler) ?? this.list.find((t) => t.handlerFunction === idOrHandler);
  }
  add(ctx: RuntimeContext, rec: TriggerRecord): void {
    if (this.list.length >= TRIGGER_LIMIT) throw exception(ctx, TOO_MANY_TRIGGERS_MESSAGE);
    this.list.push(rec);
  }
  remove(uniqueId: string): void {
    const i = this.list.findIndex((t) => t.uniqueId === uniqueId);
    if (i >= 0) this.list.splice(i, 1);
  }
}

class TriggerImpl implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly ctx: RuntimeContext,
    readonly _rec: TriggerRecord,
  ) {}
  private auth(m: string): void {
    this.ctx.requireAuth(`Trigger.${m}`, SCRIPTAPP_SCOPE);
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.auth('getEventType');
    return EventType[this._rec.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    this.auth('getHandlerFunction');
    return this._rec.handlerFunction;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.auth('getTriggerSource');
    return TriggerSource[this._rec.triggerSource] as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** The spreadsheet id for spreadsheet triggers; null for clock triggers (approximation). */
  getTriggerSourceId(): string {
    this.auth('getTriggerSourceId');
    return this._rec.triggerSourceId as string;
  }
  getUniqueId(): string {
    this.auth('getUniqueId');
    return this._rec.uniqueId;
  }
}

type Created = (rec: Omit<TriggerRecord, 'uniqueId' | 'createdAt' | 'documentId'>) => GoogleAppsScript.Script.Trigger;

class ClockBuilder {
  _self?: GoogleAppsScript.Script.ClockTriggerBuilder;
  private readonly spec: ClockSpec = {};
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly handler: string,
    private readonly created: Created,
    private readonly addOn: boolean,
  ) {}
  private set<K extends keyof ClockSpec>(k: K, v: ClockSpec[K]): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.spec[k] = v;
    return this._self as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  everyMinutes(n: number) {
    // ClockTriggerBuilder.everyMinutes: "n must be 1, 5, 10, 15 or 30".
    if (![1, 5, 10, 15, 30].includes(n)) throw exception(this.ctx, 'The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this.set('everyMinutes', n);
  }
  everyHours(n: number) {
    return this.set('everyHours', n);
  }
  everyDays(n: number) {
    return this.set('everyDays', n);
  }
  everyWeeks(n: number) {
    return this.set('everyWeeks', n);
  }
  atHour(h: number) {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw exception(this.ctx, `Invalid argument: hour`);
    return this.set('atHour', h);
  }
  nearMinute(m: number) {
    return this.set('nearMinute', m);
  }
  onWeekDay(d: GoogleAppsScript.Base.Weekday) {
    return this.set('onWeekDay', String(d));
  }
  onMonthDay(d: number) {
    return this.set('onMonthDay', d);
  }
  at(d: GoogleAppsScript.Base.Date) {
    return this.set('at', new Date((d as unknown as Date).getTime()));
  }
  atDate(y: number, m: number, d: number) {
    return this.set('at', new Date(Date.UTC(y, m - 1, d)));
  }
  after(ms: number) {
    return this.set('after', ms);
  }
  inTimezone(tz: string) {
    return this.set('timezone', tz);
  }
  create(): GoogleAppsScript.Script.Trigger {
    const s = this.spec;
    const recurring = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks].some((x) => x !== undefined);
    if (!recurring && s.at === undefined && s.after === undefined)
      throw exception(this.ctx, 'Clock triggers must have a frequency (everyMinutes/Hours/Days/Weeks, at, or after).');
    if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined)
      throw exception(this.ctx, 'atHour() can only be used with everyDays() or everyWeeks().');
    if (this.addOn && s.everyMinutes !== undefined) throw exception(this.ctx, ADDON_CLOCK_FREQUENCY_MESSAGE);
    return this.created({
      handlerFunction: this.handler,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      clock: { ...s },
    });
  }
}

class SpreadsheetBuilder {
  _self?: GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  private event: keyof typeof EventType | undefined;
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly handler: string,
    private readonly sourceId: string,
    private readonly created: Created,
  ) {}
  private on(e: keyof typeof EventType): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.event = e;
    return this._self as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
  onOpen() {
    return this.on('ON_OPEN');
  }
  onEdit() {
    return this.on('ON_EDIT');
  }
  onChange() {
    return this.on('ON_CHANGE');
  }
  onFormSubmit() {
    return this.on('ON_FORM_SUBMIT');
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.event)
      throw exception(this.ctx, 'Missing event type: call onOpen(), onEdit(), onChange() or onFormSubmit() before create().');
    return this.created({
      handlerFunction: this.handler,
      eventType: this.event,
      triggerSource: 'SPREADSHEETS',
      triggerSourceId: this.sourceId,
    });
  }
}

export interface ScriptAppOptions {
  registry: TriggerRegistry;
  scriptId: string;
  /** The bound spreadsheet's id, read without counting. */
  spreadsheetId: () => string;
  /** True for an editor add-on (the default of createRuntime): add-on trigger restrictions apply. */
  addOn?: boolean;
}

type ScriptAppApi = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'TriggerSource'
  | 'InstallationSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getOAuthToken'
  | 'getAuthorizationInfo'
  | 'getInstallationSource'
>;

/**
 * ScriptApp. Everything touching triggers needs the script.scriptapp scope,
 * so it throws the permission error outside FULL (simple triggers cannot
 * create installable ones: https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
class ScriptAppImpl implements ScriptAppApi {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly InstallationSource = InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly opts: ScriptAppOptions,
  ) {}

  private wrap(rec: TriggerRecord): GoogleAppsScript.Script.Trigger {
    return expose(new TriggerImpl(this.ctx, rec), 'Trigger', this.ctx);
  }

  private readonly created: Created = (partial) => {
    const addOn = this.opts.addOn === true;
    const documentId = partial.triggerSourceId ?? (addOn ? this.opts.spreadsheetId() : null);
    if (addOn && this.opts.registry.list.some((t) => this.mine(t) && t.eventType === partial.eventType && t.documentId === documentId))
      throw exception(this.ctx, addOnTriggerLimitMessage(partial.eventType));
    const rec: TriggerRecord = {
      ...partial,
      documentId,
      user: this.ctx.user.email,
      uniqueId: this.opts.registry.nextId(),
      createdAt: this.ctx.clock.now(),
    };
    this.opts.registry.add(this.ctx, rec);
    return this.wrap(rec);
  };

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.ctx.requireAuth('ScriptApp.newTrigger', SCRIPTAPP_SCOPE);
    const { ctx, created } = this;
    const sheetId = (s: unknown): string => {
      if (typeof s === 'string') return s;
      // Reading the id of the Spreadsheet handed in is bookkeeping, not a call the bundle made.
      const id = ctx.counter.uncounted(() => (s as { getId?: () => unknown }).getId?.());
      return typeof id === 'string' ? id : this.opts.spreadsheetId();
    };
    const builder = {
      timeBased: () =>
        expose(
          new ClockBuilder(ctx, functionName, created, this.opts.addOn === true),
          'ClockTriggerBuilder',
          ctx,
        ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder,
      forSpreadsheet: (s: GoogleAppsScript.Spreadsheet.Spreadsheet | string) =>
        expose(
          new SpreadsheetBuilder(ctx, functionName, sheetId(s), created),
          'SpreadsheetTriggerBuilder',
          ctx,
        ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
    };
    return expose(builder, 'TriggerBuilder', ctx) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** Triggers are the creating user's own (the runtime can switch users). */
  private mine(r: TriggerRecord): boolean {
    return r.user === undefined || r.user.toLowerCase() === this.ctx.user.email.toLowerCase();
  }

  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.ctx.requireAuth('ScriptApp.getProjectTriggers', SCRIPTAPP_SCOPE);
    return this.opts.registry.list.filter((r) => this.mine(r)).map((r) => this.wrap(r));
  }

  /**
   * "All installable triggers owned by this user in the given spreadsheet,
   * for this script or add-on only"
   * (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)):
   * for an add-on that includes the clock triggers it created in this
   * document, since add-on triggers are per user per document.
   */
  getUserTriggers(doc: unknown): GoogleAppsScript.Script.Trigger[] {
    this.ctx.requireAuth('ScriptApp.getUserTriggers', SCRIPTAPP_SCOPE);
    const given = this.ctx.counter.uncounted(() => (doc as { getId?: () => unknown } | null)?.getId?.());
    const id = typeof given === 'string' ? given : this.opts.spreadsheetId();
    return this.opts.registry.list.filter((r) => this.mine(r) && r.documentId === id).map((r) => this.wrap(r));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.ctx.requireAuth('ScriptApp.deleteTrigger', SCRIPTAPP_SCOPE);
    // `_rec` is internal: reading it through the counted proxy is not a call.
    const rec = (trigger as unknown as { _rec?: TriggerRecord })._rec;
    if (!rec) throw exception(this.ctx, 'Invalid argument: trigger');
    this.opts.registry.remove(rec.uniqueId);
  }

  getScriptId(): string {
    return this.opts.scriptId;
  }

  getOAuthToken(): string {
    this.ctx.requireAuth('ScriptApp.getOAuthToken', 'https://www.googleapis.com/auth/script.external_request');
    return 'ya29.local-runtime-token';
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return InstallationSource.NONE as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  /**
   * https://developers.google.com/apps-script/reference/script/authorization-info :
   * REQUIRED means the user must (re)authorise; the harness sets it.
   */
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    const status = this.opts.registry.authorizationStatus;
    const info = {
      getAuthorizationStatus: () => AuthorizationStatus[status] as unknown as GoogleAppsScript.Script.AuthorizationStatus,
      getAuthorizationUrl: () =>
        status === 'REQUIRED' ? `https://script.google.com/macros/d/${this.opts.scriptId}/authorize` : (null as unknown as string),
    };
    return expose(info, 'AuthorizationInfo', this.ctx);
  }
}

export function createScriptApp(ctx: RuntimeContext, opts: ScriptAppOptions): GoogleAppsScript.Script.ScriptApp {
  return expose(new ScriptAppImpl(ctx, opts), 'ScriptApp', ctx) as unknown as GoogleAppsScript.Script.ScriptApp;
}

export function isAuthMode(x: string): x is AuthModeName {
  return x in AuthMode;
}
