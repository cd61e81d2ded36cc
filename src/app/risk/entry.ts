import type { Env } from '../env';

/** Menu: "Re-apply risk colours"; also run by the template repair. (Issue #4 fills this in.) */
export function applyRiskFormatting(_env: Env): void {
  // Intentionally empty until the risk feature lands.
}
