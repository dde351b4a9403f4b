import { describe, expect, it } from "vitest";
import { wideTableSchema } from "../../../src/lib/publish/wide.ts";

describe("wideTableSchema", () => {
  it("describes the key columns and one number column per indicator and scope, in the table's order", () => {
    const schema = wideTableSchema([
      "unit_id",
      "unit_name",
      "level",
      "province",
      "period",
      "ocop_products_total",
      "petitions_resolved__commune_level",
    ]);
    expect(schema.fields.map((field) => [field.name, field.type])).toEqual([
      ["unit_id", "string"],
      ["unit_name", "string"],
      ["level", "string"],
      ["province", "string"],
      ["period", "string"],
      ["ocop_products_total", "number"],
      ["petitions_resolved__commune_level", "number"],
    ]);
    expect(schema.fields[6]!.description).toMatch(/petitions_resolved .*scope commune_level/);
    expect(schema.fields[5]!.description).not.toMatch(/scope/);
    expect(schema.primaryKey).toEqual(["unit_id", "period"]);
    expect(schema.foreignKeys[0]!.reference).toEqual({ resource: "units", fields: ["unit_id"] });
  });
});
