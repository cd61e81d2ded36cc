/**
 * Civil dates of Sheets values. Sheets hands dates over as Date instants at
 * midnight in the spreadsheet's time zone; the wall-clock date there is
 * what the user typed. Intl does the zone arithmetic in plain JavaScript,
 * so converting 10,000 dates costs no service call.
 */
import type { CivilDate } from '../core/civilDate';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant in a time zone, as 'YYYY-MM-DD'. */
export function civilOf(d: Date, timeZone: string): CivilDate {
  const parts = formatter(timeZone).formatToParts(d);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
