/**
 * Figures in a sentence: counts with the noun they count ("158 vụ", "hai cuộc"), fractions
 * ("59/67 đơn", "42 trên 45 hồ sơ") and percents ("88%", "95,2 %"). Everything that looks
 * like a number but is not a figure is dropped here: dates, years, document numbers
 * ("120-KL/TW", "04/2015/NĐ-CP"), footnote markers glued to a word ("quy định4", "100%3"),
 * ranges, times, ordinals ("lần thứ 3"). Money, areas and page views have no unit noun
 * the rules read, so they never become figures.
 */
import { parseVietnameseNumber } from "../numbers.ts";
import { HEDGE, unitAt, type UnitClass } from "./lexicon.ts";
import { NUMBER_WORDS, parseNumberWords } from "./words.ts";

export interface NumberToken {
  value: number;
  /** As written ("1.541", "hai mươi"). */
  raw: string;
  start: number;
  end: number;
  words: boolean;
  approximate: boolean;
  /** Right after "digits/": only ever the denominator of a fraction, or part of a date or code. */
  afterSlash: boolean;
  /** Digits with a scale word ("12 nghìn", "1,5 vạn"): `raw` holds both, and the figure is rounded. */
  scaled: boolean;
}

export interface Mention {
  kind: "count" | "fraction" | "percent";
  /** The count, the numerator or the percent. */
  value: NumberToken;
  /** The denominator of a fraction. */
  total?: NumberToken;
  unit?: UnitClass;
  /** First character (a hedge such as "hơn" included) and the end of the unit or "%". */
  start: number;
  end: number;
  /** Brackets open at the mention: figures in brackets are usually a breakdown. */
  depth: number;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
const WORDS = new RegExp(String.raw`(?<!\p{L})${NUMBER_WORDS}`, "giu");
/** Characters that glue a footnote marker or a code to a number standing right after them. */
const GLUED_BEFORE = /[\p{L}%)”’"\-+–.,:_]$/u;
/** Ranges ("2016-2020"), codes ("120-KL/TW", "109/BC-UBND"), times and standards ("9001:2015"). */
const CODE_AFTER = /^(?:\s*[-–]\s*\d|[-/]\s*\p{L}|:\d)/u;
/** Words after which a number is a date, an ordinal, an article or a document's number. */
const NOT_A_FIGURE_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:năm|tháng|ngày|quý|khóa|khoá|giai đoạn|nhiệm kỳ|lần thứ|thứ|mức độ|mức|cấp độ|lớp|km|điều|khoản|chương|phụ lục|trang|iso|chỉ thị|nghị quyết|quyết định|kết luận|thông tư|nghị định|kế hoạch|công văn|luật|pháp lệnh|quy định|hướng dẫn|chương trình|đề án|dự án|tờ trình|báo cáo|thông báo|quy chế|tiểu mục|mục|khu vực|vùng)\s*(?:số\s*)?$`,
  "iu",
);
const YEAR = /^(?:19|20)\d\d$/;
/** "hơn 12 nghìn hồ sơ", "2,4 vạn vụ việc", "1,3 triệu hồ sơ": digits times a scale word. */
const SCALE_AFTER = /^\s*(nghìn|ngàn|vạn|triệu)(?!\p{L})/iu;
const SCALES: Record<string, number> = { nghìn: 1000, ngàn: 1000, vạn: 10_000, triệu: 1_000_000 };
/** Money, measures and ratings after a bare number: never a figure the rules read. */
const MEASURE_AFTER =
  /^\s*(?:đ(?!\p{L})|đồng|triệu|tỷ|tỉ|tr\.?\s?đ|nghìn|ngàn|USD|ha(?!\p{L})|km|m2|m²|m³|m(?!\p{L})|kg|tấn|sao|giờ|phút|tuổi)/iu;
/** After a number, before its unit: spaces, emphasis, footnote marks, a "(hai)" doublet. */
const BEFORE_UNIT = /^[\s*]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰⁽⁾]+\s*)?(?:\(\s*[\p{L}\s]{1,30}\)\s*)?/u;
/** "100% (45/45) thôn": a bracketed figure whose unit follows the bracket. */
const AFTER_BRACKET = /^\s*\)\s*/u;
const PERCENT_SIGN = /^\s?(?:%|phần trăm(?!\p{L}))/iu;
const SLASH = /^\s*\/\s*/;
/** "42 trên 45 hồ sơ", "30 trên tổng số 32 đơn", "12 trong số 15 xã": a part and its total. */
const OUT_OF = /^\s+(?:trên|trong)\s+(?:tổng\s+)?(?:số\s+)?/iu;

function digitTokens(text: string, from: number, to: number): NumberToken[] {
  const tokens: NumberToken[] = [];
  const body = text.slice(from, to);
  for (const match of body.matchAll(DIGITS)) {
    const start = from + match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 4);
    if (GLUED_BEFORE.test(before) || CODE_AFTER.test(after) || NOT_A_FIGURE_AFTER.test(before)) continue;
    let value: number;
    try {
      value = parseVietnameseNumber(match[0]);
    } catch {
      continue;
    }
    const afterSlash = /\d\s*\/\s*$/.test(before);
    const approximate = HEDGE.test(before);
    const scale = SCALE_AFTER.exec(text.slice(end, to));
    if (scale) {
      // Money ("187 triệu đồng") is dropped later: no unit follows the scale word.
      const scaledEnd = end + scale[0].length;
      const scaledValue = Math.round(value * SCALES[scale[1]!.toLowerCase()]! * 100) / 100;
      const raw = text.slice(start, scaledEnd);
      tokens.push({
        value: scaledValue,
        raw,
        start,
        end: scaledEnd,
        words: false,
        approximate: true,
        afterSlash,
        scaled: true,
      });
      continue;
    }
    tokens.push({ value, raw: match[0], start, end, words: false, approximate, afterSlash, scaled: false });
  }
  return tokens;
}

function wordTokens(text: string, from: number, to: number): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.slice(from, to).matchAll(WORDS)) {
    const raw = match[0].trimEnd();
    const value = parseNumberWords(raw);
    if (value === undefined) continue;
    const start = from + match.index;
    const before = text.slice(Math.max(0, start - 40), start);
    if (/\d\s*\($/u.test(before) || NOT_A_FIGURE_AFTER.test(before)) continue;
    const approximate = HEDGE.test(before);
    tokens.push({
      value,
      raw,
      start,
      end: start + raw.length,
      words: true,
      approximate,
      afterSlash: false,
      scaled: false,
    });
  }
  return tokens;
}

function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
  }
  return depth;
}

/** Figures between `from` and `to` (a sentence), in order. */
export function findMentions(text: string, from: number, to: number): Mention[] {
  const tokens = [...digitTokens(text, from, to), ...wordTokens(text, from, to)].sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.afterSlash) continue;
    const rest = text.slice(token.end, to);
    const hedge = token.approximate ? HEDGE.exec(text.slice(Math.max(0, token.start - 40), token.start)) : null;
    const start = token.start - (hedge?.[0].length ?? 0);
    const base = { start, depth: depthAt(text, from, token.start) };
    const percent = PERCENT_SIGN.exec(rest);
    if (percent) {
      const sign = token.end + percent[0].length;
      const end = sign + (MARKER.exec(text.slice(sign, to))?.[0].length ?? 0);
      const unit = unitAfter(text, end, to);
      mentions.push({ ...base, kind: "percent", value: token, end: unit?.end ?? end, unit: unit?.unit });
      continue;
    }
    const link = SLASH.exec(rest) ?? OUT_OF.exec(rest);
    if (next && link && next.start === token.end + link[0].length && !next.words) {
      // "09/10/2024" is a date and "04/2015/NĐ-CP" a document number, not fractions.
      if (/^\s*\/|^[-–]\s*\p{L}/u.test(text.slice(next.end, to))) {
        i++;
        continue;
      }
      const unit = unitAfter(text, next.end, to);
      mentions.push({
        ...base,
        kind: "fraction",
        value: token,
        total: next,
        end: unit?.end ?? next.end,
        unit: unit?.unit,
      });
      i++;
      continue;
    }
    const unit = unitAfter(text, token.end, to);
    if (unit) {
      // "6.680hộ/29.023", "95 đơn/102 đơn": a count whose total follows the slash.
      const slash = SLASH.exec(text.slice(unit.end, to));
      const totalUnit = next && unitAfter(text, next.end, to);
      if (next && slash && next.start === unit.end + slash[0].length && (!totalUnit || totalUnit.unit === unit.unit)) {
        const end = totalUnit?.end ?? next.end;
        mentions.push({ ...base, kind: "fraction", value: token, total: next, end, unit: unit.unit });
        i++;
        continue;
      }
      mentions.push({ ...base, kind: "count", value: token, end: unit.end, unit: unit.unit });
      continue;
    }
    // A bare number: kept only when a cue stands right before it (decided by the rules).
    if (!token.words && !YEAR.test(token.raw) && !MEASURE_AFTER.test(rest))
      mentions.push({ ...base, kind: "count", value: token, end: token.end });
  }
  return mentions;
}

/** A footnote marker glued to a unit or a percent ("đơn12", "100%3"): part of the figure's span. */
const MARKER = /^\d{1,3}(?![\d/]|[.,]\d)/u;

function unitAfter(text: string, at: number, to: number): { unit: UnitClass; end: number } | undefined {
  const gap =
    BEFORE_UNIT.exec(text.slice(at, to))?.[0].length || (AFTER_BRACKET.exec(text.slice(at, to))?.[0].length ?? 0);
  const unit = unitAt(text, at + gap);
  if (!unit || unit.end > to) return undefined;
  return { unit: unit.unit, end: unit.end + (MARKER.exec(text.slice(unit.end, to))?.[0].length ?? 0) };
}
