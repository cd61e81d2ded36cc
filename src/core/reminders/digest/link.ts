/**
 * Link to a row of the spreadsheet: the edit URL plus `#gid=<sheet id>&range=A<row>`,
 * the form Sheets itself produces with "Get link to this cell".
 */
export function rowLink(spreadsheetUrl: string, gid: number, row: number): string {
  // Only an https URL of the spreadsheet itself is linked; anything else would be a script-URL risk.
  const base = /^https:\/\//i.test(spreadsheetUrl) ? spreadsheetUrl.replace(/#.*$/, '') : '';
  return `${base}#gid=${Math.trunc(gid)}&range=A${Math.trunc(row)}`;
}
