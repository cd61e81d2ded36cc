import { civilOf, civilOrNull, dateOfCivil } from '../../../src/sheets/dates';

describe('civilOf: the calendar day of an instant in the spreadsheet zone, without a service call', () => {
  it('uses the zone, not UTC', () => {
    const d = new Date('2026-01-31T22:30:00Z');
    expect(civilOf(d, 'Europe/Vilnius')).toBe('2026-02-01');
    expect(civilOf(d, 'America/New_York')).toBe('2026-01-31');
    expect(civilOf(d, 'UTC')).toBe('2026-01-31');
  });
  it('reads a Sheets date (local midnight) as the day typed, also across DST', () => {
    expect(civilOf(new Date('2026-03-28T22:00:00Z'), 'Europe/Vilnius')).toBe('2026-03-29'); // UTC+2 before the switch
    expect(civilOf(new Date('2026-03-29T21:00:00Z'), 'Europe/Vilnius')).toBe('2026-03-30'); // UTC+3 after it
    expect(civilOf(new Date('1899-12-30T00:00:00Z'), 'UTC')).toBe('1899-12-30');
  });
  it('throws on an invalid Date; civilOrNull gives null', () => {
    expect(() => civilOf(new Date(NaN), 'UTC')).toThrow(RangeError);
    expect(civilOrNull(new Date(NaN), 'UTC')).toBeNull();
  });
  it('dateOfCivil is local midnight, the inverse of civilOf', () => {
    for (const tz of ['Europe/Vilnius', 'Europe/Moscow', 'America/Sao_Paulo', 'Asia/Kolkata', 'UTC']) {
      for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2024-02-29']) {
        const d = dateOfCivil(day, tz);
        expect(civilOf(d, tz)).toBe(day);
        expect(civilOf(new Date(d.getTime() - 1), tz)).not.toBe(day);
      }
    }
    expect(dateOfCivil('2026-01-15', 'Europe/Vilnius').toISOString()).toBe('2026-01-14T22:00:00.000Z');
  });
});
