import type { RuntimeContext } from '../context';
import { exception } from './errors';
import { expose } from './expose';

/**
 * The message waitLock throws on timeout, as logged by real executions (e.g.
 * quoted across public Apps Script projects); behaviour per
 * https://developers.google.com/apps-script/reference/lock/lock.
 */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export type LockKind = 'document' | 'script' | 'user';

/**
 * The three locks of one runtime. The bundle runs single-threaded here, so
 * contention is simulated: the harness marks a lock as held by another
 * execution (optionally until a clock time); waiting advances the clock.
 */
export class LockRegistry {
  /** Who holds each lock: 'other' (another execution), a Lock object of this execution, or nobody. */
  private readonly holders = new Map<LockKind, { by: 'other'; until?: number } | { by: LockImpl }>();

  holdDocumentLock(untilMs?: number): void {
    this.hold('document', untilMs);
  }
  holdScriptLock(untilMs?: number): void {
    this.hold('script', untilMs);
  }
  holdUserLock(untilMs?: number): void {
    this.hold('user', untilMs);
  }
  /** Marks the lock as held by another execution, until the clock reaches `untilMs` (or forever). */
  hold(kind: LockKind, untilMs?: number): void {
    this.holders.set(kind, untilMs === undefined ? { by: 'other' } : { by: 'other', until: untilMs });
  }
  release(kind: LockKind): void {
    this.holders.delete(kind);
  }
  isHeld(kind: LockKind): boolean {
    return this.holders.has(kind);
  }
  /** Locks are released automatically when the script terminates (Lock.releaseLock docs). */
  releaseAllOwn(): void {
    for (const [k, h] of this.holders) if (h.by !== 'other') this.holders.delete(k);
  }

  /** @internal */
  tryAcquire(kind: LockKind, lock: LockImpl, timeoutMs: number, ctx: RuntimeContext): boolean {
    const h = this.holders.get(kind);
    if (!h || h.by === lock) {
      this.holders.set(kind, { by: lock });
      return true;
    }
    // Another execution, or another Lock object of this one (Apps Script locks are not re-entrant across objects).
    if (h.by === 'other' && h.until !== undefined) {
      const now = ctx.clock.now().getTime();
      const wait = Math.max(0, h.until - now);
      if (wait <= timeoutMs) {
        ctx.clock.advance(wait);
        this.holders.set(kind, { by: lock });
        return true;
      }
    }
    ctx.clock.advance(Math.max(0, timeoutMs));
    return false;
  }
  /** @internal */
  holdsIt(kind: LockKind, lock: LockImpl): boolean {
    return this.holders.get(kind)?.by === lock;
  }
  /** @internal */
  releaseIfOwner(kind: LockKind, lock: LockImpl): void {
    if (this.holdsIt(kind, lock)) this.holders.delete(kind);
  }
}

class LockImpl implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly registry: LockRegistry,
    private readonly kind: LockKind,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.registry.tryAcquire(this.kind, this, timeoutInMillis, this.ctx);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw exception(this.ctx, LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.registry.releaseIfOwner(this.kind, this);
  }
  hasLock(): boolean {
    return this.registry.holdsIt(this.kind, this);
  }
}

/** LockService: https://developers.google.com/apps-script/reference/lock/lock-service */
export function createLockService(ctx: RuntimeContext, registry: LockRegistry): GoogleAppsScript.Lock.LockService {
  const make = (kind: LockKind): GoogleAppsScript.Lock.Lock => expose(new LockImpl(ctx, registry, kind), 'Lock', ctx);
  const impl: GoogleAppsScript.Lock.LockService = {
    getDocumentLock: () => make('document'),
    getScriptLock: () => make('script'),
    getUserLock: () => make('user'),
  };
  return expose(impl, 'LockService', ctx);
}
