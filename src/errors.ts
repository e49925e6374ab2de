// Errors are values: every stage returns a coded problem instead of throwing, and only the
// edge (cli, report) turns it into words on a screen or a status in a report.

export type ErrorCode =
  | 'E_UNREADABLE' // the file could not be opened or read (missing, permission, a directory)
  | 'E_CORRUPT' // the bytes claim a format but do not parse as it (truncated PDF, broken zip)
  | 'E_ENCRYPTED' // password-protected PDF or DOCX
  | 'E_NO_TEXT' // parsed, but without a text layer (scanned): needs OCR
  | 'E_UNSUPPORTED' // a format weerbaar does not read (.doc, .odt, images, archives)
  | 'E_LANGUAGE' // text in a language the rule packs do not read (French, German, …)
  | 'E_TOO_LARGE' // larger than the configured limit
  | 'E_TIMEOUT'; // reading took longer than the configured limit (a malformed or hostile file)

export interface FileError {
  code: ErrorCode;
  /** A sentence for a person, naming the file and the reason. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: FileError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** Report status for a file that could not be analysed. */
export function statusOf(code: ErrorCode): 'error' | 'no-text' | 'unsupported' {
  if (code === 'E_NO_TEXT') return 'no-text';
  if (code === 'E_UNSUPPORTED' || code === 'E_LANGUAGE') return 'unsupported';
  return 'error';
}
