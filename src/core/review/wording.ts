/**
 * A review diff worded from the text catalogues (review.line.*): the part,
 * column and option names come from the schema in the reader's language
 * (schemaWording), the sentence around them from the catalogue.
 */
import type { Lang, TextKey } from '../i18n';
import { text } from '../i18n';
import type { Change, ChangeKind, ReviewDiff } from './diff';
import type { LineTemplates } from './render';
import { renderDiff, schemaWording } from './render';

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

/** One line per change in the reader's language, in the diff's order. */
export function reviewLines(diff: ReviewDiff, lang: Lang): string[] {
  const changes: Change[] = diff.changes.map((c) => (c.label !== '' && FIELD_KINDS.has(c.kind) ? { ...c, label: `${c.label} · ` } : c));
  return renderDiff({ ...diff, changes }, schemaWording(lang, lineTemplates(lang)));
}
