/** measureColdStart: a fresh context with the ECMAScript built-ins only (its times are the bench's, not asserted). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureColdStart } from '../coldStart';

const file = (code: string): string => {
  const f = join(mkdtempSync(join(tmpdir(), 'cold-')), 'Code.js');
  writeFileSync(f, code);
  return f;
};

test('evaluates the file in a context without Node or Apps Script globals, and says what threw', () => {
  const ok = measureColdStart(file('var lib = (function () { return { n: [1, 2, 3].map(function (x) { return x * 2; }) }; })();'), 1);
  expect(ok).toMatchObject({ samples: 1 });
  expect(ok.error).toBeUndefined();
  expect(measureColdStart(file('var s = SpreadsheetApp.getActive();'), 1).error).toBe('SpreadsheetApp is not defined');
  expect(measureColdStart(file('require("fs");'), 1).error).toBe('require is not defined');
});
