/**
 * A safety net in document properties: if a run sent mail but could not
 * write the Notices log, the sent keys are kept here and the next run treats
 * them as sent (and logs them). One property, within the 9 KB value limit
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
export const JOURNAL_PROPERTY = 'kad.reminders.journal';
const MAX_BYTES = 9000;

type Props = GoogleAppsScript.Properties.Properties;

export function readJournal(props: Props): string[] {
  const raw = props.getProperty(JOURNAL_PROPERTY);
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch (_e) {
    return [];
  }
}

export function writeJournal(props: Props, keys: readonly string[]): void {
  // Newest last; drop the oldest if a very large run would not fit.
  let list = [...new Set(keys)];
  while (list.length && utf8Length(JSON.stringify(list)) > MAX_BYTES) list = list.slice(1);
  try {
    props.setProperty(JOURNAL_PROPERTY, JSON.stringify(list));
  } catch (_e) {
    // Nothing more can be done here; the caller rethrows the original error.
  }
}

function utf8Length(s: string): number {
  return s.replace(/[\u0080-\u07ff]/g, 'xx').replace(/[\u0800-\uffff]/g, 'xxx').length;
}
