/**
 * Menu "Re-apply risk colours" (also run by the template repair): native
 * conditional formats on the Accounts share and band cells plus a light row
 * tint, and the Portfolio tab. Rules key off the live band text, so colours
 * follow Settings as the user types; re-applying refreshes rule ranges and
 * the panel. Colours come from Settings, read once per run. Service calls
 * do not depend on the number of account rows.
 */
import { accountRules } from '../../core/risk/rules';
import { columnLetters } from '../../sheets/a1';
import type { Env } from '../env';
import { locateAccounts } from './accounts';
import { replaceOwnRules } from './ownRules';
import { buildPortfolio } from './portfolio';
import { settingsPalette } from './settingsPalette';

export interface RiskApplyResult {
  readonly applied: boolean;
  readonly missing: readonly string[];
  readonly keptUserRules: number;
}

export function applyRiskFormatting(env: Env): RiskApplyResult {
  const ru = env.lang === 'ru';
  const accounts = locateAccounts(env.spreadsheet);
  if ('missing' in accounts) {
    env.toast(
      (ru ? 'Не найдено на листе «Клиенты»: ' : 'Not found on the Accounts tab: ') +
        accounts.missing.join(', ') +
        (ru ? '. Выберите «Создать или восстановить досье».' : '. Run "Create or repair dossier" first.'),
      ru ? 'Цвета риска' : 'Risk colours',
    );
    return { applied: false, missing: accounts.missing, keptUserRules: 0 };
  }
  const c = accounts.columnOf;
  const palette = settingsPalette(env.spreadsheet);
  const columns = { share: c.revenue_share, band: c.risk_band, width: accounts.width };
  const { kept } = replaceOwnRules(accounts.sheet, accountRules(env.lang, columns, columnLetters(c.risk_band), palette));
  buildPortfolio(env.spreadsheet, env.lang, accounts, palette);
  env.toast(
    ru ? 'Цвета риска и лист «Портфель» обновлены.' : 'Risk colours and the Portfolio tab are up to date.',
    ru ? 'Цвета риска' : 'Risk colours',
  );
  return { applied: true, missing: [], keptUserRules: kept };
}
