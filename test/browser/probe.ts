/**
 * What a reader sees on a built page, measured in Chromium: sideways scrolling, the smallest chart text as
 * rendered, and chart labels cut off by their chart.
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

/** For each visible chart SVG, its width as a share of its figure's. */
export function chartShares(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>("[data-chart] figure > svg")]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => svg.getBoundingClientRect().width / svg.parentElement!.getBoundingClientRect().width),
  );
}
