/** What the reminder menu items say (texts reminders.*). */
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
  on: label('reminders.on'),
  off: label('reminders.off'),
  previewTitle: label('reminders.previewTitle'),
  previewHeld: label('reminders.previewHeld'),
  previewNone: label('reminders.previewNone'),
  previewDone: label('reminders.previewDone'),
  previewHeader: label('reminders.previewHeader'),
} as const satisfies Record<string, Label>;

export function summaryText(s: RunSummary, lang: Lang): string {
  if (s.busy) return MSG.busy[lang];
  if (s.noLedger) return MSG.noLedger[lang];
  if (s.hold === 'weekend') return MSG.weekend[lang];
  if (s.hold === 'quiet_hours') return fill(MSG.quiet_hours[lang], { hour: s.quietHoursEnd });
  if (s.sent + s.deferred + s.failed === 0) return MSG.nothing[lang];
  const text = fill(MSG.result[lang], { sent: s.sent, deferred: s.deferred, failed: s.failed });
  return s.failures.length ? `${text} ${s.failures.slice(0, 3).join('; ')}` : text;
}
