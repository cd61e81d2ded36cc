/**
 * Risk colours, from Settings (colour_key, colour_critical, colour_mono).
 * The defaults there are ColorBrewer YlOrRd, a sequential scheme marked
 * colour-blind safe on colorbrewer2.org (Brewer & Harrower, Penn State): the
 * steps differ in lightness, not only in hue, so they stay in order for
 * every kind of colour vision and in greyscale; the band is also always
 * written as text. The font on each colour is black or white, whichever
 * contrasts more.
 */
import type { ColourKey, Settings } from '../settingsValues';
import { DEFAULT_SETTINGS } from '../settingsValues';
import type { HhiBandKey, RiskBandKey } from './bands';

export interface Swatch {
  readonly background: string;
  readonly font: string;
}

export type StrongBand = Exclude<RiskBandKey, 'below'>;

/** Strong colours for the share and band cells; 'below' keeps the sheet's own look. */
export type Palette = Readonly<Record<StrongBand, Swatch>>;

/** The Settings key of a band's colour. */
export const colourSetting = (b: StrongBand) => `colour_${b}` as const;

/** Share of the band colour in the row tint: subtle enough to read text on. */
export const ROW_TINT_STRENGTH = 0.15;

/** Channels 0-255 of '#rrggbb' (Settings parsing guarantees the form). */
function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Mixes a colour with white: weight 1 is the colour, 0 is white. */
export function tint(hex: string, weight: number): string {
  return (
    '#' +
    rgb(hex)
      .map((c) =>
        Math.round(255 - (255 - c) * weight)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** WCAG 2 relative luminance: https://www.w3.org/TR/WCAG21/#dfn-relative-luminance */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = rgb(hex).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1-21); 4.5 is the AA minimum for normal text. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more: black wins above luminance
 * 0.179, where (L + 0.05) / 0.05 = 1.05 / (L + 0.05); the winner always reaches 4.5.
 */
export function readableFont(background: string): string {
  return luminance(background) > 0.179 ? '#000000' : '#ffffff';
}

export function paletteOf(s: Pick<Settings, ColourKey>): Palette {
  const swatch = (b: StrongBand): Swatch => ({ background: s[colourSetting(b)], font: readableFont(s[colourSetting(b)]) });
  return { key: swatch('key'), critical: swatch('critical'), mono: swatch('mono') };
}

export const DEFAULT_PALETTE: Palette = paletteOf(DEFAULT_SETTINGS);

export function rowTint(p: Palette, band: StrongBand): string {
  return tint(p[band].background, ROW_TINT_STRENGTH);
}

export function hhiSwatch(p: Palette, band: Exclude<HhiBandKey, 'diversified'>): Swatch {
  return band === 'moderate' ? p.key : p.critical;
}

/** A manager over the accounts-per-manager guideline. */
export const overloadSwatch = (p: Palette): Swatch => p.critical;

/** The colours in use, as one short text: stored when risk colours are applied, compared by the home checklist. */
export function paletteMarker(p: Palette): string {
  return `${p.key.background} ${p.critical.background} ${p.mono.background}`;
}
