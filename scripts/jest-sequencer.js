// Runs the longest test files first, also on a first run (a clean clone has no jest timing cache, and jest
// would order by file size: the demo, short to read and long to run, came last and ran on alone). Jest's own
// timings win once it has them; files not listed here count as short. Seconds, roughly, as measured with
// two workers on this machine; only the order matters.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ESTIMATED_SECONDS = {
  'test/app/repair-identity.test.ts': 90,
  'test/demo.test.ts': 75,
  'test/app/home/browser.test.ts': 70,
  'test/app/template.test.ts': 65,
  'test/xlsx.test.ts': 60,
  'test/app/reminders/promises.test.ts': 50,
  'test/app/risk/risk.test.ts': 45,
  'test/app/review/review.test.ts': 40,
  'test/app/reminders/faults.test.ts': 35,
  'test/app/brief.test.ts': 30,
  'test/app/validation/validation.test.ts': 30,
  'test/app/reminders/screenshot.test.ts': 30,
  'test/app/home/home.test.ts': 28,
  'test/app/reviewStatus.test.ts': 24,
  'test/app/team/team.test.ts': 21,
  'test/app/views.test.ts': 20,
  'test/app/reminders/reminders.test.ts': 20,
  'test/depth.test.ts': 18,
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
