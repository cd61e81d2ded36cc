/**
 * The digest's two bodies from one view: plain text, and HTML a mail client
 * shows well from a 390 px phone to a desktop (inline styles only, one
 * column of at most 600 px, long words wrapped, a hidden preheader for the
 * inbox preview, a viewport tag). Every value passes through escapeHtml.
 */
import { fill } from '../../i18n';
import type { Lang } from '../../i18n';
import { escapeHtml as e } from './escape';

export interface ItemView {
  /** The rule's name ("Dossier review overdue"). */
  readonly rule: string;
  /** Counted as overdue: drawn in red. */
  readonly urgent: boolean;
  readonly fact: string;
  readonly detail: readonly string[];
  readonly step: string;
  readonly href: string;
  readonly linkText: string;
}

export interface AccountView {
  readonly name: string;
  readonly code: string;
  readonly items: readonly ItemView[];
}

export interface DigestView {
  readonly lang: Lang;
  readonly subject: string;
  readonly preheader: string;
  readonly intro: readonly string[];
  /** The supervisor's one request, shown above the accounts. */
  readonly ask: string | null;
  readonly accounts: readonly AccountView[];
  readonly footer: readonly string[];
  /** "Next step: {step}". */
  readonly stepLabel: string;
}

const title = (a: AccountView): string => (a.name === a.code ? a.code : `${a.name} (${a.code})`);

export function digestText(v: DigestView): string {
  const lines: string[] = [...v.intro];
  if (v.ask) lines.push('', v.ask);
  for (const a of v.accounts) {
    lines.push('', title(a));
    for (const i of a.items)
      lines.push(
        `- ${i.rule}: ${i.fact}`,
        ...i.detail.map((l) => `    ${l}`),
        `  ${fill(v.stepLabel, { step: i.step })}`,
        `  ${i.linkText}: ${i.href}`,
      );
  }
  lines.push('', ...v.footer);
  return lines.join('\n');
}

const RED = '#c5221f';
const BLUE = '#1a73e8';
const GREY = '#5f6368';

function itemHtml(i: ItemView, stepLabel: string): string {
  const colour = i.urgent ? RED : BLUE;
  const [before = '', after = ''] = stepLabel.split('{step}');
  return (
    `<div style="margin:0 0 14px 0;padding:0 0 0 10px;border-left:3px solid ${colour}">` +
    `<div style="font-weight:bold;color:${colour}">${e(i.rule)}</div>` +
    `<div>${e(i.fact)}</div>` +
    i.detail.map((l) => `<div style="color:#3c4043;font-size:13px">${e(l)}</div>`).join('') +
    `<div style="margin:4px 0 0 0"><b>${e(before.trim())}</b> ${e(i.step)}${e(after)}</div>` +
    `<div style="margin:4px 0 0 0"><a href="${e(i.href)}" style="color:${BLUE}">${e(i.linkText)} &rarr;</a></div>` +
    `</div>`
  );
}

export function digestHtml(v: DigestView): string {
  const accounts = v.accounts
    .map(
      (a) =>
        `<div style="background:#ffffff;border:1px solid #dadce0;border-radius:8px;padding:12px 14px 0 14px;margin:0 0 12px 0">` +
        `<h2 style="font-size:16px;line-height:1.3;margin:0 0 10px 0">${e(a.name)}` +
        (a.name === a.code ? '' : ` <span style="color:${GREY};font-weight:normal">(${e(a.code)})</span>`) +
        `</h2>` +
        a.items.map((i) => itemHtml(i, v.stepLabel)).join('') +
        `</div>`,
    )
    .join('');
  // Fillers after the preheader keep the inbox preview from running on into the greeting.
  const filler = '&#847;&zwnj;&nbsp;'.repeat(40);
  return (
    `<!DOCTYPE html><html lang="${v.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(v.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f1f3f4">` +
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:#f1f3f4;opacity:0">` +
    `${e(v.preheader)}${filler}</div>` +
    `<div style="max-width:600px;margin:0 auto;padding:16px;box-sizing:border-box;font-family:Arial,Helvetica,sans-serif;` +
    `font-size:14px;line-height:1.45;color:#202124;word-wrap:break-word;overflow-wrap:anywhere">` +
    v.intro.map((p) => `<p style="margin:0 0 6px 0">${e(p)}</p>`).join('') +
    (v.ask
      ? `<p style="margin:12px 0;padding:10px 12px;background:#e8f0fe;border-left:4px solid ${BLUE};font-weight:bold">${e(v.ask)}</p>`
      : '') +
    `<div style="margin:14px 0 0 0">${accounts}</div>` +
    v.footer.map((p) => `<p style="margin:12px 0 0 0;color:${GREY};font-size:12px">${e(p)}</p>`).join('') +
    `</div></body></html>`
  );
}
