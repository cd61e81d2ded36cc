/**
 * One digest per recipient per run: only the notices addressed to that
 * person (a manager's own accounts, a supervisor's escalations), rendered as
 * plain text and HTML in the sheet's language. Every user value passes
 * through escapeHtml before it reaches the HTML.
 */
import type { Lang } from '../../i18n';
import { fill } from '../../i18n';
import { noticeKey } from '../notices/noticeKey';
import { ruleOrder, ruleSpec } from '../notices/cadences';
import type { Notice } from '../notices/types';
import { text } from '../../i18n';
import { reviewLines } from '../../review/wording';
import { escapeHtml, oneLine } from './escape';
import { rowLink } from './link';
import { DIGEST_TEXT, DUE_TODAY, formatCivil, ITEM_TEXT, ITEM_TEXT_NEVER } from './texts';

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
  readonly gidOf: (tab: Notice['link']['tab']) => number;
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

export function itemText(n: Notice, lang: Lang): string {
  const never = ITEM_TEXT_NEVER[n.rule];
  if (n.due === 'never' && never) return never[lang];
  const template = n.rule === 'review_due_soon' && n.days === 0 ? DUE_TODAY : ITEM_TEXT[n.rule];
  return fill(template[lang], {
    due: n.due === 'never' ? '—' : formatCivil(n.due, lang),
    days: n.days,
    manager: n.manager,
    detail: n.detail ?? '',
    reviewer: n.review?.reviewer ?? '',
  });
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

export function renderDigest(d: Digest, ctx: DigestContext): RenderedDigest {
  const { lang } = ctx;
  const overdue = d.notices.filter((n) => ruleSpec(n.rule).overdue).length;
  const total = d.notices.length;
  const subject = oneLine(
    fill((overdue > 0 ? DIGEST_TEXT.subjectOverdue : DIGEST_TEXT.subjectNone)[lang], { overdue, total }) + ` — ${ctx.spreadsheetName}`,
  );
  const roles = new Set(d.notices.map((n) => n.role));
  const intro = [
    fill(DIGEST_TEXT.greeting[lang], { sheet: oneLine(ctx.spreadsheetName), date: formatCivil(ctx.today, lang) }),
    ...(roles.has('manager') ? [DIGEST_TEXT.asManager[lang]] : []),
    ...(roles.has('supervisor') ? [DIGEST_TEXT.asSupervisor[lang]] : []),
  ];
  const link = (n: Notice): string => rowLink(ctx.spreadsheetUrl, ctx.gidOf(n.link.tab), n.link.row);
  const title = (n: Notice): string => `${oneLine(n.accountName || n.account)} (${oneLine(n.account)})`;

  // Plain text: one block per rule, one line per item, the row link below it.
  const groups = groupByRule(d.notices);
  const textLines: string[] = [...intro, ''];
  for (const [rule, items] of groups) {
    textLines.push(`${ruleSpec(rule).label[lang]} (${items.length})`);
    for (const n of items)
      textLines.push(`- ${title(n)}: ${itemText(n, lang)}`, ...itemDetail(n, lang).map((l) => `    ${l}`), `  ${link(n)}`);
    textLines.push('');
  }
  textLines.push(DIGEST_TEXT.footer[lang]);

  const e = escapeHtml;
  const sections = groups
    .map(([rule, items]) => {
      const spec = ruleSpec(rule);
      const colour = spec.overdue ? '#d93025' : '#1a73e8';
      const lis = items
        .map(
          (n) =>
            `<li style="margin:0 0 8px 0"><a href="${e(link(n))}" style="color:#1a73e8;font-weight:bold">${e(title(n))}</a>` +
            `<br><span>${e(itemText(n, lang))}</span>` +
            itemDetail(n, lang)
              .map((l) => `<br><span style="color:#3c4043">${e(l)}</span>`)
              .join('') +
            `</li>`,
        )
        .join('');
      return (
        `<h3 style="margin:16px 0 6px 0;font-size:15px;color:${colour}">${e(spec.label[lang])} (${items.length})</h3>` +
        `<ul style="margin:0;padding-left:20px">${lis}</ul>`
      );
    })
    .join('');
  const html =
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;margin:16px">` +
    `<h2 style="font-size:18px;margin:0 0 8px 0">${e(subject)}</h2>` +
    intro.map((p) => `<p style="margin:0 0 4px 0">${e(p)}</p>`).join('') +
    sections +
    `<p style="margin:20px 0 0 0;color:#5f6368;font-size:12px">${e(DIGEST_TEXT.footer[lang])}</p>` +
    `</body></html>`;

  const supervisors = new Set(d.notices.map((n) => n.supervisor).filter((s) => s !== '' && s !== d.recipient));
  const onlyManager = d.notices.every((n) => n.role === 'manager');
  const replyTo = onlyManager && supervisors.size === 1 ? [...supervisors][0] : undefined;
  return { to: d.recipient, subject, text: textLines.join('\n'), html, overdue, ...(replyTo ? { replyTo } : {}) };
}

function groupByRule(notices: readonly Notice[]): [Notice['rule'], Notice[]][] {
  const m = new Map<Notice['rule'], Notice[]>();
  for (const n of notices) {
    const list = m.get(n.rule);
    if (list) list.push(n);
    else m.set(n.rule, [n]);
  }
  return [...m.entries()].sort(([a], [b]) => ruleOrder(a) - ruleOrder(b));
}
