/**
 * The year a figure is about, when its clause names one that differs from the report's:
 * "(năm 2022 là 5.872 đơn)", "Riêng năm 2022, thụ lý 1.962 vụ việc". A year the figure is
 * compared with ("so với năm 2022"), a start or an end ("từ năm 2019", "đến năm 2025") is not
 * its period, nor a year after the report's period (a plan). A year right after a figure
 * ("17 cơ sở năm 2019 và nhân rộng 34 cơ sở năm 2020") is that figure's, and only its.
 */
import type { Span } from "./segment.ts";
import { blankBrackets } from "./window.ts";

const YEAR_NAMED =
  /(?<!(?:so với|từ|đến|tới|cùng kỳ|kế hoạch|chỉ tiêu)\s*(?:cùng kỳ\s*)?)(?<!\p{L})năm\s+((?:19|20)\d\d)(?![\d/\-–])/giu;
/** A figure and the year that follows it. */
const FIGURE_YEAR = /\d(?:[\d.,]*\d)?\s*(?:\p{L}+\s+){1,3}?năm\s+(?:19|20)\d\d/gu;
const YEAR_AFTER = /^\s*năm\s+((?:19|20)\d\d)(?![\d/\-–])/iu;
const SPAN = /^((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?$/u;

/** The period of the figure `figure` in `sentence`: a year its clause names within `period`, or `period`. */
export function periodAt(text: string, sentence: Span, figure: Span, period: string): string {
  const bounds = SPAN.exec(period.trim());
  if (!bounds) return period;
  const first = Number(bounds[1]);
  const last = Number(bounds[2] ?? bounds[1]);
  const at = figure.start;
  const opening = text.lastIndexOf("(", at);
  const inBracket = opening >= sentence.start && text.indexOf(")", opening) >= at;
  const start = Math.max(sentence.start, text.lastIndexOf(";", at - 1) + 1, inBracket ? opening + 1 : 0);
  const clause = blankBrackets(text.slice(start, at)).replace(FIGURE_YEAR, (taken) => " ".repeat(taken.length));
  const year =
    YEAR_AFTER.exec(text.slice(figure.end, sentence.end))?.[1] ?? [...clause.matchAll(YEAR_NAMED)].at(-1)?.[1];
  if (!year || Number(year) > last || (bounds[2] && Number(year) < first)) return period;
  return year;
}
