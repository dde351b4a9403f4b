/** English interface text; same keys as vi.ts. */
import type vi from "./vi.ts";

const en: typeof vi = {
  siteName: "Grassroots Democracy Data",
  tagline:
    "Open data from Vietnamese local governments' reports on grassroots democracy and government mass mobilisation",
  skipToContent: "Skip to content",
  otherLanguage: "Tiếng Việt",
  nav: {
    home: "Home",
    indicators: "Indicators",
    compare: "Compare",
    explore: "SQL explorer",
    data: "Download data",
    methodology: "Methodology",
  },
  footer: {
    licence:
      "Data: CC BY 4.0. The source reports are not objects of copyright (Law on Intellectual Property, art. 15).",
    source: "Every number links to the sentence of the report it came from.",
  },
  levels: {
    province: "Province",
    city: "City",
    district: "District",
    town: "Town",
    ward: "Ward",
    commune: "Commune",
    township: "Township",
    own: "Your data",
  },
  scopes: {
    total: "whole unit",
    district_level: "district level",
    commune_level: "commune level",
    province_level: "province level",
    communes_only: "communes only",
    commune_petitions: "petitions at commune level",
    fatherland_front: "Fatherland Front",
    youth_farmers_dialogue: "dialogue with youth and farmers",
    unionised_enterprises: "enterprises with a trade union",
    document_review: "supervision by document review",
    joint: "joint supervision with state bodies",
    peoples_council: "People's Council",
    direct_dialogue: "by direct dialogue",
    own_delegations: "the Front's own delegations",
    provincial_steering_committee: "provincial steering committee",
  },
  flags: {
    percent_mismatch: "The report's percent disagrees with its own numerator and denominator.",
    parts_do_not_sum: "The parts the report gives do not add up to its total.",
    approximate: "An approximate figure (“more than”, “nearly”, “about”).",
    cumulative_period: "Accumulated over several years, or up to the date of the report.",
    scope_unclear: "The report does not say which bodies or level the figure covers.",
    denominator_not_stated: "The report gives no total; only the count is kept.",
    inconsistent_with_other_statement: "The report states the same quantity differently elsewhere.",
    target_not_result: "A plan or target, not a result.",
  },
  flagMark: "⚑",
  flagged: "Flagged",
  columns: {
    unit: "Unit",
    level: "Level",
    period: "Period",
    scope: "Scope",
    value: "Value",
    counts: "Counts",
    reported: "Report says",
    interval: "95% interval",
    flags: "Flags",
    source: "Source",
    indicator: "Indicator",
    quote: "Quote",
    note: "Note",
    observations: "Numbers",
    units: "Units",
    latestOnly: (shown: string, total: string) =>
      `This page shows only the latest period of each series: ${shown} of ${total} numbers. Earlier periods are in the CSV download and the SQL explorer.`,
    truncated: (shown: number, total: number) =>
      `The table shows ${shown} of ${total} rows; download the CSV or use the SQL explorer for all of them.`,
  },
  chart: {
    sourceCaption: (sources: string) => `Source: ${sources}. Each bar links to the sentence of the report.`,
    levelsNote: "Colour shows the administrative level: provinces, districts and wards are not like for like.",
    citedNote: (mark: string) =>
      `Bars outlined with a dashed line and marked ${mark}: figures cited from a public page, not from a report the project holds.`,
    sourcesCount: (n: number) => `${n} sources (see the table)`,
    intervalNote: "Black whiskers: 95% Wilson interval where the denominator is known.",
    ariaDescription: (indicator: string, count: number) =>
      `Bar chart comparing ${count} values of “${indicator}”. The full data table follows the chart.`,
    table: "Data table",
    periods: "Report periods",
  },
  home: {
    title: "Comparing how grassroots democracy is put into practice",
    intro:
      "Local governments report on grassroots democracy and mass mobilisation in prose: petitions resolved, disputes settled by mediation, communes meeting the “friendly government” standard… are buried in sentences and footnotes. This site turns those numbers into comparable data, each with the sentence it came from.",
    caution:
      "Units differ in level (province, district, ward) and year: read the level and period on each chart before comparing.",
    headline: "Headline comparisons",
    coverage: "Which report states what",
    coverageIntro: "Each cell counts the numbers taken for that unit and indicator.",
    sources: "The five source reports",
  },
  peers: {
    tiers: { district: "District level", commune: "Commune level", province: "Province level" } as Record<
      string,
      string
    >,
    heading: (tier: string, period: string, scope: string, units: number) =>
      [tier, period, scope, `${units} units`].filter(Boolean).join(" · "),
    alone: "Figures with no peer of the same level and period yet",
    aloneNote:
      "No other unit of the same administrative level and period has these figures in the data yet, so they are listed rather than charted.",
  },
  indicatorPage: {
    all: "All indicators",
    allIntro: "Indicators taken from the reports, by topic.",
    definition: "Definition",
    kind: { count: "Count", ratio: "Ratio", amount: "Amount" },
    unitOfMeasure: "Unit of measure",
    download: "Download this slice (CSV)",
    noData: "No report states this indicator yet.",
    flagsTitle: "Caveats on these numbers",
    byScope: (scope: string) => `Scope: ${scope}`,
  },
  unitPage: {
    level: "Administrative level",
    province: "Province",
    parent: "Part of",
    reorganisation: "The 2025 reorganisation",
    validUntil: "Existed until",
    noNote: "Nothing sourced yet.",
    documents: "Source reports",
    indicators: "Indicators",
    all: "Units",
  },
  grade: {
    held: "held report",
    cited: "cited from a public page",
    citedMark: "◌",
  },
  sourcePage: {
    issuer: "Issued by",
    number: "Document number",
    issued: "Issued on",
    period: "Period",
    unit: "Unit",
    sha256: "SHA-256 of the text",
    text: "Full text of the report",
    textNote: "Highlighted passages are the sentences numbers were taken from; each has a stable link.",
    observations: "Numbers taken from this report",
    publisher: "Published by",
    address: "Address",
    accessed: "Read on",
    citedNote:
      "Cited figures: read from a public page the project does not hold. Each row says where on the page its number stands; open the address above to check it.",
    downloadText: "Download the text (.txt)",
    unknown: "unknown",
    all: "Source reports",
  },
  compare: {
    title: "Compare units",
    intro:
      "Choose an indicator, a scope and units. The chart and table are recomputed by DuckDB in your browser; the page address keeps your selection so you can share it.",
    indicator: "Indicator",
    scope: "Scope",
    units: "Units",
    allUnits: "All units",
    noRows: "No numbers for this selection.",
    needsJs: "The interactive comparison needs JavaScript; the chart below is the default selection.",
    own: "Your data",
  },
  duckdb: {
    idle: "The charts and tables here are readable now. The DuckDB query engine (about 6 MB) loads only when you use it.",
    downloading: (loaded: string, total: string) =>
      `Loading DuckDB: ${loaded} of ${total}. Meanwhile you can read the charts and tables and download the data.`,
    starting: "Starting DuckDB…",
    loadingData: "Loading the data into DuckDB…",
    loadingDataBytes: (loaded: string, total: string) =>
      `Loading the data: ${loaded}${total ? ` of ${total}` : ""}. Meanwhile you can read the charts and tables.`,
    ready: (ms: string) => `DuckDB is ready (${ms}).`,
    failed: (message: string) => `DuckDB could not start: ${message}. Charts, tables and downloads still work.`,
  },
  explore: {
    title: "SQL explorer",
    intro:
      "Write SQL over the tables sources, units, indicators, observations (and my_observations if you added your own numbers). Queries run in your browser, on the published data only.",
    sql: "SQL query",
    run: "Run (Ctrl+Enter)",
    cancel: "Cancel",
    examples: "Examples",
    export: "Download results (CSV)",
    running: "Running…",
    cancelled: "Query cancelled.",
    rows: (count: string, ms: string) => `${count} rows in ${ms}.`,
    capped: (cap: string) => `Results are capped at the first ${cap} rows.`,
    error: "Query error",
    page: (from: string, to: string, total: string) => `Rows ${from}–${to} of ${total}`,
    previous: "Previous page",
    next: "Next page",
    chart: "Chart of the result (two columns)",
    exampleQueries: [
      [
        "Rows per table",
        "SELECT 'observations' AS table_name, count(*) AS row_count FROM observations\nUNION ALL SELECT 'units', count(*) FROM units\nUNION ALL SELECT 'indicators', count(*) FROM indicators",
      ],
      [
        "Petitions resolved",
        "SELECT u.name, o.period, o.scope, o.numerator, o.denominator, o.value\nFROM observations o JOIN units u USING (unit_id)\nWHERE indicator_id = 'petitions_resolved'\nORDER BY o.value DESC",
      ],
      ["Flagged numbers", "SELECT obs_id, indicator_id, flags, note FROM observations WHERE flags IS NOT NULL"],
      [
        "Indicators per report",
        "SELECT source_id, count(DISTINCT indicator_id) AS indicators FROM observations GROUP BY source_id ORDER BY indicators DESC",
      ],
    ],
  },
  upload: {
    title: "Compare with your own numbers",
    intro:
      "Pick or drop a CSV file in the observations layout. It is checked with the same rules as the published data and stays in your browser: nothing is sent anywhere.",
    template: "Download the template (CSV)",
    choose: "Choose a CSV file",
    drop: "or drop it here",
    added: (count: string) => `Added ${count} of your rows to this comparison session.`,
    errors: (count: string) => `${count} problems; rows with problems were not added:`,
    none: "No valid rows were added.",
  },
  data: {
    title: "Download the data",
    intro:
      "Every table as CSV (UTF-8) and Parquet, a wide convenience table, and a Frictionless data package describing tables, keys and licence.",
    table: "Table",
    rows: "Rows",
    files: "Files",
    wide: "Wide table: one row per unit and period, one column per indicator",
    package: "Data package (datapackage.json)",
    template: "CSV template for your own numbers",
    texts: "Source report texts",
    workbench: "Add a report: the curator's workbench",
    citeTitle: "Cite this dataset",
    citeVi:
      "Số liệu Dân chủ cơ sở (2026). Bộ dữ liệu từ báo cáo thực hiện dân chủ ở cơ sở và dân vận chính quyền của chính quyền địa phương Việt Nam, phiên bản 0.1.0. Giấy phép CC BY 4.0.",
    citeEn:
      "Grassroots Democracy Data (Số liệu Dân chủ cơ sở) (2026). Datasets from Vietnamese local governments' reports on grassroots democracy and government mass mobilisation, version 0.1.0. CC BY 4.0.",
  },
  notFound: { title: "Page not found", body: "This page does not exist. Go to the home page:" },
  methodology: {
    title: "Methodology",
    curationTitle: "How numbers are curated",
    curation: [
      "Each report is kept verbatim (with its SHA-256) in the data/sources folder of the repository.",
      "A curator reads the whole text, footnotes and appendices included, and records each number as one row: indicator, unit, period, scope, numerator, denominator, the report's own percent, and the verbatim sentence.",
      "Numbers are stored plain: “1.541” becomes 1541, “94,11%” becomes 94.11. Ratios keep their numerator and denominator whenever the report gives them.",
      "We never correct a report. When it contradicts itself, we keep what it says and flag the row.",
    ],
    validationTitle: "Automatic checks",
    validation:
      "Every build checks that each quote is a verbatim passage of its report, that it contains every number of its row, that a ratio recomputed from its counts agrees with the report's percent (a disagreement without a flag is an error), and that references between tables resolve.",
    flagsTitle: "What the flags mean",
    comparabilityTitle: "Comparability cautions",
    comparability: [
      "Levels: a province, a district and a ward are not like for like; charts colour bars by level.",
      "Years: the reports span 2016–2024; every chart states the periods.",
      "Petitions and cases: petitions (đơn) are not mediation cases (vụ việc); petitions handled at district and at commune level are kept apart.",
      "Shares and counts: shares rest on different denominators; a 95% Wilson interval shows the uncertainty of small ones. Aggregates are computed from counts, never by averaging rates.",
      "Cumulative figures: the five-year review gives totals over several years, not comparable with one year's.",
    ],
    licenceTitle: "Licence and citation",
    licence:
      "The data is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0). The reports are administrative documents, not objects of copyright (Law on Intellectual Property, art. 15).",
    cite: "Cite as: Grassroots Democracy Data (Số liệu Dân chủ cơ sở) (2026). Datasets from Vietnamese local governments' grassroots democracy reports, version 0.1.0.",
  },
};

export default en;
