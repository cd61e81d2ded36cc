// Prints jest's totals as the plain line CI reads in any language:
// "N passed, N failed" (", N skipped" when any were skipped).
class PlainSummary {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    console.log(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}`);
  }
}
module.exports = PlainSummary;
