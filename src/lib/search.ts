/** Search as an official types on a phone: without tone marks, in any case ("bac son" finds "Huyện Bắc Sơn"). */

/** Lower case, tone and vowel marks removed, đ as d. */
export const foldDiacritics = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();

/** True when every word of the query is found in the text, marks and case aside. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldDiacritics(text);
  return foldDiacritics(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
