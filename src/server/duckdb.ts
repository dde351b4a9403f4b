/** Build-time DuckDB (@duckdb/node-api, pinned to the engine duckdb-wasm runs): the Node adapter for src/lib/sql. */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { join, resolve } from "node:path";
import { OWN_TABLE_SQL } from "../lib/upload/own-table.ts";
import { loadDatasetSql } from "../lib/sql/tables.ts";
import { dataDir } from "./dataset.ts";

export type Row = Record<string, unknown>;

const connections = new Map<string, Promise<DuckDBConnection>>();

async function open(dir: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  // The same tables as in the browser, including the (here empty) table of a visitor's own rows.
  for (const sql of [...loadDatasetSql((table) => join(resolve(dir), table.file)), OWN_TABLE_SQL]) {
    await connection.run(sql);
  }
  return connection;
}

/** One loaded database per data folder, shared by every page of a build. */
export function connect(dir: string = dataDir()): Promise<DuckDBConnection> {
  let connection = connections.get(dir);
  if (!connection) {
    connection = open(dir);
    connections.set(dir, connection);
  }
  return connection;
}

/** Recent answers: a build asks each question once per language, one right after the other. */
const results = new Map<string, Promise<Row[]>>();
const REMEMBERED = 16;

/** Runs a query and returns plain JS rows (BIGINT and DECIMAL as numbers, as in the browser); rows are shared, never mutate them. */
export function query<T = Row>(sql: string, dir: string = dataDir()): Promise<T[]> {
  const key = `${dir}\n${sql}`;
  let result = results.get(key);
  if (!result) {
    result = run(sql, dir);
    results.set(key, result);
    if (results.size > REMEMBERED) results.delete(results.keys().next().value!);
  }
  return result as Promise<T[]>;
}

async function run(sql: string, dir: string): Promise<Row[]> {
  const connection = await connect(dir);
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const plain: Row = {};
    for (const [key, value] of Object.entries(row)) plain[key] = typeof value === "bigint" ? Number(value) : value;
    return plain;
  });
}
