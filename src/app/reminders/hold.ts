/** Why a run sends nothing now (weekend or quiet hours), worded for the preview, the confirmation and the sidebar. */
import type { Lang } from '../../core/i18n';
import { fill } from '../../core/i18n';
import { MSG } from './messages';
import type { Plan } from './plan';

export function holdText(plan: Plan, lang: Lang): string | null {
  if (!plan.hold) return null;
  return plan.hold === 'weekend' ? MSG.weekend[lang] : fill(MSG.quiet_hours[lang], { hour: plan.settings.quiet_hours_end });
}
