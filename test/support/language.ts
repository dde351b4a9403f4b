/**
 * Finds prose of the other language on a page: English function words on a Vietnamese page,
 * Vietnamese function words on an English one, outside elements marked with that language
 * (lang="en" / lang="vi"). Function words, not names: "Huyện Bắc Sơn" on an English page is a
 * name, "của" or "được" is a sentence. Codes are not prose: ids and slugs (with "-" or digits),
 * acronyms in capitals ("CC BY", "OCOP"), code, charts' SVG (their table says the same in HTML).
 */

/** English words that are not also Vietnamese syllables ("an", "can", "in", "to" are). */
const ENGLISH = new Set(
  (
    "the of and is are for with from this that not only has have was were which each every their its or on at as " +
    "will been than more these those there where when what who how into per also but all any other over under " +
    "about after before between by shows show here see none no yes"
  ).split(" "),
);

/**
 * Vietnamese words that carry a sentence; names of places and bodies seldom use them ("Từ Liêm",
 * "Thủ Dầu Một", "Đơn Dương", "Báo Quảng Nam" do, so từ, một, đơn and báo are left out).
 */
const VIETNAMESE = new Set(
  (
    "của và được các những trong cho với là đã có không này theo đến năm số liệu cáo vị tỷ lệ " +
    "hoặc nhưng khi nếu thì đây đó tại trên dưới giữa chỉ cũng vẫn chưa sẽ đang"
  ).split(" "),
);

/** Attributes a visitor reads or hears. */
const READ_ATTRIBUTES = ["title", "aria-label", "alt", "placeholder"];

const SKIPPED = new Set(["SCRIPT", "STYLE", "SVG", "svg", "CODE", "PRE", "TEXTAREA", "TEMPLATE", "NOSCRIPT"]);

export interface ForeignWord {
  word: string;
  /** The text around it, to find it on the page. */
  context: string;
}

/** Words of `text` that belong to the other language than `lang`. */
export function foreignWords(text: string, lang: "vi" | "en"): string[] {
  const list = lang === "vi" ? ENGLISH : VIETNAMESE;
  return text
    .split(/\s+/)
    .filter((token) => !/[-\d/@.]\p{L}|\p{L}[-\d/@]|\d/u.test(token))
    .flatMap((token) => token.split(/[^\p{L}]+/u))
    .filter((word) => word !== "" && word !== word.toUpperCase())
    .filter((word) => list.has(word.toLowerCase()));
}

/** Every foreign word in an element's text nodes, honouring the nearest lang attribute. */
export function foreignProse(root: Element, pageLang: "vi" | "en"): ForeignWord[] {
  const found: ForeignWord[] = [];
  const visit = (node: Node, lang: string) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && lang === pageLang) {
        const text = child.textContent ?? "";
        for (const word of foreignWords(text, pageLang)) found.push({ word, context: text.trim().slice(0, 120) });
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED.has(element.tagName) || element.hasAttribute("hidden")) continue;
        const own = element.getAttribute("lang") ?? lang;
        if (own === pageLang) {
          for (const name of READ_ATTRIBUTES) {
            const text = element.getAttribute(name) ?? "";
            for (const word of foreignWords(text, pageLang))
              found.push({ word, context: `[${name}] ${text.slice(0, 110)}` });
          }
        }
        visit(element, own);
      }
    }
  };
  visit(root, pageLang);
  return found;
}
