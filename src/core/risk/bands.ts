/**
 * Concentration bands, as pure functions: the independent check the tests
 * compare sheet formulas against, and the wording the legend uses.
 */
import { optionLabel, RISK_BANDS } from '../domain';
import type { Label } from '../i18n';
import { lazyLabel } from '../i18n';
import { settingSpec } from '../schema/settings';

/** Keys of RISK_BANDS, lowest first (domain.ts types them as plain strings). */
export type RiskBandKey = 'below' | 'key' | 'critical' | 'mono';
export const RISK_BAND_KEYS: readonly RiskBandKey[] = ['below', 'key', 'critical', 'mono'];
// Fails at load if domain.ts and this list ever drift apart.
if (RISK_BANDS.map((b) => b.key).join() !== RISK_BAND_KEYS.join()) throw new Error('RISK_BANDS and RISK_BAND_KEYS differ');

export interface RiskThresholds {
  /** Share above which a client is key (0.1 = 10%). */
  readonly key: number;
  readonly critical: number;
  readonly mono: number;
}

/** The Settings key (and named range) of a band's lower threshold. */
export const thresholdSetting = (b: Exclude<RiskBandKey, 'below'>) => `threshold_${b}` as const;

function settingDefault(b: Exclude<RiskBandKey, 'below'>): number {
  const d = settingSpec(thresholdSetting(b)).default;
  if (typeof d !== 'number') throw new Error(`Setting ${thresholdSetting(b)} has no numeric default`);
  return d;
}

export const DEFAULT_THRESHOLDS: RiskThresholds = {
  key: settingDefault('key'),
  critical: settingDefault('critical'),
  mono: settingDefault('mono'),
};

/** Band of a share; every comparison is strict, as the domain says "more than" (exactly 20% is key). */
export function bandOf(share: number, t: RiskThresholds = DEFAULT_THRESHOLDS): RiskBandKey {
  if (share > t.mono) return 'mono';
  if (share > t.critical) return 'critical';
  if (share > t.key) return 'key';
  return 'below';
}

export function bandLabel(key: RiskBandKey): Label {
  return optionLabel(RISK_BANDS, key);
}

/**
 * HHI bands on the 0-1 scale: < 0.10 diversified, 0.10-0.25 moderate,
 * > 0.25 concentrated. On the 10,000-point scale these are 1,000 and 2,500:
 * 2,500 is the "highly concentrated" line of the US DOJ/FTC Horizontal Merger
 * Guidelines (2010, §5.3); 1,000 is the "unconcentrated" line of the 1992
 * DOJ/FTC guidelines (§1.51) and the EU horizontal merger guidelines (2004,
 * para. 19); the 2010 guidelines draw that line at 1,500. Those guidelines
 * measure sellers in a market; here the same index measures a supplier's
 * dependence on its clients.
 */
export const HHI_BANDS = [
  { key: 'diversified', label: lazyLabel('hhi.diversified') },
  { key: 'moderate', label: lazyLabel('hhi.moderate') },
  { key: 'concentrated', label: lazyLabel('hhi.concentrated') },
] as const satisfies readonly { key: string; label: Label }[];

export type HhiBandKey = (typeof HHI_BANDS)[number]['key'];

export const HHI_MODERATE_FROM = 0.1;
export const HHI_CONCENTRATED_ABOVE = 0.25;

export function hhiBandOf(hhi: number): HhiBandKey {
  if (hhi > HHI_CONCENTRATED_ABOVE) return 'concentrated';
  if (hhi >= HHI_MODERATE_FROM) return 'moderate';
  return 'diversified';
}

export function hhiBandLabel(key: HhiBandKey): Label {
  return (HHI_BANDS.find((b) => b.key === key) as (typeof HHI_BANDS)[number]).label;
}
