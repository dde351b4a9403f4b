/** SQL quoting, apart from the table specs so that a browser script can quote without loading them. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
export const quoteLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`;
