/**
 * The Frictionless Data Package descriptor, built from the same table specs the validator
 * checks (src/lib/schema.ts), so the published schema cannot drift from the checked one.
 */
import { TABLES, type FieldSpec, type TableSpec } from "../schema.ts";

export interface ResourceFile {
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
}

const FRICTIONLESS_TYPES: Record<FieldSpec["type"], string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
};

function fieldDescriptor(field: FieldSpec) {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints.required = true;
  if (field.enum) constraints.enum = [...field.enum];
  if (field.pattern && field.type === "string") constraints.pattern = field.pattern.source.replace(/^\^|\$$/g, "");
  if (field.maxLength !== undefined) constraints.maxLength = field.maxLength;
  return {
    name: field.name,
    type: FRICTIONLESS_TYPES[field.type],
    description: field.description,
    ...(field.format ? { format: "default", "x-format": field.format } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function tableResource(table: TableSpec, file: ResourceFile) {
  return {
    name: table.name,
    path: file.path,
    title: table.title,
    description: table.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map(fieldDescriptor),
      primaryKey: [table.primaryKey],
      missingValues: [""],
      foreignKeys: table.foreignKeys.map((key) => ({
        fields: [key.fields],
        reference: {
          resource: key.reference.resource === table.name ? "" : key.reference.resource,
          fields: [key.reference.fields],
        },
      })),
    },
  };
}

export interface PackageInputs {
  version: string;
  tables: Record<TableSpec["name"], ResourceFile>;
  /** Extra files: Parquet copies, the wide table (a CSV, so with its dialect and schema), the report texts. */
  others: (ResourceFile & {
    name: string;
    format: string;
    mediatype: string;
    description: string;
    encoding?: string;
    dialect?: Record<string, unknown>;
    schema?: Record<string, unknown>;
  })[];
  sources: { title: string; path: string }[];
}

export function dataPackage(inputs: PackageInputs) {
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "so-lieu-dan-chu-co-so",
    title: "Số liệu Dân chủ cơ sở — Grassroots Democracy Data",
    description:
      "Numbers from Vietnamese local governments' reports on grassroots democracy and government mass mobilisation, each with the verbatim sentence of the report it was read from.",
    version: inputs.version,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ],
    sources: inputs.sources,
    resources: [
      ...TABLES.map((table) => tableResource(table, inputs.tables[table.name])),
      ...inputs.others.map(({ sha256, ...file }) => ({ ...file, hash: `sha256:${sha256}` })),
    ],
  };
}
