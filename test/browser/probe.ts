/**
 * What a reader sees on a built page, measured in Chromium: sideways scrolling, the smallest chart text as
 * rendered, chart labels cut off by their chart, and words of the other language outside elements marked with it.
 * Each function runs inside the page (page.evaluate), so it is self-contained.
 */
import type { Page } from "playwright-core";

export interface Layout {
  /** How far the page scrolls sideways, in CSS px (0 when it fits). */
  overflow: number;
  /** The widest element that sticks out of the viewport, for the failure message. */
  culprit: string;
  /** Smallest chart text as rendered (font size × the SVG's scale), in CSS px; null without charts. */
  smallestChartText: number | null;
  /** Chart texts whose box leaves their SVG. */
  clipped: string[];
}

export function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = Math.max(0, root.scrollWidth - root.clientWidth);
    let culprit = "";
    let widest = root.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const right = el.getBoundingClientRect().right;
      if (right > widest + 1 && el.closest("svg") === null) {
        widest = right;
        culprit = `${el.tagName.toLowerCase()}.${el.className} (${Math.round(right)} px)`;
      }
    }
    let smallest: number | null = null;
    const clipped: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("figure svg")) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(svg).display === "none") continue;
      for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
        if (text.textContent?.trim() === "") continue;
        const scale = text.getScreenCTM()?.a ?? 1;
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        smallest = smallest === null ? size : Math.min(smallest, size);
        const r = text.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
          clipped.push(text.textContent ?? "");
      }
    }
    return { overflow, culprit, smallestChartText: smallest, clipped };
  });
}

/** Common English words that no Vietnamese sentence uses (none is also a Vietnamese word without its marks). */
export const ENGLISH_WORDS = [
  "the",
  "and",
  "of",
  "is",
  "are",
  "with",
  "for",
  "from",
  "this",
  "that",
  "not",
  "was",
  "were",
  "which",
  "has",
  "have",
  "been",
  "or",
  "by",
  "than",
  "per",
  "report",
  "reports",
  "percent",
  "households",
  "petitions",
  "district",
  "districts",
  "commune",
  "communes",
  "cases",
  "records",
  "ready",
  "loading",
  "total",
  "level",
  "only",
  "download",
];

/** Letters only Vietnamese uses among the site's two languages. */
export const VIETNAMESE_LETTERS = "ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ";

/** Words of the other language in the visible text outside elements marked with a `lang`. */
export function foreignWords(page: Page, pageLang: "vi" | "en"): Promise<string[]> {
  return page.evaluate(
    ({ pageLang, english, letters }) => {
      const englishSet = new Set(english);
      const vietnamese = new RegExp(`[${letters}]`, "iu");
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, code, pre, textarea, template, noscript")) continue;
        if (parent.closest("[lang]")?.getAttribute("lang")?.split("-")[0] !== pageLang) continue;
        const rects = parent.getClientRects();
        if (rects.length === 0 || getComputedStyle(parent).visibility === "hidden") continue;
        for (const word of (node.textContent ?? "").split(/[^\p{L}]+/u)) {
          // Acronyms (SQL, CSV, CC BY) are names, not prose.
          if (word === "" || (word.length > 1 && word === word.toUpperCase())) continue;
          const foreign = pageLang === "vi" ? englishSet.has(word.toLowerCase()) : vietnamese.test(word);
          if (foreign) found.push(`${word} («${(node.textContent ?? "").trim().slice(0, 60)}»)`);
        }
      }
      return found;
    },
    { pageLang, english: ENGLISH_WORDS, letters: VIETNAMESE_LETTERS },
  );
}
