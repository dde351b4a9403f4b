import { describe, expect, it } from "vitest";
import { describeSqlError, lineColumn } from "../../../src/lib/explore/sql-error.ts";

describe("SQL errors", () => {
  it("reads duckdb-wasm's JSON parser error as a message with its line and column", () => {
    const sql = "SELECT 1\nFORM observations";
    const raw = JSON.stringify({
      exception_type: "Parser",
      exception_message: 'syntax error at or near "observations"\n\nLINE 2: FORM observations\n             ^',
      error_subtype: "SYNTAX_ERROR",
      position: "14",
    });
    expect(describeSqlError(raw, sql)).toEqual({
      kind: "syntax",
      message: 'syntax error at or near "observations"',
      line: 2,
      column: 6,
      excerpt: "FORM observations",
    });
  });

  it("reads a text error's caret as the position", () => {
    const sql = "SELECT count(*)\nFROM nope";
    const raw =
      'Catalog Error: Table with name nope does not exist!\nDid you mean "units"?\n\nLINE 2: FROM nope\n             ^';
    expect(describeSqlError(raw, sql)).toMatchObject({
      kind: "catalog",
      message: 'Table with name nope does not exist!\nDid you mean "units"?',
      line: 2,
      column: 6,
    });
  });

  it("names a write to the published tables as read-only, without a position it does not have", () => {
    const raw =
      'Invalid Input Error: Cannot execute statement of type "DROP" on database "published" which is attached in read-only mode!';
    expect(describeSqlError(raw, "DROP TABLE observations")).toEqual({
      kind: "readOnly",
      message: 'Cannot execute statement of type "DROP" on database "published" which is attached in read-only mode!',
    });
  });

  it("keeps an unknown message whole", () => {
    expect(describeSqlError("something odd", "SELECT 1")).toEqual({ kind: "other", message: "something odd" });
  });

  it("maps offsets to lines and columns", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("ab", 99)).toEqual({ line: 1, column: 3 });
  });
});
