import { format } from 'node:util';
import type { RuntimeContext } from '../context';
import { expose } from './expose';
import { sprintf } from './utilities';

export interface LogLine {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: Date;
}

/** Everything the bundle logged during this runtime, in order. */
export class LogState {
  readonly lines: LogLine[] = [];
  text(): string {
    return this.lines.map((l) => l.message).join('\n');
  }
}

/**
 * Logger (https://developers.google.com/apps-script/reference/base/logger):
 * log(data) or log(format, ...values) with the formatString subset.
 */
class LoggerImpl {
  _self?: GoogleAppsScript.Base.Logger;
  private start = 0;
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly state: LogState,
  ) {}
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    const message = values.length && typeof data === 'string' ? sprintf(data, values) : stringify(data);
    this.state.lines.push({ source: 'Logger', level: 'log', message, at: this.ctx.clock.now() });
    return this._self as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.state.lines
      .slice(this.start)
      .filter((l) => l.source === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    this.start = this.state.lines.length;
  }
}

function stringify(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export function createLogger(ctx: RuntimeContext, state: LogState): GoogleAppsScript.Base.Logger {
  return expose(new LoggerImpl(ctx, state), 'Logger', ctx) as unknown as GoogleAppsScript.Base.Logger;
}

/**
 * console for the vm. Not counted: Apps Script does not bill it as a service
 * call, and counting it would blur the round-trip numbers the tests read.
 */
export function createConsole(ctx: RuntimeContext, state: LogState): Console {
  const timers = new Map<string, number>();
  const emit =
    (level: LogLine['level']) =>
    (...args: unknown[]): void => {
      state.lines.push({ source: 'console', level, message: format(...args), at: ctx.clock.now() });
    };
  const c = {
    log: emit('log'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    time: (label: string) => {
      timers.set(label, ctx.clock.now().getTime());
    },
    timeEnd: (label: string) => {
      const t0 = timers.get(label);
      if (t0 !== undefined) emit('log')(`${label}: ${ctx.clock.now().getTime() - t0}ms`);
      timers.delete(label);
    },
  };
  return c as unknown as Console;
}
