/** The observations of one indicator as CSV, in the published column order: the slice offered on its page. */
import type { APIRoute } from "astro";
import Papa from "papaparse";
import { OBSERVATIONS, columnsOf } from "../../../lib/schema.ts";
import { observationsOfIndicator, siteTables } from "../../../server/site-data.ts";

export async function getStaticPaths() {
  const { indicators } = await siteTables();
  return [...indicators.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = await observationsOfIndicator(params.id!);
  const csv = Papa.unparse(
    rows.map((row) => Object.fromEntries(columnsOf(OBSERVATIONS).map((column) => [column, row[column as keyof typeof row] ?? ""]))),
    { columns: columnsOf(OBSERVATIONS), newline: "\n" },
  );
  return new Response(`${csv}\n`, { headers: { "content-type": "text/csv; charset=utf-8" } });
};
