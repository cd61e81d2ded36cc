/**
 * Risk colours: ColorBrewer YlOrRd, a sequential scheme marked colour-blind
 * safe on colorbrewer2.org (Brewer & Harrower, Penn State). The steps differ
 * in lightness, not only in hue, so they stay in order for every kind of
 * colour vision and in greyscale; the band is also always written as text.
 */
import type { Label } from '../i18n';
import type { HhiBandKey, RiskBandKey } from './bands';

export const PALETTE_NAME: Label = {
  en: 'ColorBrewer YlOrRd (colour-blind safe, ordered by lightness)',
  ru: 'ColorBrewer YlOrRd (различима при дальтонизме, упорядочена по светлоте)',
};

export interface Swatch {
  readonly background: string;
  readonly font: string;
}

/** Strong colours for the share and band cells; 'below' keeps the sheet's own look. */
export const BAND_SWATCH: Readonly<Record<Exclude<RiskBandKey, 'below'>, Swatch>> = {
  key: { background: '#fed976', font: '#000000' },
  critical: { background: '#fd8d3c', font: '#000000' },
  mono: { background: '#bd0026', font: '#ffffff' },
};

/** Share of the band colour in the row tint: subtle enough to read text on. */
export const ROW_TINT_STRENGTH = 0.15;

/** Mixes a colour with white: weight 1 is the colour, 0 is white. */
export function tint(hex: string, weight: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return (
    '#' +
    [m[1], m[2], m[3]]
      .map((h) => Math.round(255 - (255 - parseInt(h as string, 16)) * weight))
      .map((n) => n.toString(16).padStart(2, '0'))
      .join('')
  );
}

export function rowTint(band: Exclude<RiskBandKey, 'below'>): string {
  return tint(BAND_SWATCH[band].background, ROW_TINT_STRENGTH);
}

export const HHI_SWATCH: Readonly<Record<Exclude<HhiBandKey, 'diversified'>, Swatch>> = {
  moderate: BAND_SWATCH.key,
  concentrated: BAND_SWATCH.critical,
};

/** A manager over the accounts-per-manager guideline. */
export const OVERLOAD_SWATCH: Swatch = BAND_SWATCH.critical;
