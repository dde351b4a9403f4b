/** English text of the curator's workbench; same keys as workbench/vi.ts. */
import type vi from "./vi.ts";

const en: typeof vi = {
  title: "Curator's workbench",
  intro:
    "Open a report, review the numbers the extractor proposes with the sentences they come from, accept, edit or reject each row, then download a bundle to commit or compare right away.",
  privacy:
    "Everything happens in your browser: the file is sent nowhere. Your work in progress is kept on this machine and survives a reload.",
  needsJs: "The workbench needs JavaScript.",
  openTitle: "1. Open a report",
  choose: "Choose a .txt, .docx or .pdf file",
  drop: "or drop it here (50 MB at most)",
  pasteLabel: "or paste the report's text",
  pasteButton: "Use the pasted text",
  pastedName: "pasted-text.txt",
  opening: (name: string) => `Reading ${name}…`,
  opened: (name: string, characters: string, rows: string) =>
    `Opened ${name}: ${characters} characters, ${rows} rows proposed.`,
  restored: (name: string) => `Restored your work in progress on ${name}.`,
  encodings: {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16",
    "utf-16be": "UTF-16",
    "windows-1258": "Windows-1258",
    "8-bit": "8-bit",
  } as Record<string, string>,
  encodingNote: (encoding: string) => `A ${encoding} text file, converted to Unicode.`,
  legacyNote: (encoding: string, paragraphs: string) =>
    `The text is typed in the ${encoding} legacy encoding: ${paragraphs} paragraphs were converted to composed Unicode (NFC). Check a few sentences against the original.`,
  legacyNames: { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as Record<string, string>,
  composedNote: "The text used decomposed Unicode (NFD): it was converted to composed Unicode (NFC).",
  errors: {
    empty: (name: string) => `${name} holds no text: the file is empty.`,
    too_large: (name: string, size: string) =>
      `${name} is ${size}, over the 50 MB limit. Save the text on its own (for example .txt, or .docx without images).`,
    unsupported: (name: string) => `${name} is not a file type the workbench reads: .txt, .docx and .pdf.`,
    old_word: (name: string) =>
      `${name} is an old Word file (.doc). Open it in Word or LibreOffice and save it as .docx.`,
    pdf_no_text: (name: string) =>
      `${name} has no text layer: it looks like a scan (images). It needs OCR first; then open the file with text.`,
    pdf_password: (name: string) =>
      `${name} is protected by a password. Remove the protection (save it without a password) and open it again.`,
    unreadable: (name: string, detail: string) =>
      `${name} cannot be read: the file is damaged or not what its name says${detail ? ` (${detail})` : ""}.`,
  },
  detailsTitle: "2. About the report",
  detailsIntro: "The report's id, unit and period apply to every row. A unit not in the list is added to units.csv.",
  fields: {
    source_id: "Report id (source_id)",
    title: "Title",
    doc_number: "Document number",
    issuer: "Issued by",
    issued_on: "Issued on (YYYY-MM-DD)",
    unit_id: "Unit id (unit_id)",
    period: "Period (YYYY or YYYY-YYYY)",
    report_type: "Report type",
    url: "Where the report was published (web address, if known)",
  } as Record<string, string>,
  newUnitTitle: "New unit",
  unitFields: {
    name: "Unit name (with its level: Xã…, Huyện…)",
    level: "Level",
    parent_id: "Part of (unit id)",
    province: "Province",
  } as Record<string, string>,
  propose: "Propose again from the text",
  rowsTitle: "3. Rows",
  rowsIntro:
    "Each row is one number and the sentence that holds it (highlighted in the text). Accept, edit or reject each one; the checks of npm run validate run as you edit.",
  textTitle: "Report text",
  summary: (proposed: string, accepted: string, rejected: string, problems: string) =>
    `${proposed} to review, ${accepted} accepted, ${rejected} rejected; ${problems} accepted rows have problems.`,
  acceptAll: "Accept every row under review",
  accept: "Accept",
  reject: "Reject",
  undo: "Review again",
  status: { proposed: "To review", accepted: "Accepted", rejected: "Rejected" } as Record<string, string>,
  origin: { extractor: "proposed", manual: "added by hand" } as Record<string, string>,
  show: "Show in the text",
  rowFields: {
    indicator_id: "Indicator",
    scope: "Scope",
    period: "Period",
    numerator: "Numerator",
    denominator: "Denominator",
    value: "Value",
    reported_percent: "Percent the report prints",
    flags: "Flags (separated by ;)",
    note: "Note (English)",
    note_vi: "Note (Vietnamese)",
    quote: "Verbatim passage",
  } as Record<string, string>,
  rowLabel: (n: string, indicator: string) => `Row ${n}: ${indicator}`,
  problem: (field: string, message: string) => `${field}: ${message}`,
  ok: "Passes the checks.",
  addTitle: "Add a row from a passage",
  addIntro: "Select a passage in the text, choose the indicator, then add; fill in the numbers afterwards.",
  addIndicator: "Indicator of the new row",
  add: "Add a row from the selected passage",
  selectFirst: "Select a passage in the report text first.",
  added: "Row added; fill in its numbers.",
  exportTitle: "4. Export",
  exportIntro:
    "The bundle holds the report text, its sources.csv row (with SHA-256), the new unit if any, and the accepted rows with stable ids. It downloads only when it passes the checks of npm run validate.",
  exportZip: "Check and download the bundle (.zip)",
  exportFiles: "Check and download the files one by one",
  compare: "Compare privately now",
  compareNote: "The accepted rows go to the Compare page as your own data, in this browser only.",
  checking: "Checking the bundle…",
  exported: (rows: string) => `The bundle passes the checks: ${rows} rows. Downloaded.`,
  blocked: (count: string) => `The bundle does not pass yet: ${count} problems to fix before it downloads:`,
  nothingAccepted: "No row is accepted yet.",
  startOver: "Discard and start over",
  confirmStartOver: "Delete your work in progress on this machine?",
  saveFailed:
    "Your work could not be saved on this machine (browser storage full?); download the bundle before closing the page.",
  readme: (id: string) =>
    `Data bundle for report ${id}, made with the workbench.\n\n1. Copy sources/${id}.txt into data/sources/ (do not edit it: its SHA-256 is checked).\n2. Append the rows (not the header) of sources.csv, units.csv (if present) and observations.csv to the files of the same name in data/.\n3. Run npm run validate.\n`,
};

export default en;
