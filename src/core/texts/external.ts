/**
 * Texts the build moves out of dist/Code.js (scripts/build.mjs) into HTML files
 * beside it, each read at most once per execution by core/i18n.ts when a run
 * first needs one of its texts (two service calls). The TypeScript catalogues
 * keep every key; no module reads these texts when it loads (lazyLabel).
 *
 * - Texts (generated dist/Texts.html): what only reminder runs and preview,
 *   digests, the brief and review sidebars and the rollup say. Never needed by
 *   onOpen, onEdit, create/repair or the Home sidebar.
 * - PortfolioHelp (appended to dist/PortfolioHelp.html): the Portfolio tab's
 *   words, its HHI bands and the risk menu's toasts ride with the tab's help
 *   paragraphs, which every run writing the tab reads anyway (Env.projectHtml
 *   reads a file once per execution). The rollup reads it for the HHI bands.
 */
export const EXTERNAL_TEXT_FILES: Readonly<Record<string, readonly string[]>> = {
  Texts: ['digest.', 'reminders.', 'review.', 'brief.', 'rollup.', 'rule.'],
  PortfolioHelp: ['portfolio.', 'hhi.', 'risk.'],
};

/** Keys under those prefixes that stay in the bundle: the Home sidebar shows them on every open. */
export const KEPT_IN_BUNDLE: readonly string[] = ['reminders.title', 'reminders.cancelled'];

/** The file holding `key` outside the bundle, or null for a key the bundle holds. */
export function externalFileOf(key: string): string | null {
  if (KEPT_IN_BUNDLE.includes(key)) return null;
  for (const [file, prefixes] of Object.entries(EXTERNAL_TEXT_FILES)) if (prefixes.some((p) => key.startsWith(p))) return file;
  return null;
}
