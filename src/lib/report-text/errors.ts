/** Why a report could not be opened: a code the interface words in the visitor's language. */
export type ReportErrorCode =
  "empty" | "too_large" | "unsupported" | "old_word" | "pdf_no_text" | "pdf_password" | "unreadable";

export class ReportError extends Error {
  override name = "ReportError";
  constructor(
    readonly code: ReportErrorCode,
    /** What the reader said (unreadable), or the page count (pdf_no_text). */
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
