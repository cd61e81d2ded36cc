import type { RuntimeContext } from '../context';
import { exception } from './errors';
import { expose } from './expose';

/**
 * Limits from https://developers.google.com/apps-script/reference/cache/cache:
 * keys up to 250 characters, values up to 100 KB, default expiry 600 s,
 * maximum 21600 s (6 hours). Expiry runs on the runtime clock.
 */
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(readonly kind: 'document' | 'script' | 'user') {}

  /** Live value (uncounted harness read). */
  peek(key: string, nowMs: number): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= nowMs) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
}

class CacheImpl implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly store: CacheStore,
  ) {}

  private now(): number {
    return this.ctx.clock.now().getTime();
  }

  private check(key: string, value: string): void {
    if (key.length > CACHE_KEY_LIMIT) throw exception(this.ctx, 'Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) throw exception(this.ctx, 'Argument too large: value');
  }

  private ttl(seconds: number | undefined): number {
    const s = seconds === undefined ? CACHE_DEFAULT_TTL_S : Math.min(Math.max(1, seconds), CACHE_MAX_TTL_S);
    return s * 1000;
  }

  get(key: string): string | null {
    return this.store.peek(String(key), this.now());
  }
  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const k of keys) {
      const v = this.store.peek(String(k), this.now());
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    this.check(k, v);
    this.store.entries.set(k, { value: v, expiresAt: this.now() + this.ttl(expirationInSeconds) });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    const entries = Object.entries(values).map(([k, v]): [string, string] => [k, String(v)]);
    for (const [k, v] of entries) this.check(k, v);
    for (const [k, v] of entries) this.store.entries.set(k, { value: v, expiresAt: this.now() + this.ttl(expirationInSeconds) });
  }
  remove(key: string): void {
    this.store.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.entries.delete(String(k));
  }
}

export interface CacheStores {
  document: CacheStore;
  script: CacheStore;
  user: CacheStore;
}

export function createCacheStores(): CacheStores {
  return { document: new CacheStore('document'), script: new CacheStore('script'), user: new CacheStore('user') };
}

/** CacheService: https://developers.google.com/apps-script/reference/cache/cache-service */
export function createCacheService(ctx: RuntimeContext, stores: CacheStores): GoogleAppsScript.Cache.CacheService {
  const make = (s: CacheStore): GoogleAppsScript.Cache.Cache => expose(new CacheImpl(ctx, s), 'Cache', ctx);
  const impl: GoogleAppsScript.Cache.CacheService = {
    getDocumentCache: () => make(stores.document),
    getScriptCache: () => make(stores.script),
    getUserCache: () => make(stores.user),
  };
  return expose(impl, 'CacheService', ctx);
}
