/** Menu action: build or repair the whole dossier and say what was done. */
import { createOrRepairTemplate } from './template';
import { buildDossierView } from './dossierView';
import type { Env } from './env';
import { accountsLayout } from './risk/accounts';
import { applyRisk } from './risk/entry';

export function createOrRepair(env: Env): void {
  const result = createOrRepairTemplate(env.spreadsheet, env.lang);
  const view = buildDossierView(env.spreadsheet, env.lang, result.layout);
  // The repair has just located every Accounts column and read Settings: the risk step reads neither again.
  const acc = result.layout['accounts'];
  applyRisk(env, {
    ...(acc ? { accounts: accountsLayout(acc.sheet, acc.columnOf, acc.width, acc.maxRows) } : {}),
    settings: result.settings,
  });
  const created = result.tabs.filter((t) => t.created).length;
  const added = result.tabs.reduce((n, t) => n + t.addedColumns.length, 0);
  const blocked = result.tabs.flatMap((t) => t.blockedFormulas.map((k) => `${t.tab}: ${k}`));
  const ru = env.lang === 'ru';
  const parts = [
    ru ? `Листов создано: ${created}` : `Tabs created: ${created}`,
    ru ? `столбцов восстановлено: ${added}` : `columns restored: ${added}`,
  ];
  const reconnected = result.tabs.flatMap((t) => t.reconnected.map((k) => `${t.tab}: ${k}`));
  if (reconnected.length) parts.push((ru ? 'заголовок восстановлен на месте: ' : 'header restored in place: ') + reconnected.join(', '));
  const keyRows = result.tabs.filter((t) => t.keyRowRestored).map((t) => t.tab);
  if (keyRows.length) parts.push((ru ? 'скрытая строка ключей возвращена: ' : 'hidden key row put back: ') + keyRows.join(', '));
  if (view.kept.length)
    parts.push(
      (ru ? 'ваш текст на листе «Досье» оставлен как есть: ' : 'your text on the Dossier view kept as it is: ') + view.kept.join(', '),
    );
  if (blocked.length)
    parts.push((ru ? 'формула не записана (в ячейке данные): ' : 'formula not written (cell holds data): ') + blocked.join(', '));
  env.toast(parts.join('; '), ru ? 'Досье готово' : 'Dossier ready');
}
