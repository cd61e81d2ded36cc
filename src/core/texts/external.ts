/**
 * Key prefixes whose texts the build moves out of dist/Code.js into the
 * generated dist/Texts.html (scripts/build.mjs), read once per execution by
 * core/i18n.ts when a run first needs one. Only runs with full authorization
 * need them (reminders, digests, the brief and review sidebars, rollup,
 * portfolio): never onOpen or onEdit, and no module reads them when it loads
 * (lazyLabel). The TypeScript catalogues keep every key.
 */
export const EXTERNAL_TEXT_PREFIXES: readonly string[] = ['digest.', 'reminders.', 'status.', 'review.', 'brief.', 'rollup.', 'rule.'];
