/** SQL that generates the synthetic nationwide dataset (see scripts/synth.ts). Deterministic: hash() of ids, no randomness. */
import { DuckDBInstance } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TABLES, columnsOf } from "../lib/schema.ts";
import { quoteLiteral } from "../lib/sql/quote.ts";

export const SYNTHETIC_TEXT =
  "SYNTHETIC: dữ liệu tổng hợp do `npm run synth` tạo ra để đo hiệu năng, không phải số liệu thật. " +
  "Generated to measure performance at nationwide scale; not real data, never published.\n";

const UNITS_PER_PROVINCE = 300;
const LAST_YEAR = 2024;

export function synthSql(options: { units: number; years: number; dataDir: string }): [string, string][] {
  const provinces = Math.ceil(options.units / UNITS_PER_PROVINCE);
  const firstYear = LAST_YEAR - options.years + 1;
  const sha256 = createHash("sha256").update(SYNTHETIC_TEXT).digest("hex");
  const csv = (table: string) => quoteLiteral(join(options.dataDir, `${table}.csv`));
  const statements: [string, string][] = [
    ["indicators", `CREATE TABLE indicators AS SELECT * FROM read_csv(${csv("indicators")}, all_varchar = true)`],
    [
      "units",
      `CREATE TABLE units AS
       SELECT printf('synth-p%03d', p) AS unit_id, printf('Tỉnh tổng hợp %03d (SYNTHETIC)', p) AS name,
              'province' AS level, NULL AS parent_id, printf('Tổng hợp %03d', p) AS province,
              NULL AS valid_until, 'SYNTHETIC' AS successor_note, 'SYNTHETIC' AS successor_note_vi
       FROM range(1, ${provinces + 1}) t(p)
       UNION ALL
       SELECT printf('synth-p%03d-c%05d', 1 + c // ${UNITS_PER_PROVINCE}, c),
              printf('Xã tổng hợp %05d (SYNTHETIC)', c), 'commune',
              printf('synth-p%03d', 1 + c // ${UNITS_PER_PROVINCE}),
              printf('Tổng hợp %03d', 1 + c // ${UNITS_PER_PROVINCE}), NULL, 'SYNTHETIC', 'SYNTHETIC'
       FROM range(0, ${options.units}) t(c)`,
    ],
    [
      "sources",
      `CREATE TABLE sources AS SELECT 'synthetic' AS source_id, 'sources/synthetic.txt' AS file,
         'SYNTHETIC dataset for performance tests' AS title, NULL AS doc_number, 'npm run synth' AS issuer,
         NULL AS issued_on, 'synth-p001' AS unit_id, '${firstYear}-${LAST_YEAR}' AS period,
         'synthetic' AS report_type, '${sha256}' AS sha256, 'held' AS grade, NULL AS url, NULL AS publisher,
         NULL AS accessed_on, NULL AS title_from, NULL AS title_lang`,
    ],
    [
      "observations",
      `CREATE TABLE observations AS
       WITH cells AS (
         SELECT u.unit_id, y.year, i.indicator_id, i.kind,
                hash(u.unit_id || y.year::VARCHAR || i.indicator_id) AS h
         FROM units u, range(${firstYear}, ${LAST_YEAR + 1}) y(year), indicators i
         WHERE u.level = 'commune'
       ), numbers AS (
         SELECT *, CASE WHEN kind = 'ratio' THEN 10 + (h % 200)::DOUBLE END AS denominator
         FROM cells
       ), ratios AS (
         SELECT *, denominator - ((h // 1000) % (denominator // 4 + 1))::DOUBLE AS numerator FROM numbers
       )
       SELECT printf('synth-%08d', row_number() OVER (ORDER BY unit_id, year, indicator_id)) AS obs_id,
              indicator_id, unit_id, year::VARCHAR AS period, 'total' AS scope,
              numerator, denominator,
              CASE WHEN kind = 'ratio' THEN round(numerator / denominator * 100, 2) ELSE (h % 1000)::DOUBLE END AS value,
              CASE WHEN kind = 'ratio' THEN round(numerator / denominator * 100) END AS reported_percent,
              'synthetic' AS source_id, 'held' AS grade, 'SYNTHETIC' AS quote, NULL AS locator, NULL AS flags, 'SYNTHETIC' AS note, 'SYNTHETIC' AS note_vi
       FROM ratios`,
    ],
  ];
  for (const table of TABLES.filter((spec) => spec.name !== "indicators")) {
    const columns = columnsOf(table).join(", ");
    statements.push([
      `wrote ${table.file}`,
      `COPY (SELECT ${columns} FROM ${table.name}) TO ${csv(table.name)} (HEADER, DELIMITER ',', QUOTE '"')`,
    ]);
  }
  return statements;
}

/** Writes the synthetic dataset into `dataDir` (indicators copied from data/); returns the number of observations. */
export async function writeSyntheticData(
  options: { units: number; years: number; dataDir: string },
  log: (line: string) => void = () => {},
): Promise<number> {
  mkdirSync(join(options.dataDir, "sources"), { recursive: true });
  copyFileSync("data/indicators.csv", join(options.dataDir, "indicators.csv"));
  writeFileSync(join(options.dataDir, "sources", "synthetic.txt"), SYNTHETIC_TEXT);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const [label, sql] of synthSql(options)) {
      await connection.run(sql);
      log(label);
    }
    const count = await connection.runAndReadAll("SELECT count(*)::DOUBLE AS n FROM observations");
    return Number(count.getRowObjectsJS()[0]?.n);
  } finally {
    connection.closeSync();
  }
}
