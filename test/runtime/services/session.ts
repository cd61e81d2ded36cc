import type { RuntimeContext } from '../context';
import { expose } from './expose';

type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

/**
 * Session. The active user's email is blank in any context that runs without
 * the user's authorisation (simple onOpen/onEdit triggers, i.e. LIMITED, and
 * NONE) for consumer accounts:
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 * getEffectiveUser "in most other cases" returns the same account, so it
 * follows the same rule here.
 */
export class SessionImpl implements SessionApi {
  constructor(private readonly ctx: RuntimeContext) {}

  private user(email: string): GoogleAppsScript.Base.User {
    const visible = this.ctx.authMode === 'FULL' ? email : '';
    return expose(new UserImpl(visible), 'User', this.ctx) as unknown as GoogleAppsScript.Base.User;
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user(this.ctx.user.email);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user(this.ctx.user.effectiveEmail);
  }
  getScriptTimeZone(): string {
    return this.ctx.timeZone;
  }
  /** Apps Script answers the language part only ('en', 'ru'), per the reference example. */
  getActiveUserLocale(): string {
    return this.ctx.locale.split(/[_-]/)[0] ?? this.ctx.locale;
  }
  getTemporaryActiveUserKey(): string {
    return Buffer.from(`tmp:${this.ctx.user.email}`).toString('base64');
  }
}

export function createSession(ctx: RuntimeContext): GoogleAppsScript.Base.Session {
  return expose(new SessionImpl(ctx), 'Session', ctx) as unknown as GoogleAppsScript.Base.Session;
}
