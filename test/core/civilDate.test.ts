import fc from 'fast-check';
import { addMonths as fnsAddMonths, format } from 'date-fns';
import { addDays, addMonths, daysBetween, fromDayNumber, isCivilDate, toDayNumber, weekday } from '../../src/core/civilDate';

describe('civil dates', () => {
  test('month arithmetic is calendar-correct at month ends and in leap years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  test('addMonths agrees with date-fns for any date and month count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 }), fc.integer({ min: -48, max: 48 }), (n, months) => {
        const d = fromDayNumber(n);
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const expected = format(fnsAddMonths(new Date(y, m - 1, day), months), 'yyyy-MM-dd');
        expect(addMonths(d, months)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('day numbers round-trip and differences are exact across DST changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-10-24', 10)).toBe('2026-11-03');
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  test('validates real calendar dates only', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2023-02-29')).toBe(false);
    expect(isCivilDate('2024-13-01')).toBe(false);
    expect(isCivilDate('24-01-01')).toBe(false);
    expect(weekday('2026-11-24')).toBe(2);
  });
});
