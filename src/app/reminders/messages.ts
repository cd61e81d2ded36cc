/** What the reminder menu items and the status block say (texts reminders.*, status.*). */
import type { Label, Lang } from '../../core/i18n';
import { fill, label } from '../../core/i18n';
import type { RunSummary } from './run';

export const MSG = {
  title: label('reminders.title'),
  busy: label('reminders.busy'),
  weekend: label('reminders.weekend'),
  quiet_hours: label('reminders.quiet_hours'),
  noLedger: label('reminders.noLedger'),
  result: label('reminders.result'),
  nothing: label('reminders.nothing'),
  waitTomorrow: label('reminders.waitTomorrow'),
  confirm: label('reminders.confirm'),
  cancelled: label('reminders.cancelled'),
  runError: label('reminders.runError'),
  logError: label('reminders.logError'),
  on: label('reminders.on'),
  onRefused: label('reminders.onRefused'),
  off: label('reminders.off'),
  previewTitle: label('reminders.previewTitle'),
  previewHeld: label('reminders.previewHeld'),
  previewNone: label('reminders.previewNone'),
  previewDone: label('reminders.previewDone'),
  previewHeader: label('reminders.previewHeader'),
} as const satisfies Record<string, Label>;

/** The status block on the Settings tab: label, then value template. */
export const STATUS = {
  heading: label('status.heading'),
  updated: label('status.updated'),
  state: label('status.state'),
  on: label('status.on'),
  off: label('status.off'),
  hour: label('status.hour'),
  hourValue: label('status.hourValue'),
  last: label('status.last'),
  lastValue: label('status.lastValue'),
  stoppedByTime: label('status.stoppedByTime'),
  next: label('status.next'),
  nextSoon: label('status.nextSoon'),
  nextOff: label('status.nextOff'),
  quota: label('status.quota'),
  unknown: label('status.unknown'),
  warning: label('status.warning'),
  quotaShort: label('status.quotaShort'),
  quietHour: label('status.quietHour'),
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
