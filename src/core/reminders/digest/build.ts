/**
 * One digest per recipient per run: only the notices addressed to that
 * person (a manager's own accounts, a supervisor's escalations), grouped by
 * account, each item with its next step and a link to the row where one
 * acts; rendered as plain text and HTML (layout.ts) in the sheet's language.
 */
import type { Lang } from '../../i18n';
import { fill, label, text } from '../../i18n';
import { bandLabel } from '../../risk/bands';
import { noticeKey } from '../notices/noticeKey';
import { ruleOrder, ruleSpec } from '../notices/cadences';
import type { LinkTab, Notice } from '../notices/types';
import { reviewLines } from '../../review/wording';
import { oneLine } from './escape';
import type { AccountView, DigestView, ItemView } from './layout';
import { digestHtml, digestText } from './layout';
import { rowLink } from './link';
import { DIGEST_TEXT, DUE_TODAY, formatCivil, ITEM_TEXT, ITEM_TEXT_NEVER, NEXT_STEP, NEXT_STEP_MONO } from './texts';

export interface Digest {
  readonly recipient: string;
  /** Sorted most urgent first. */
  readonly notices: readonly Notice[];
  /** The ledger keys this digest delivers. */
  readonly keys: readonly string[];
}

export interface DigestContext {
  readonly lang: Lang;
  readonly today: string;
  readonly spreadsheetName: string;
  readonly spreadsheetUrl: string;
  /** Sheet id (gid) of a tab, for row links. */
  readonly gidOf: (tab: LinkTab) => number;
  /** The tab's name as the sheet shows it (default: the catalogue's name). */
  readonly tabName?: (tab: LinkTab) => string;
  /** The account the mail goes from (the footer says replies reach it when no supervisor is the Reply-To). */
  readonly sender?: string;
}

export interface RenderedDigest {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The supervisor, when all of a manager's items share one (a reply then reaches them). */
  readonly replyTo?: string;
  readonly overdue: number;
}

