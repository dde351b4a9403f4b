/** Field-level checks of a record against its table spec, with zod built from the spec. */
import { z } from "zod";
import { PLAIN_NUMBER, type FieldSpec, type TableSpec } from "./schema.ts";

function fieldSchema(field: FieldSpec): z.ZodType<string> {
  let schema = z.string();
  if (field.required) schema = schema.min(1, "is required");
  if (field.maxLength !== undefined) {
    schema = schema.max(
      field.maxLength,
      `is longer than ${field.maxLength} characters: quote the sentence, not the page`,
    );
  }
  if (field.type === "boolean") schema = schema.regex(/^(true|false)?$/, "must be true, false or blank");
  if (field.pattern) {
    const pattern = field.pattern;
    schema = schema.refine((value) => value === "" || pattern.test(value), {
      message:
        pattern === PLAIN_NUMBER
          ? 'must be a plain number with a decimal point and no thousands separator ("1541", "94.11")'
          : `does not match ${pattern.source}`,
    });
  }
  if (field.rule) {
    const { test, message } = field.rule;
    schema = schema.refine((value) => value === "" || test(value), { message });
  }
  if (field.enum) {
    const allowed = field.enum;
    schema = schema.refine((value) => value === "" || allowed.includes(value), {
      message: `must be one of ${allowed.join(", ")}`,
    });
  }
  return schema.refine((value) => value === value.trim(), { message: "has leading or trailing spaces" });
}

const schemaCache = new Map<string, Map<string, z.ZodType<string>>>();

/** Checks every field of a record; returns [column name, message] for each problem. */
export function checkFields(table: TableSpec, values: Record<string, string>): [string, string][] {
  let schemas = schemaCache.get(table.name);
  if (!schemas) {
    schemas = new Map(table.fields.map((field) => [field.name, fieldSchema(field)]));
    schemaCache.set(table.name, schemas);
  }
  const problems: [string, string][] = [];
  for (const [name, schema] of schemas) {
    const result = schema.safeParse(values[name] ?? "");
    if (!result.success) {
      for (const issue of result.error.issues) problems.push([name, issue.message]);
    }
  }
  return problems;
}
