import { createHash, randomUUID } from 'node:crypto';
import type { RuntimeContext } from '../context';
import { exception } from './errors';
import { enumOf, expose } from './expose';
import { formatJavaDate } from './date-format';

type UtilitiesApi = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'sleep'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'computeDigest'
>;

const Charset = enumOf('US_ASCII', 'UTF_8');
const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function toSignedBytes(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[], charset?: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, String(charset) === 'US_ASCII' ? 'latin1' : 'utf8');
  return Buffer.from(data.map((b) => b & 0xff));
}

function isValidZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * formatString: the sprintf subset Apps Script documents
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)):
 * %s %d %i %f %x %o %e %%, with flags -, 0, +, space, width and precision.
 */
export function sprintf(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdifxoe%])/g,
    (_m, flags: string, width?: string, prec?: string, conv?: string) => {
      if (conv === '%') return '%';
      const arg = args[next++];
      let s: string;
      const num = Number(arg);
      switch (conv) {
        case 's':
          s = String(arg);
          if (prec !== undefined) s = s.slice(0, Number(prec));
          break;
        case 'd':
        case 'i':
          s = String(Math.trunc(num));
          break;
        case 'f':
          s = num.toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case 'e':
          s = num.toExponential(prec === undefined ? 6 : Number(prec));
          break;
        case 'x':
          s = Math.trunc(num).toString(16);
          break;
        default:
          s = Math.trunc(num).toString(8);
      }
      if (conv !== 's' && num >= 0) {
        if (flags.includes('+')) s = `+${s}`;
        else if (flags.includes(' ')) s = ` ${s}`;
      }
      const w = width === undefined ? 0 : Number(width);
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w);
        else if (flags.includes('0') && conv !== 's') {
          const sign = /^[+\- ]/.test(s) ? s.charAt(0) : '';
          s = sign + s.slice(sign.length).padStart(w - sign.length, '0');
        } else s = s.padStart(w);
      }
      return s;
    },
  );
}

export class UtilitiesImpl implements UtilitiesApi {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

  constructor(private readonly ctx: RuntimeContext) {}

  /** Unknown zone IDs fall back to GMT, as java.util.TimeZone.getTimeZone does. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const d = new Date((date as unknown as Date).getTime());
    if (Number.isNaN(d.getTime())) throw exception(this.ctx, 'Invalid argument: date');
    return formatJavaDate(d, isValidZone(timeZone) ? timeZone : 'UTC', format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return sprintf(template, args);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** No real wait: the runtime clock moves instead. The documented maximum is 5 minutes. */
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw exception(this.ctx, 'Invalid argument: milliseconds');
    this.ctx.clock.advance(Math.max(0, milliseconds));
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64url'));
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const name = NODE_DIGEST[String(algorithm)];
    if (!name) throw exception(this.ctx, `Unsupported digest algorithm: ${String(algorithm)}`);
    return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
  }
}

export function createUtilities(ctx: RuntimeContext): GoogleAppsScript.Utilities.Utilities {
  return expose(new UtilitiesImpl(ctx), 'Utilities', ctx) as unknown as GoogleAppsScript.Utilities.Utilities;
}
