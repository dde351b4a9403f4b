/**
 * Numbers as Vietnamese reports write them: "." groups thousands, "," marks decimals
 * ("1.541" = 1541, "69.941,38" = 69941.38, "94,11%" = 94.11). Reports also slip into
 * the English decimal point ("95.13%"); a point followed by anything other than groups
 * of exactly three digits is read as a decimal point.
 */

export class NumberFormatError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`"${input}" is not a number: ${reason}`);
    this.name = "NumberFormatError";
  }
}

const THOUSANDS_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^\d+$/;
const POINT_DECIMAL = /^\d+\.\d+$/;

function parseIntegerPart(raw: string, input: string): number {
  if (PLAIN.test(raw)) return Number(raw);
  if (THOUSANDS_GROUPED.test(raw)) return Number(raw.replaceAll(".", ""));
  if (POINT_DECIMAL.test(raw)) return Number(raw);
  throw new NumberFormatError(input, "digit groups after a point must have three digits");
}

/** Parses one number as written in a Vietnamese report; a trailing "%" is allowed and dropped. */
export function parseVietnameseNumber(input: string): number {
  const text = input.trim().replace(/\s*%$/, "");
  if (text === "") throw new NumberFormatError(input, "empty");
  if (!/^[\d.,]+$/.test(text)) throw new NumberFormatError(input, "unexpected characters");
  if (/^[.,]|[.,]$/.test(text)) throw new NumberFormatError(input, "starts or ends with a separator");
  const commaParts = text.split(",");
  if (commaParts.length > 2) throw new NumberFormatError(input, "more than one decimal comma");
  const [whole = "", fraction] = commaParts;
  if (fraction !== undefined) {
    if (!PLAIN.test(fraction)) throw new NumberFormatError(input, "a point after the decimal comma");
    if (!PLAIN.test(whole) && !THOUSANDS_GROUPED.test(whole)) {
      throw new NumberFormatError(input, "digit groups before the comma must have three digits");
    }
    return Number(`${whole.replaceAll(".", "")}.${fraction}`);
  }
  return parseIntegerPart(whole, input);
}

/**
 * A number as a Vietnamese report writes it, as the plain decimal text the CSV files store
 * ("1.234,5" → "1234.5", "94,11%" → "94.11", "1.541" → "1541"), its decimals kept as written.
 */
export function plainNumberText(input: string): string {
  parseVietnameseNumber(input);
  const [whole = "", fraction] = input.trim().replace(/\s*%$/, "").split(",");
  const integer = THOUSANDS_GROUPED.test(whole) ? whole.replaceAll(".", "") : whole;
  return fraction === undefined ? integer : `${integer}.${fraction}`;
}

export interface NumberToken {
  /** The characters as written, separators included. */
  raw: string;
  start: number;
  end: number;
  /** Every value the token can stand for; several when a separator is ambiguous. */
  values: number[];
}

const TOKEN = /\d+(?:[.,]\d+)*/g;

/**
 * Every number written in a text, with the values it may mean as a whole: "17.401" is
 * 17401 and never 17 or 401. Ambiguous separators give each reading: "95.13" is also an
 * English decimal point and "22,178" also an English thousands group. A malformed token
 * such as "10.039.3" means nothing: a curator must flag it rather than pick a reading.
 */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    tokens.push({ raw, start, end: start + raw.length, values: readingsOf(raw) });
  }
  return tokens;
}

function readingsOf(raw: string): number[] {
  const values = new Set<number>();
  try {
    values.add(parseVietnameseNumber(raw));
  } catch {
    // A malformed token has no reading; the English ones below may still apply.
  }
  // "95.13" is an English decimal point; "1.541" is always a Vietnamese thousands group.
  if (POINT_DECIMAL.test(raw) && !/\.\d{3}$/.test(raw)) values.add(Number(raw));
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) values.add(Number(raw.replaceAll(",", "")));
  return [...values];
}

/** Whether a number appears in a text in any of the ways reports write it. */
export function textContainsNumber(text: string, value: number): boolean {
  return findNumbers(text).some((token) => token.values.some((v) => sameNumber(v, value)));
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Decimal places of a plain number as stored in the CSV ("94.11" → 2). */
export function decimalPlaces(plain: string): number {
  const point = plain.indexOf(".");
  return point === -1 ? 0 : plain.length - point - 1;
}
