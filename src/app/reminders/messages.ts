/** What the reminder menu items and the status block say (texts reminders.*, status.*). */
import type { Label, Lang } from '../../core/i18n';
import { fill, lazyLabel } from '../../core/i18n';
import type { RunSummary } from './run';

export const MSG = {
  title: lazyLabel('reminders.title'),
  busy: lazyLabel('reminders.busy'),
  weekend: lazyLabel('reminders.weekend'),
  quiet_hours: lazyLabel('reminders.quiet_hours'),
  noLedger: lazyLabel('reminders.noLedger'),
  result: lazyLabel('reminders.result'),
  nothing: lazyLabel('reminders.nothing'),
  waitTomorrow: lazyLabel('reminders.waitTomorrow'),
  confirm: lazyLabel('reminders.confirm'),
  cancelled: lazyLabel('reminders.cancelled'),
  runError: lazyLabel('reminders.runError'),
  logError: lazyLabel('reminders.logError'),
  on: lazyLabel('reminders.on'),
  onRefused: lazyLabel('reminders.onRefused'),
  off: lazyLabel('reminders.off'),
  previewTitle: lazyLabel('reminders.previewTitle'),
  previewHeld: lazyLabel('reminders.previewHeld'),
  previewNone: lazyLabel('reminders.previewNone'),
  previewDone: lazyLabel('reminders.previewDone'),
  previewHeader: lazyLabel('reminders.previewHeader'),
} as const satisfies Record<string, Label>;

/** The status block on the Settings tab: label, then value template. */
export const STATUS = {
  heading: lazyLabel('status.heading'),
  updated: lazyLabel('status.updated'),
  state: lazyLabel('status.state'),
  on: lazyLabel('status.on'),
  off: lazyLabel('status.off'),
  hour: lazyLabel('status.hour'),
  hourValue: lazyLabel('status.hourValue'),
  last: lazyLabel('status.last'),
  lastValue: lazyLabel('status.lastValue'),
  stoppedByTime: lazyLabel('status.stoppedByTime'),
  next: lazyLabel('status.next'),
  nextSoon: lazyLabel('status.nextSoon'),
  nextOff: lazyLabel('status.nextOff'),
  quota: lazyLabel('status.quota'),
  unknown: lazyLabel('status.unknown'),
  warning: lazyLabel('status.warning'),
  quotaShort: lazyLabel('status.quotaShort'),
  quietHour: lazyLabel('status.quietHour'),
} as const satisfies Record<string, Label>;

export function summaryText(s: RunSummary, lang: Lang): string {
  if (s.busy) return MSG.busy[lang];
  if (s.error) return fill(MSG.runError[lang], { error: s.error });
  if (s.noLedger) return MSG.noLedger[lang];
  if (s.hold === 'weekend') return MSG.weekend[lang];
  if (s.hold === 'quiet_hours') return fill(MSG.quiet_hours[lang], { hour: s.quietHoursEnd });
  const later = s.waitTomorrow ? ` ${fill(MSG.waitTomorrow[lang], { n: s.waitTomorrow })}` : '';
  const log = s.logError ? ` ${fill(MSG.logError[lang], { error: s.logError })}` : '';
  if (s.sent + s.deferred + s.failed === 0) return MSG.nothing[lang] + later + log;
  const text = fill(MSG.result[lang], { sent: s.sent, deferred: s.deferred, failed: s.failed });
  return (s.failures.length ? `${text} ${s.failures.slice(0, 3).join('; ')}` : text) + later + log;
}
