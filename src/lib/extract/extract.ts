/**
 * Proposes observation rows from a report's text: rules find the numbers, this module turns a
 * match into a row (values, flags, scope, a quote that is an exact substring containing every
 * number), drops decoys and duplicates. A person reviews; `npm run validate` gates.
 */
import { parseVietnameseNumber, textContainsNumber } from "../numbers.ts";
import type { ObservationRecord } from "../schema.ts";
import { percentAgrees, ratioValue } from "../validate.ts";
import { APPROXIMATE, MONEY_AFTER, RULES, type Rule } from "./rules.ts";
import { clauses, type Clause } from "./segment.ts";

export interface Candidate extends ObservationRecord {
  char_start: number;
  char_end: number;
  rule: string;
  confidence: number;
}

export interface ExtractOptions {
  sourceId: string;
  unitId: string;
  period: string;
  /** Indicator kinds (count or ratio), from indicators.csv. */
  kinds: Map<string, string>;
}

const MAX_QUOTE = 320;
const LEVELS: [RegExp, string][] = [
  [/cấp xã|UBND (?:các )?xã|các xã, (?:phường, )?thị trấn (?:đã )?(?:tiếp|tiếp nhận|giải quyết)/giu, "commune_level"],
  [/cấp huyện|UBND huyện|huyện (?:đã )?(?:tiếp|tiếp nhận)/giu, "district_level"],
  [/cấp tỉnh|UBND tỉnh/giu, "province_level"],
];
const LEVELLED = new Set([
  "petitions_resolved",
  "petitions_received",
  "citizen_reception_turns",
  "citizen_reception_persons",
  "online_records_share",
  "digitisation_share",
  "dialogues_held",
  "dialogue_opinions_raised",
]);

/** The administrative level a figure belongs to: the last level named before it in its clause. */
function scopeOf(indicator: string, clause: Clause, at: number): string {
  if (!LEVELLED.has(indicator)) return "total";
  const before = clause.text.slice(0, at - clause.start);
  let best: { index: number; scope: string } | undefined;
  for (const [pattern, scope] of LEVELS) {
    for (const match of before.matchAll(pattern))
      if (!best || match.index > best.index) best = { index: match.index, scope };
  }
  return best?.scope ?? "total";
}

/** The clause, or the part of a long one around the match, trimmed at natural breaks. */
function quoteSpan(clause: Clause, start: number, end: number): [number, number] {
  if (clause.end - clause.start <= MAX_QUOTE) return [clause.start, clause.end];
  const text = clause.text;
  const from = start - clause.start;
  const to = end - clause.start;
  const head = text.slice(Math.max(0, from - 200), from);
  const cut = Math.max(head.lastIndexOf("; "), head.lastIndexOf(": "), head.lastIndexOf(". "));
  const spanStart = cut === -1 ? Math.max(0, from - head.length) : from - head.length + cut + 2;
  const tail = text.slice(to, to + 120);
  const stop = tail.search(/[;.](?:\s|$)/u);
  const spanEnd = stop === -1 ? Math.min(text.length, to + tail.length) : to + stop;
  return [clause.start + spanStart, clause.start + spanEnd];
}

interface Numbers {
  n?: number;
  d?: number;
  p?: number;
  v?: number;
  w?: number;
  pText?: string;
}

function numbersOf(
  match: RegExpExecArray,
  text: string,
  offset: number,
): { numbers: Numbers; approximate: boolean } | null {
  const numbers: Numbers = {};
  let approximate = false;
  for (const name of ["n", "d", "p", "v", "w"] as const) {
    const raw = match.groups?.[name];
    const at = match.indices?.groups?.[name];
    if (raw === undefined || !at) continue;
    let value: number;
    try {
      value = parseVietnameseNumber(raw);
    } catch {
      return null;
    }
    if (name !== "p" && MONEY_AFTER.test(text.slice(at[1] - offset, at[1] - offset + 12))) return null;
    if (APPROXIMATE.test(text.slice(Math.max(0, at[0] - offset - 12), at[0] - offset))) approximate = true;
    numbers[name] = value;
    if (name === "p") numbers.pText = String(value);
  }
  return { numbers, approximate };
}

const plain = (value: number | undefined) => (value === undefined ? "" : String(value));

