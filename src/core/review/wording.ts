/**
 * A review diff worded from the text catalogues (review.line.*): the part,
 * column and option names come from the schema in the reader's language
 * (schemaWording), the sentence around them from the catalogue.
 */
import type { Lang, TextKey } from '../i18n';
import { text } from '../i18n';
import type { Change, ChangeKind, ReviewDiff } from './diff';
import { tabSpec } from '../schema/tabs';
import type { DiffWording, LineTemplates } from './render';
import { renderDiff, schemaWording } from './render';
import { partTab } from './snapshot';

const KINDS: readonly (ChangeKind | 'incomplete')[] = [
  'added',
  'removed',
  'changed',
  'textChanged',
  'increased',
  'decreased',
  'bandUp',
  'bandDown',
  'slipped',
  'contact',
  'contactsOmitted',
  'incomplete',
];

/** Field-level kinds name the item before the field ("Ivan Petrov · Attitude"); one-row parts have no item. */
const FIELD_KINDS = new Set<ChangeKind>(['changed', 'textChanged', 'increased', 'decreased']);

export function lineTemplates(lang: Lang): LineTemplates {
  return Object.fromEntries(KINDS.map((k) => [k, text(lang, `review.line.${k}` as TextKey)])) as unknown as LineTemplates;
}

/** 1234567 as the language groups digits: 1,234,567 in English, 1 234 567 in Russian and Lithuanian. */
function grouped(n: number, lang: Lang): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const body = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
  return `${n < 0 ? '-' : ''}${body}${frac ? (lang === 'en' ? '.' : ',') + frac : ''}`;
}

/** One line per change in the reader's language, in the diff's order. */
export function reviewLines(diff: ReviewDiff, lang: Lang): string[] {
  const changes: Change[] = diff.changes.map((c) => (c.label !== '' && FIELD_KINDS.has(c.kind) ? { ...c, label: `${c.label} · ` } : c));
  const base = schemaWording(lang, lineTemplates(lang));
  const w: DiffWording = {
    ...base,
    value: (p, k, v) => {
      const type = tabSpec(partTab(p)).columns.find((c) => c.key === k)?.type;
      return typeof v === 'number' && (type === 'money' || type === 'integer' || type === 'number')
        ? grouped(v, lang)
        : base.value(p, k, v);
    },
  };
  return renderDiff({ ...diff, changes }, w);
}
