import { parseA1Range } from '../../src/core/a1';

describe('parseA1Range (the edited range of an onEdit event, in one call)', () => {
  test('a cell, a block, whole columns and whole rows', () => {
    expect(parseA1Range('B3')).toEqual({ rows: { top: 3, bottom: 3 }, cols: { left: 2, right: 2 } });
    expect(parseA1Range('B3:AA5')).toEqual({ rows: { top: 3, bottom: 5 }, cols: { left: 2, right: 27 } });
    expect(parseA1Range('$B$3:$C$4')).toEqual({ rows: { top: 3, bottom: 4 }, cols: { left: 2, right: 3 } });
    expect(parseA1Range('B:D')).toEqual({ rows: null, cols: { left: 2, right: 4 } });
    expect(parseA1Range('3:5')).toEqual({ rows: { top: 3, bottom: 5 }, cols: null });
  });
  test('anything else is not guessed', () => {
    expect(parseA1Range('B3:D')).toBeNull();
    expect(parseA1Range("'Contacts'!B3")).toBeNull();
    expect(parseA1Range('')).toBeNull();
  });
});
