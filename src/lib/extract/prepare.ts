/**
 * The text the rules read, and the way back to the original. Reports come decomposed (NFD,
 * from some PDF tools) or composed, with either tone placement ("hoà" / "hòa", "thuỷ" /
 * "thủy"), and with "i" or "y" in some words ("tỉ lệ" / "tỷ lệ"). Rules are written once, in composed new-style spelling; this module folds the text
 * to that form and keeps a map so that every quote is cut from the ORIGINAL text.
 */

export interface Prepared {
  /** The original text, unchanged. */
  original: string;
  /** NFC, tone placement folded to the new style; what rules match against. */
  text: string;
  /** Offset in `original` of an offset in `text`. */
  toOriginal: (offset: number) => number;
}

/** Old-style tone on the second vowel of a word-final "oa", "oe", "uy" → on the first. */
const OLD_TONES: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const OLD_TONE = /(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\p{L})/gu;

/** "i" for "y" in a few words reports spell both ways: "qui ước", "tỉ lệ", "xử lí", "đăng kí". */
const I_FOR_Y = /(?<!\p{L})(?:(qu)i|([kltm])([íìỉĩị]))(?!\p{L})/giu;
const Y_FOR_I: Record<string, string> = { í: "ý", ì: "ỳ", ỉ: "ỷ", ĩ: "ỹ", ị: "ỵ" };

function fold(text: string): string {
  return text
    .replace(OLD_TONE, (pair) => {
      const folded = OLD_TONES[pair.toLowerCase()];
      if (!folded) return pair;
      return pair[0] === pair[0]!.toUpperCase() ? folded[0]!.toUpperCase() + folded[1]! : folded;
    })
    .replace(I_FOR_Y, (whole, qu?: string, consonant?: string, vowel?: string) =>
      qu ? `${qu}${whole.endsWith("I") ? "Y" : "y"}` : `${consonant}${Y_FOR_I[vowel!.toLowerCase()] ?? vowel}`,
    );
}

export function prepare(original: string): Prepared {
  const nfc = original.normalize("NFC");
  if (nfc === original) return { original, text: fold(nfc), toOriginal: (offset) => offset };
  // Normalise cluster by cluster (a base character and its marks) to keep a position map.
  const map: number[] = [];
  let text = "";
  for (const cluster of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const composed = cluster[0].normalize("NFC");
    for (let i = 0; i < composed.length; i++) map.push(cluster.index);
    text += composed;
  }
  map.push(original.length);
  return { original, text: fold(text), toOriginal: (offset) => map[offset] ?? original.length };
}
