/**
 * Vietnamese typed in the 8-bit font encodings that predate Unicode: TCVN3 (ABC, fonts like
 * .VnTime) and VNI (VNI-Times). A Word file or PDF set in such a font stores Latin-1
 * characters ("B¸o c¸o", "Baùo caùo") that the font draws as Vietnamese ("Báo cáo"). Documents
 * often mix legacy and Unicode paragraphs, so each paragraph is judged on its own: only one
 * with legacy marks and no Unicode-only Vietnamese letter is converted.
 */

export type LegacyEncoding = "tcvn3" | "vni";

export interface LegacyResult {
  text: string;
  encoding?: LegacyEncoding;
  /** Paragraphs converted. */
  paragraphs: number;
}

/** Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ạ…, combining marks): such a paragraph is not legacy. */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

const VOWEL_TONES = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ";
/** TCVN3 bytes in the same order as VOWEL_TONES (base letter, grave, acute, hook, tilde, dot). */
const TCVN3_VOWELS = "aµ¸¶·¹ ¨»¾¼½Æ ©ÇÊÈÉË eÌÐÎÏÑ ªÒÕÓÔÖ i×ÝØÜÞ oßãáâä «åèæçé ¬êíëìî uïóñòô \u00adõøö÷ù yúýûüþ";

const TCVN3_TABLE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>();
  const unicode = [...VOWEL_TONES.replaceAll(" ", "")];
  [...TCVN3_VOWELS.replaceAll(" ", "")].forEach((legacy, i) => {
    if (legacy !== unicode[i]) table.set(legacy, unicode[i]!);
  });
  for (const [legacy, letter] of ["®đ", "¡Ă", "¢Â", "£Ê", "¤Ô", "¥Ơ", "¦Ư", "§Đ"]) table.set(legacy!, letter!);
  return table;
})();

/** Characters only TCVN3 uses inside words (Latin-1 symbols that it turns into letters). */
const TCVN3_MARK = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]/u;
/** Characters of VNI's marks that Vietnamese never writes (ø, û, ï…) after a letter; "ñ" is đ. */
const VNI_MARK = /(?<=\p{L})[øûïåäëüæîöØÛÏÅÄËÜÆÎÖ]|[ñÑ](?=\p{L})/u;

const COMBINING = { grave: "\u0300", acute: "\u0301", hook: "\u0309", tilde: "\u0303", dot: "\u0323" };
/** VNI: a tone after any vowel. */
const VNI_TONES: Record<string, string> = {
  ø: COMBINING.grave,
  ù: COMBINING.acute,
  û: COMBINING.hook,
  õ: COMBINING.tilde,
  ï: COMBINING.dot,
};
/** VNI: circumflex (alone or with a tone) after a, e, o. */
const VNI_CIRCUMFLEX: Record<string, string> = {
  â: "",
  à: COMBINING.grave,
  á: COMBINING.acute,
  å: COMBINING.hook,
  ã: COMBINING.tilde,
  ä: COMBINING.dot,
};
/** VNI: breve (alone or with a tone) after a. */
const VNI_BREVE: Record<string, string> = {
  ê: "",
  è: COMBINING.grave,
  é: COMBINING.acute,
  ú: COMBINING.hook,
  ü: COMBINING.tilde,
  ë: COMBINING.dot,
};
/** VNI letters that stand alone: ơ, ư, đ and the i and y with tones. */
const VNI_SINGLE: Record<string, string> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  ì: "ì",
  í: "í",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

const lower = (c: string) => c.toLowerCase();
const withCase = (letter: string, model: string) => (model === lower(model) ? letter : letter.toUpperCase());

function convertVni(paragraph: string): string {
  let out = "";
  const chars = [...paragraph];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const single = VNI_SINGLE[lower(c)];
    const base = single ? withCase(single, c) : c;
    const next = chars[i + 1];
    const mark = next === undefined ? undefined : lower(next);
    const vowel = /^[aeiouyơư]$/.test(lower(base));
    if (mark !== undefined && /^[aeo]$/.test(lower(base)) && mark in VNI_CIRCUMFLEX) {
      out += (base + "\u0302" + VNI_CIRCUMFLEX[mark]).normalize("NFC");
      i++;
    } else if (mark !== undefined && lower(base) === "a" && mark in VNI_BREVE) {
      out += (base + "\u0306" + VNI_BREVE[mark]).normalize("NFC");
      i++;
    } else if (mark !== undefined && vowel && mark in VNI_TONES) {
      out += (base + VNI_TONES[mark]).normalize("NFC");
      i++;
    } else out += base;
  }
  return out;
}

/** Headings set in the capitals font (.VnTimeH) use the same bytes as lower case: "B¸O C¸O" is "BÁO CÁO". */
function capitaliseShouting(converted: string): string {
  return converted.replace(/\p{L}+/gu, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, "");
    return ascii.length >= 2 && ascii === ascii.toUpperCase() ? word.toUpperCase() : word;
  });
}

function convertTcvn3(paragraph: string): string {
  return capitaliseShouting([...paragraph].map((c) => TCVN3_TABLE.get(c) ?? c).join(""));
}

/** A word, legacy marks included (TCVN3's are symbols, not letters). */
const WORD = /[\p{L}\u00a1-\u00be]+/gu;

/** Words with a mark of the encoding, and their share of the words. */
function marked(text: string, mark: RegExp): { words: number; share: number } {
  const words = (text.match(WORD) ?? []).filter((word) => /\p{L}/u.test(word));
  const withMark = words.filter((word) => mark.test(word)).length;
  return { words: withMark, share: withMark / Math.max(1, words.length) };
}

/** Which legacy encoding the text is in, if any, judged on its paragraphs without Unicode letters. */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  const sample = text
    .split("\n")
    .filter((paragraph) => !UNICODE_VIETNAMESE.test(paragraph))
    .join("\n");
  // Vietnamese marks most words; a stray "©" or "ö" in an English name is not an encoding.
  const enough = ({ words, share }: { words: number; share: number }) => words >= 3 && share >= 0.1;
  // VNI uses no character below U+00C0, so TCVN3's marks decide first.
  if (enough(marked(sample, TCVN3_MARK))) return "tcvn3";
  if (enough(marked(sample, VNI_MARK))) return "vni";
  return undefined;
}

/** Converts the legacy paragraphs of a text to Unicode NFC; Unicode paragraphs are left as they are. */
export function convertLegacy(text: string): LegacyResult {
  const encoding = detectLegacy(text);
  if (!encoding) return { text, paragraphs: 0 };
  const mark = encoding === "tcvn3" ? TCVN3_MARK : VNI_MARK;
  let paragraphs = 0;
  const converted = text
    .split("\n")
    .map((paragraph) => {
      if (UNICODE_VIETNAMESE.test(paragraph) || !mark.test(paragraph)) return paragraph;
      paragraphs++;
      return (encoding === "tcvn3" ? convertTcvn3(paragraph) : convertVni(paragraph)).normalize("NFC");
    })
    .join("\n");
  return { text: converted, encoding, paragraphs };
}

/** For tests and fixtures: Unicode Vietnamese written as TCVN3 would store it. */
export function toTcvn3(text: string): string {
  const reverse = new Map([...TCVN3_TABLE].map(([legacy, letter]) => [letter, legacy]));
  return [...text.normalize("NFC")].map((c) => reverse.get(c) ?? reverse.get(lower(c)) ?? c).join("");
}
