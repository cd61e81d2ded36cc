import type { Env } from '../env';

/** Menu: "Validate dossier". (Issue #3 fills this in.) */
export function validateDossier(env: Env): void {
  env.toast(env.lang === 'ru' ? 'Проверка пока недоступна.' : 'Validation is not available yet.');
}

/** Simple onEdit trigger body. (Issue #3 fills this in.) */
export function handleEdit(_e: GoogleAppsScript.Events.SheetsOnEdit): void {
  // Intentionally empty until validation lands.
}
