/**
 * "Preview reminders": writes to the preview tab, per recipient, exactly
 * what a run would send now (same plan as a real run), and sends nothing.
 * The tab is the add-on's own view, rewritten in one setValues.
 */
import { itemText, renderDigest, rowLink } from '../../core/reminders/digest';
import { fill } from '../../core/i18n';
import { VIEW_TABS } from '../../core/schema/tabs';
import type { Env } from '../env';
import { MSG } from './messages';
import { holdText } from './hold';
import { planReminders } from './plan';
import { findOrInsertTab } from '../../sheets/locate';
import { protectView } from '../../sheets/protect';
import { ensureRows, literalText } from '../../sheets/write';

export function writePreview(env: Env): { digests: number; items: number } {
  const ss = env.spreadsheet;
  const lang = env.lang;
  const plan = planReminders(env);
  const header = MSG.previewHeader[lang].split('|');
  const width = header.length;
  const line = (first: string): string[] => [first, ...Array.from({ length: width - 1 }, () => '')];
  const rows: string[][] = [line(fill(MSG.previewTitle[lang], { today: plan.today }))];
  const why = holdText(plan, lang);
  if (why) rows.push(line(fill(MSG.previewHeld[lang], { why })));
  if (!plan.ledger) rows.push(line(MSG.noLedger[lang]));
  if (plan.waitTomorrow) rows.push(line(fill(MSG.waitTomorrow[lang], { n: plan.waitTomorrow })));
  rows.push(header);
  let items = 0;
  for (const d of plan.digests) {
    const r = renderDigest(d, plan.ctx);
    for (const n of d.notices) {
      items++;
      rows.push([
        literalText(d.recipient),
        literalText(r.subject),
        literalText(`${n.accountName} (${n.account})`),
        literalText(itemText(n, lang)),
        rowLink(plan.ctx.spreadsheetUrl, plan.ctx.gidOf(n.link.tab), n.link.row),
      ]);
    }
  }
  if (plan.digests.length === 0) rows.push(line(MSG.previewNone[lang]));

  const { sheet, created } = findOrInsertTab(ss, 'preview', VIEW_TABS.preview, lang, 'last');
  if (!created) sheet.clearContents();
  protectView(sheet, env.sheetsApi);
  ensureRows(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  return { digests: plan.digests.length, items };
}
