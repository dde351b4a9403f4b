/**
 * Numbers written as words, as reports and newspapers do for small counts ("hai cuộc đối
 * thoại", "mười lăm vụ việc", "một trăm linh năm hồ sơ") and in "02 (hai)" doublets.
 */

const DIGITS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const SCALES: Record<string, number> = { nghìn: 1000, ngàn: 1000, triệu: 1_000_000 };
/** "mốt", "tư", "lăm" only follow a tens word. */
const AFTER_TENS_ONLY = new Set(["mốt", "tư", "lăm", "nhăm"]);
/** Words that are a number on their own; a lone "năm" is far more often "year" than "five". */
const ALONE = new Set(["một", "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười"]);

/** One run of number words ("hai mươi lăm"), as a regex source; callers anchor it. */
export const NUMBER_WORDS = String.raw`(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu)(?:[ \t]+|(?!\p{L})))+`;

/** The value of a run of number words, or undefined when it is not a well-formed number. */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().trim().split(/\s+/u);
  if (words.length === 1 && !ALONE.has(words[0]!)) return undefined;
  let total = 0;
  let group = 0;
  let pending: number | undefined;
  let previous = "";
  for (const word of words) {
    if (word in DIGITS) {
      if (pending !== undefined) return undefined;
      if (AFTER_TENS_ONLY.has(word) && previous !== "mươi" && previous !== "mười") return undefined;
      pending = DIGITS[word]!;
    } else if (word === "mười") {
      if (pending !== undefined) return undefined;
      group += 10;
    } else if (word === "mươi") {
      if (pending === undefined || pending < 2) return undefined;
      group += pending * 10;
      pending = undefined;
    } else if (word === "trăm") {
      group += (pending ?? 1) * 100;
      pending = undefined;
    } else if (word === "linh" || word === "lẻ") {
      if (previous !== "trăm") return undefined;
    } else if (word in SCALES) {
      total += (group + (pending ?? 0) || 1) * SCALES[word]!;
      group = 0;
      pending = undefined;
    } else return undefined;
    previous = word;
  }
  return total + group + (pending ?? 0);
}
