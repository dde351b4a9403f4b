/** Field-level checks of a record against its table spec, with zod built from the spec. */
import { z } from "zod";
import { problem, type Problem, type ProblemCode } from "./problems.ts";
import { PLAIN_NUMBER, type FieldSpec, type TableSpec } from "./schema.ts";

/** zod carries a message as text: the problem's code and arguments travel in it as JSON. */
const coded = (code: ProblemCode, ...args: string[]) => JSON.stringify([code, ...args]);
const decoded = (message: string): Problem => {
  const [code, ...args] = JSON.parse(message) as [ProblemCode, ...string[]];
  return (problem as (code: ProblemCode, ...args: string[]) => Problem)(code, ...args);
};

function fieldSchema(field: FieldSpec): z.ZodType<string> {
  let schema = z.string();
  if (field.required) schema = schema.min(1, coded("required"));
  if (field.maxLength !== undefined) schema = schema.max(field.maxLength, coded("tooLong", String(field.maxLength)));
  if (field.type === "boolean") schema = schema.regex(/^(true|false)?$/, coded("notBoolean"));
  if (field.pattern) {
    const pattern = field.pattern;
    schema = schema.refine((value) => value === "" || pattern.test(value), {
      message: pattern === PLAIN_NUMBER ? coded("notPlainNumber") : coded("noMatch", pattern.source),
    });
  }
  if (field.rule) {
    const { test, code } = field.rule;
    schema = schema.refine((value) => value === "" || test(value), { message: coded(code) });
  }
  if (field.enum) {
    const allowed = field.enum;
    schema = schema.refine((value) => value === "" || allowed.includes(value), {
      message: coded("notOneOf", allowed.join(", ")),
    });
  }
  return schema.refine((value) => value === value.trim(), { message: coded("spaces") });
}

const schemaCache = new Map<string, Map<string, z.ZodType<string>>>();

/** Checks every field of a record; returns [column name, problem] for each problem. */
export function checkFields(table: TableSpec, values: Record<string, string>): [string, Problem][] {
  let schemas = schemaCache.get(table.name);
  if (!schemas) {
    schemas = new Map(table.fields.map((field) => [field.name, fieldSchema(field)]));
    schemaCache.set(table.name, schemas);
  }
  const problems: [string, Problem][] = [];
  for (const [name, schema] of schemas) {
    const result = schema.safeParse(values[name] ?? "");
    if (!result.success) {
      for (const issue of result.error.issues) problems.push([name, decoded(issue.message)]);
    }
  }
  return problems;
}
