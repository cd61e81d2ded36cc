// Runs the longest test files first, also on a first run (a clean clone has no jest timing cache, and jest
// would order by file size: the demo, short to read and long to run, came last and ran on alone). Jest's own
// timings win once it has them; files not listed here count as short. Seconds, roughly, as measured with
// two workers on this machine; only the order matters.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ESTIMATED_SECONDS = {
  'test/app/home/browser.test.ts': 27,
  'test/app/template.test.ts': 27,
  'test/app/reminders/faults.test.ts': 21,
  'test/app/repair-identity.test.ts': 21,
  'test/xlsx.test.ts': 19,
  'test/demo.test.ts': 19,
  'test/app/review/review.test.ts': 16,
  'test/app/risk/risk.test.ts': 16,
  'test/app/reminders/promises.test.ts': 15,
  'test/app/validation/validation.test.ts': 12,
  'test/app/reviewStatus.test.ts': 11,
  'test/core/parse/property.test.ts': 11,
  'test/app/home/home.test.ts': 8,
  'test/core/review/codec.test.ts': 8,
  'test/app/reminders/reminders.test.ts': 8,
  'test/app/brief.test.ts': 7,
  'test/app/team/team.test.ts': 7,
  'test/depth.test.ts': 6,
  'test/clasp.test.ts': 6,
  'test/runtime/test/sheets.test.ts': 6,
};

class LongestFirst extends Sequencer {
  time(test) {
    const measured = super.time(test);
    if (measured != null) return measured;
    const rel = path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');
    return (ESTIMATED_SECONDS[rel] ?? 1) * 1000;
  }
}

module.exports = LongestFirst;