/** Groups notices by recipient; a recipient never sees a notice addressed to anyone else. */
export function groupDigests(notices: readonly Notice[]): Digest[] {
  const by = new Map<string, Notice[]>();
  for (const n of notices) {
    const to = n.recipient.trim().toLowerCase();
    if (to === '') continue;
    const list = by.get(to);
    if (list) list.push(n);
    else by.set(to, [n]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([recipient, list]) => {
      const sorted = [...list].sort(
        (x, y) => ruleOrder(x.rule) - ruleOrder(y.rule) || y.days - x.days || x.account.localeCompare(y.account),
      );
      return { recipient, notices: sorted, keys: sorted.map(noticeKey) };
    });
}

/** The placeholders of an item's fact and next step. */
function vars(n: Notice, lang: Lang): Record<string, string | number> {
  return {
    due: n.due === 'never' ? '—' : formatCivil(n.due, lang),
    days: n.days,
    manager: n.manager,
    reviewer: n.review?.reviewer ?? '',
    title: oneLine(n.title ?? '', 120),
    band: n.band ? bandLabel(n.band)[lang] : '',
    share: n.share === undefined ? '' : (n.share * 100).toFixed(1),
  };
}

/** The fact: what is due or overdue, in one sentence. */
export function itemText(n: Notice, lang: Lang): string {
  const never = ITEM_TEXT_NEVER[n.rule];
  if (n.due === 'never' && never) return never[lang];
  const template = n.rule === 'review_due_soon' && n.days === 0 ? DUE_TODAY : ITEM_TEXT[n.rule];
  const owner = n.owner ? ` ${fill(DIGEST_TEXT.owner[lang], { owner: oneLine(n.owner, 80) })}` : '';
  return fill(template[lang], vars(n, lang)) + owner;
}

/** What to do about it: one concrete action. */
export function nextStep(n: Notice, lang: Lang): string {
  const step = n.rule === 'share_crossing' && n.band === 'mono' ? NEXT_STEP_MONO : NEXT_STEP[n.rule];
  return fill(step[lang], vars(n, lang));
}

/** The lines under an item: for a recorded review, what changed since the one before. */
export function itemDetail(n: Notice, lang: Lang): string[] {
  const r = n.review;
  if (!r) return [];
  if (r.changes === null || r.since === null) return [text(lang, 'digest.review.first')];
  const since = formatCivil(r.since, lang);
  if (r.total === 0) return [text(lang, 'digest.review.none', { since })];
  const lines = reviewLines(
    { accountId: r.account, since: r.since, date: r.date, changes: r.changes, incomplete: [], contactOutcomes: {} },
    lang,
  );
  const more = r.total - r.changes.length;
  return [
    text(lang, 'digest.review.changes', { since, count: r.total }),
    ...lines.map((l) => `• ${oneLine(l)}`),
    ...(more > 0 ? [text(lang, 'digest.review.more', { count: more })] : []),
  ];
}

/** An address a person can be spoken to at (an unusable manager cell's text is not one). */
const isAddress = (s: string): boolean => /^[^\s,;@]+@[^\s,;@]+$/.test(s);

/** Notices per account, the account with the most urgent item first. */
function byAccount(notices: readonly Notice[]): Notice[][] {
  const m = new Map<string, Notice[]>();
  for (const n of notices) {
    const list = m.get(n.account);
    if (list) list.push(n);
    else m.set(n.account, [n]);
  }
  const rank = (list: readonly Notice[]): number => Math.min(...list.map((n) => ruleOrder(n.rule)));
  const worst = (list: readonly Notice[]): number => Math.max(...list.map((n) => (ruleSpec(n.rule).overdue ? n.days : 0)));
  return [...m.values()]
    .map((list) => [...list].sort((x, y) => ruleOrder(x.rule) - ruleOrder(y.rule) || y.days - x.days))
    .sort((a, b) => rank(a) - rank(b) || worst(b) - worst(a) || (a[0]?.account ?? '').localeCompare(b[0]?.account ?? ''));
}

export function renderDigest(d: Digest, ctx: DigestContext): RenderedDigest {
  const { lang } = ctx;
  const groups = byAccount(d.notices);
  const overdueAccounts = groups.filter((g) => g.some((n) => ruleSpec(n.rule).overdue)).length;
  const subject = oneLine(
    fill((overdueAccounts > 0 ? DIGEST_TEXT.subjectOverdue : DIGEST_TEXT.subjectNone)[lang], {
      accounts: groups.length,
      overdue: overdueAccounts,
    }) + ` — ${ctx.spreadsheetName}`,
  );
  const roles = new Set(d.notices.map((n) => n.role));
  const intro = [
    fill(DIGEST_TEXT.greeting[lang], { sheet: oneLine(ctx.spreadsheetName), date: formatCivil(ctx.today, lang) }),
    ...(roles.has('manager') ? [DIGEST_TEXT.asManager[lang]] : []),
    ...(roles.has('supervisor') ? [DIGEST_TEXT.asSupervisor[lang]] : []),
  ];
  // The supervisor is asked for one thing: to speak to the managers named, about the accounts below.
  const managers = [...new Set(d.notices.filter((n) => n.role === 'supervisor').map((n) => n.manager))].filter(isAddress);
  const ask =
    managers.length > 0
      ? fill(DIGEST_TEXT.ask[lang], { managers: managers.length > 3 ? `${managers.slice(0, 3).join(', ')}, …` : managers.join(', ') })
      : null;

  const tabName = (tab: LinkTab): string => ctx.tabName?.(tab) ?? label(`tab.${tab}`)[lang];
  const item = (n: Notice): ItemView => ({
    rule: ruleSpec(n.rule).label[lang],
    urgent: ruleSpec(n.rule).overdue,
    fact: itemText(n, lang),
    detail: itemDetail(n, lang),
    step: nextStep(n, lang),
    href: rowLink(ctx.spreadsheetUrl, ctx.gidOf(n.link.tab), n.link.row),
    linkText: fill(DIGEST_TEXT.open[lang], { tab: oneLine(tabName(n.link.tab)), row: n.link.row }),
  });
  const accounts: AccountView[] = groups.map((g) => {
    const first = g[0] as Notice;
    return { name: oneLine(first.accountName || first.account), code: oneLine(first.account), items: g.map(item) };
  });

  const supervisors = new Set(d.notices.map((n) => n.supervisor).filter((s) => s !== '' && s !== d.recipient));
  const onlyManager = d.notices.every((n) => n.role === 'manager');
  const replyTo = onlyManager && supervisors.size === 1 ? [...supervisors][0] : undefined;
  const reply = replyTo
    ? fill(DIGEST_TEXT.replySupervisor[lang], { supervisor: replyTo })
    : ctx.sender
      ? fill(DIGEST_TEXT.replySender[lang], { sender: ctx.sender })
      : DIGEST_TEXT.replyUnknown[lang];

  const view: DigestView = {
    lang,
    subject,
    // What the inbox shows after the subject: the accounts and their first item, not the greeting.
    preheader: oneLine(accounts.map((a) => `${a.name}: ${a.items[0]?.rule ?? ''}`).join(' · '), 150),
    intro,
    ask,
    accounts,
    footer: [reply, DIGEST_TEXT.footer[lang]],
    stepLabel: DIGEST_TEXT.step[lang],
  };
  const overdue = d.notices.filter((n) => ruleSpec(n.rule).overdue).length;
  return { to: d.recipient, subject, text: digestText(view), html: digestHtml(view), overdue, ...(replyTo ? { replyTo } : {}) };
}
