/**
 * Texts the build moves out of dist/Code.js into the generated dist/Texts.html
 * (scripts/build.mjs), read once per execution by core/i18n.ts when a run first
 * needs one (two service calls). Only runs with full authorization need them
 * (reminder runs and preview, digests, the brief and review sidebars, rollup):
 * never onOpen, onEdit, create/repair or the Home sidebar, and no module reads
 * them when it loads (lazyLabel). The TypeScript catalogues keep every key.
 * isExternalText is the one test, used by the build and by core/i18n.ts.
 */
/** Keys under those prefixes that stay in the bundle: the Home sidebar and its data show them on every open. */
export const KEPT_IN_BUNDLE: readonly string[] = ['reminders.title', 'reminders.cancelled', 'status.hourValue'];

export const EXTERNAL_TEXT_PREFIXES: readonly string[] = ['digest.', 'reminders.', 'status.', 'review.', 'brief.', 'rollup.', 'rule.'];

export const isExternalText = (key: string): boolean =>
  !KEPT_IN_BUNDLE.includes(key) && EXTERNAL_TEXT_PREFIXES.some((p) => key.startsWith(p));
