import type { RuntimeContext } from '../context';
import { exception, permissionMessage } from './errors';
import { expose } from './expose';

/**
 * Limits from https://developers.google.com/apps-script/guides/services/quotas
 * ("Properties value size 9 KB / val", "Properties total storage 500 KB /
 * property store"). Sizes are counted in UTF-8 bytes, key plus value for the
 * total. The messages are the ones Apps Script throws: the quota one is quoted
 * in https://github.com/lucasvtiradentes/gcal-sync/issues/115.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';
export const PROPERTY_VALUE_MESSAGE = 'Argument too large: value';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One property store (document, user or script); the harness reads `data` directly, uncounted. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  constructor(readonly kind: 'document' | 'user' | 'script') {}

  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }

  /** Applies writes atomically: a write that would break a limit changes nothing. */
  write(ctx: RuntimeContext, entries: [string, string][], replaceAll: boolean): void {
    const next = replaceAll ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of entries) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw exception(ctx, PROPERTY_VALUE_MESSAGE);
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) throw exception(ctx, PROPERTY_QUOTA_MESSAGE);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }
}

type PropertiesApi = GoogleAppsScript.Properties.Properties;

class PropertiesImpl {
  _self?: PropertiesApi;
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly store: PropertyStore,
  ) {}

  private self(): PropertiesApi {
    return this._self as PropertiesApi;
  }

  getProperty(key: string): string | null {
    return this.store.data.get(String(key)) ?? null;
  }
  getProperties(): { [key: string]: string } {
    return this.store.toObject();
  }
  getKeys(): string[] {
    return [...this.store.data.keys()];
  }
  /** Values are stored as strings, as Apps Script coerces them. */
  setProperty(key: string, value: string): PropertiesApi {
    this.store.write(this.ctx, [[String(key), String(value)]], false);
    return this.self();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): PropertiesApi {
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    this.store.write(this.ctx, entries, deleteAllOthers);
    return this.self();
  }
  deleteProperty(key: string): PropertiesApi {
    this.store.data.delete(String(key));
    return this.self();
  }
  deleteAllProperties(): PropertiesApi {
    this.store.data.clear();
    return this.self();
  }
}

export interface PropertyStores {
  document: PropertyStore;
  user: PropertyStore;
  script: PropertyStore;
}

export function createPropertyStores(): PropertyStores {
  return { document: new PropertyStore('document'), user: new PropertyStore('user'), script: new PropertyStore('script') };
}

/**
 * PropertiesService. Properties need authorisation: add-ons must not read
 * them in AuthMode.NONE
 * (https://developers.google.com/workspace/add-ons/concepts/menus), so the
 * getters throw there; LIMITED (simple triggers) may use them.
 */
export function createPropertiesService(ctx: RuntimeContext, stores: PropertyStores): GoogleAppsScript.Properties.PropertiesService {
  const open = (method: string, store: PropertyStore): PropertiesApi => {
    if (ctx.authMode === 'NONE')
      throw exception(ctx, permissionMessage(`PropertiesService.${method}`, 'https://www.googleapis.com/auth/script.storage'));
    return expose(new PropertiesImpl(ctx, store) as unknown as PropertiesApi, 'Properties', ctx);
  };
  const impl: GoogleAppsScript.Properties.PropertiesService = {
    getDocumentProperties: () => open('getDocumentProperties', stores.document),
    getUserProperties: () => open('getUserProperties', stores.user),
    getScriptProperties: () => open('getScriptProperties', stores.script),
  };
  return expose(impl, 'PropertiesService', ctx);
}
