/**
 * A review diff as plain lines. The wording is passed in (line templates per
 * change kind and a way to name parts, fields and values), so this module does
 * not depend on the message catalogue; schemaWording builds the naming part
 * from the schema's own labels.
 */
import type { EnumOption } from '../domain';
import { RISK_BANDS } from '../domain';
import type { Lang } from '../i18n';
import { fill } from '../i18n';
import { tabSpec } from '../schema/tabs';
import type { ChangeKind, DiffValue, ReviewDiff } from './diff';
import type { PartKey } from './snapshot';
import { partTab } from './snapshot';

/**
 * One template per change kind, plus 'incomplete' for a list cut by the size policy. Placeholders:
 * {part} {item} {field} {before} {after} {count}; e.g. added: "{part}: {item} added".
 */
export type LineTemplates = Readonly<Record<ChangeKind | 'incomplete', string>>;

export interface DiffWording {
  readonly lines: LineTemplates;
  /** A part's name in the reader's language ("Decision group"). */
  readonly part: (part: PartKey) => string;
  /** A column's name in the reader's language. */
  readonly field: (part: PartKey, key: string) => string;
  /** A value as the reader should see it: option labels for option keys, percents for shares. */
  readonly value: (part: PartKey, key: string, v: DiffValue) => string;
}

/** One line per change, in the diff's order, then one per incomplete list. */
export function renderDiff(diff: ReviewDiff, w: DiffWording): string[] {
  const out = diff.changes.map((c) =>
    fill(w.lines[c.kind], {
      part: w.part(c.part),
      item: c.label,
      field: c.field === null ? '' : w.field(c.part, c.field),
      before: c.field === null ? '' : w.value(c.part, c.field, c.before),
      after: c.field === null ? String(c.after ?? '') : w.value(c.part, c.field, c.after),
      count: typeof c.after === 'number' ? c.after : '',
    }),
  );
  for (const p of diff.incomplete) out.push(fill(w.lines.incomplete, { part: w.part(p) }));
  return out;
}

const EMPTY = '—';

/** Names parts, fields and values from the schema's labels in `lang`; the line templates come from the caller. */
export function schemaWording(lang: Lang, lines: LineTemplates): DiffWording {
  const column = (part: PartKey, key: string) => tabSpec(partTab(part)).columns.find((c) => c.key === key);
  const label = (options: readonly EnumOption[], v: string): string => options.find((o) => o.key === v)?.label[lang] ?? v;
  return {
    lines,
    part: (p) => tabSpec(partTab(p)).name[lang],
    field: (p, k) => column(p, k)?.label[lang] ?? k,
    value: (p, k, v) => {
      if (v === null || v === '') return EMPTY;
      const c = column(p, k);
      if (typeof v === 'string') {
        if (c?.formula === 'riskBand') return label(RISK_BANDS, v);
        return c?.options ? label(c.options, v) : v;
      }
      // Shares are fractions: 0.23 reads as 23 %.
      if (c?.type === 'percent' || c?.yields === 'percent') return `${Math.round(v * 1000) / 10} %`;
      return String(v);
    },
  };
}