function candidatesOf(
  rule: Rule,
  match: RegExpExecArray,
  clause: Clause,
  options: ExtractOptions,
  text: string,
): Candidate[] {
  const parsed = numbersOf(match, clause.text, clause.start);
  if (!parsed) return [];
  const { numbers, approximate } = parsed;
  const start = clause.start + match.index;
  const end = start + match[0].length;
  // The level that applies is the last one named before the first number of the match.
  const firstNumber = Math.min(
    ...Object.values(match.indices?.groups ?? {})
      .filter(Boolean)
      .map((range) => range![0]),
  );
  const afterMatch = clause.text.slice(end - clause.start);
  const scope = rule.scopeAfter?.[0].test(afterMatch) ? rule.scopeAfter[1] : undefined;
  const [quoteStart, quoteEnd] = quoteSpan(clause, start, end);
  const quote = text.slice(quoteStart, quoteEnd);
  const base = (
    indicator: string,
    fields: Partial<ObservationRecord>,
    flags: string[],
    notes: string[],
  ): Candidate => ({
    obs_id: "",
    indicator_id: indicator,
    unit_id: options.unitId,
    period: options.period,
    scope:
      scope ?? scopeOf(indicator, clause, clause.start + (Number.isFinite(firstNumber) ? firstNumber : match.index)),
    numerator: "",
    denominator: "",
    value: "",
    reported_percent: "",
    source_id: options.sourceId,
    quote,
    flags: [...(approximate ? ["approximate"] : []), ...flags].join(";"),
    note: [...(approximate ? ["The report gives an approximate figure."] : []), ...notes].join(" "),
    ...fields,
    char_start: quoteStart,
    char_end: quoteEnd,
    rule: rule.id,
    confidence: rule.confidence,
  });

  if (options.kinds.get(rule.indicator) === "ratio") {
    const { n, d, p } = numbers;
    if (n !== undefined && d !== undefined && d > 0) {
      const agrees = p === undefined || percentAgrees(n, d, p, numbers.pText!);
      return [
        base(
          rule.indicator,
          { numerator: plain(n), denominator: plain(d), value: String(ratioValue(n, d)), reported_percent: plain(p) },
          agrees ? [] : ["percent_mismatch"],
          agrees ? [] : [`${n}/${d} = ${((n / d) * 100).toFixed(2)}%, but the report says ${p}%.`],
        ),
      ];
    }
    if (p !== undefined)
      return [base(rule.indicator, { numerator: plain(n), value: plain(p), reported_percent: plain(p) }, [], [])];
    if (numbers.v !== undefined) {
      return [
        base(
          rule.indicator,
          { numerator: plain(numbers.v) },
          ["denominator_not_stated"],
          ["The report gives the count only."],
        ),
      ];
    }
    return [];
  }
  const results: Candidate[] = [];
  const count = numbers.v ?? numbers.w;
  if (count !== undefined) results.push(base(rule.indicator, { value: plain(count) }, [], []));
  if (rule.indicator === "citizen_reception_turns" && numbers.w !== undefined && numbers.v !== undefined) {
    results.push(base("citizen_reception_persons", { value: plain(numbers.w) }, [], []));
  }
  return results;
}

const numbersOfRow = (row: ObservationRecord) =>
  [row.numerator, row.denominator, row.value, row.reported_percent].filter(Boolean);

/** Every number the report states (a computed ratio value excepted) appears in the quote. */
export function quoteHoldsNumbers(row: ObservationRecord): boolean {
  const stated = [
    row.numerator,
    row.denominator,
    row.reported_percent,
    row.numerator && row.denominator ? "" : row.value,
  ];
  return stated.filter(Boolean).every((n) => textContainsNumber(row.quote, Number(n)));
}

export function extract(text: string, options: ExtractOptions): Candidate[] {
  const found: Candidate[] = [];
  for (const clause of clauses(text)) {
    for (const rule of RULES) {
      if (rule.topic && !rule.topic.test(clause.text)) continue;
      if (rule.unless && rule.unless.test(clause.text)) continue;
      rule.pattern.lastIndex = 0;
      for (const match of clause.text.matchAll(rule.pattern)) {
        found.push(...candidatesOf(rule, match as RegExpExecArray, clause, options, text));
      }
    }
  }
  const seen = new Set<string>();
  const unique = found
    .filter((candidate) => quoteHoldsNumbers(candidate))
    .sort((a, b) => a.char_start - b.char_start || b.confidence - a.confidence)
    .filter((candidate) => {
      const key = [candidate.indicator_id, candidate.scope, ...numbersOfRow(candidate)].join("|");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return unique.map((candidate, i) => ({
    ...candidate,
    obs_id: `${options.sourceId}-c${String(i + 1).padStart(3, "0")}`,
  }));
}
