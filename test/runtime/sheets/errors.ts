/**
 * Errors as Apps Script shows them: `Exception: <message>` (the message text
 * matches what Sheets throws; tests compare it verbatim).
 */
export class SheetsException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function sheetsError(message: string): SheetsException {
  return new SheetsException(message);
}
