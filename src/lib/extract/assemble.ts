/**
 * Turns classified figures into proposed rows. A count is the figure itself. A ratio takes
 * its numerator and denominator from a fraction ("59/67 đơn"), or its numerator from a count
 * and its denominator from a figure of a denominator role: the total stated right after it
 * ("42 đơn trên tổng số 45 đơn"), the nearest one before it in the sentence ("tiếp nhận 40
 * đơn, đã giải quyết 36 đơn"), or one in the previous sentence of the paragraph. A percent
 * joined to it ("đạt 90%", "(88%)", "chiếm tỷ lệ 5,27%") is the report's own percent; a
 * percent with a role of its own and nothing to join is a ratio given as a percent only.
 */
import { percentAgrees } from "../validate.ts";
import type { Classified, ClassifiedSentence } from "./classify.ts";
import type { Mention, NumberToken } from "./mentions.ts";
import type { Output } from "./rules.ts";
import type { Sentence, Span } from "./segment.ts";
import { blankBrackets } from "./window.ts";

export interface Proposal {
  indicator: string;
  scope: string;
  /** Counts: `value`. Ratios: any of numerator, denominator, percent. */
  value?: NumberToken;
  numerator?: NumberToken;
  denominator?: NumberToken;
  percent?: NumberToken;
  /** Figures and cues the quote must cover. */
  pieces: Span[];
  /** The sentence of the main figure, and the first sentence the quote may start in. */
  sentence: Sentence;
  firstSentence: Sentence;
  rule: string;
  confidence: number;
}

/** What may stand between a figure and the percent that belongs to it. */
const PERCENT_LINK =
  /^(?:[^;\d]{0,100}?(?:\(|đạt|chiếm|bằng|là|=|tương đương|tỷ lệ)\s*(?:\*\s*)?)?(?:tỷ lệ\s*)?(?:là\s*|đạt\s*)?$/iu;
/** "…; tỷ lệ: 93%": the percent as the next item of a list. */
const PERCENT_ITEM = /^\s*[;,]\s*(?:tỷ lệ|đạt)[^;\d]{0,40}?[:\s]*$/iu;
/** Dates and years between a figure and its percent ("… năm 2023, đạt 91,2%") are not figures. */
const DATES = /(?:năm|tháng|ngày)\s*\d{1,4}(?:\/\d{1,4}){0,2}|(?<!\d)(?:19|20)\d\d(?!\d)/giu;
/** "bằng 96,57% số hộ đăng ký và 90,4% tổng số hộ": a percent of the registrations is not the figure's. */
const OF_REGISTERED_AFTER = /^\s*(?:của\s*|so với\s*)?(?:tổng\s*)?số\s*(?:\p{L}+\s*){0,3}?đăng ký/iu;
const OF_REGISTERED =
  /\d+(?:[.,]\d+)?\s?%\s*(?:của\s*|so với\s*)?(?:tổng\s*)?số\s*(?:\p{L}+\s*){0,3}?đăng ký\s*(?:và|,)?/giu;
/** "đạt 95% (190/200 hồ sơ)": the percent stated first. */
const PERCENT_BEFORE = /^\s*[(:]\s*$/u;

const spanOf = (mention: Mention): Span => ({ start: mention.start, end: mention.end });
const cueOf = (item: Classified): Span => ({ start: item.cueStart, end: item.cueEnd });

/** The percent joined to the figure at `index` (of the role of `own`), if any. */
function joinedPercent(text: string, current: ClassifiedSentence, index: number, own: Classified): number | undefined {
  const { mentions, classified } = current;
  const mention = mentions[index]!;
  const joinable = (j: number) => {
    const theirs = classified[j];
    const productive = theirs?.family.outputs.some((output) => output.role === theirs.role);
    return !theirs || !productive || (theirs.family === own.family && theirs.role === own.role);
  };
  for (let j = index + 1; j < mentions.length; j++) {
    const other = mentions[j]!;
    if (other.kind === "percent") {
      const gap = blankBrackets(text.slice(mention.end, other.start)).replace(DATES, "").replace(OF_REGISTERED, "");
      if (OF_REGISTERED_AFTER.test(text.slice(other.end, mentions[j + 1]?.start ?? current.sentence.end))) continue;
      return joinable(j) && (PERCENT_LINK.test(gap) || PERCENT_ITEM.test(gap)) ? j : undefined;
    }
    if (other.depth <= mention.depth) return undefined;
  }
  const previous = mentions[index - 1];
  if (
    previous?.kind === "percent" &&
    joinable(index - 1) &&
    PERCENT_BEFORE.test(text.slice(previous.end, mention.start))
  )
    return index - 1;
  return undefined;
}

interface Found {
  mention: Mention;
  /** The denominator's own cue, when it has one. */
  cue?: Span;
  index: number;
  sentence: Sentence;
}

/** "có 14 thôn, trong đó 12 thôn đạt …": the part is taken from the figure just before it. */
const PART_OF = /trong (?:đó|số đó)/iu;

/** The figure giving a ratio's denominator: stated right after, before, or in the previous sentence. */
function denominatorOf(
  current: ClassifiedSentence,
  index: number,
  roles: string[],
  previous: ClassifiedSentence | undefined,
): Found | undefined {
  const own = current.classified[index]!;
  const usable = (item: Classified | undefined): item is Classified =>
    item !== undefined && item.family === own.family && item.mention.kind === "count" && item.scope === own.scope;
  const found = (item: Classified, at: number, sentence: Sentence): Found => ({
    mention: item.mention,
    cue: cueOf(item),
    index: at,
    sentence,
  });
  const next = current.classified[index + 1];
  if (roles.includes("total") && usable(next) && next.role === "total" && next.evidence === "before")
    return found(next, index + 1, current.sentence);
  const search = (within: ClassifiedSentence, from: number): Found | undefined => {
    for (const role of roles) {
      for (let j = from; j >= 0; j--) {
        const item = within.classified[j];
        if (usable(item) && item.role === role) return found(item, j, within.sentence);
      }
    }
    return undefined;
  };
  const whole = current.mentions[index - 1];
  if (
    whole?.kind === "count" &&
    whole.unit === own.mention.unit &&
    whole.depth === own.mention.depth &&
    PART_OF.test(own.before)
  )
    return { mention: whole, index: index - 1, sentence: current.sentence };
  const before = search(current, index - 1);
  if (before || !previous || previous.sentence.block !== current.sentence.block) return before;
  return search(previous, previous.classified.length - 1);
}

/** The report's percent as the validator reads its decimals ("35,6" → "35.6"). */
const agrees = (part: NumberToken, whole: NumberToken, percent: NumberToken) =>
  whole.value !== 0 && percentAgrees(part.value, whole.value, percent.value, percent.raw.replace(",", "."));

/**
 * A denominator the report's percent confirms: a count of a denominator role, of the same
 * family and level, before the figure in its sentence or in the paragraph's earlier sentences.
 */
function confirmedDenominator(
  current: ClassifiedSentence,
  index: number,
  roles: string[],
  earlier: readonly ClassifiedSentence[],
  percent: NumberToken,
): Found | undefined {
  const own = current.classified[index]!;
  for (const within of [current, ...earlier]) {
    const last = within === current ? index - 1 : within.classified.length - 1;
    for (let j = last; j >= 0; j--) {
      const item = within.classified[j];
      if (!item || item.family !== own.family || item.mention.kind !== "count" || item.scope !== own.scope) continue;
      if (roles.includes(item.role) && agrees(own.mention.value, item.mention.value, percent))
        return { mention: item.mention, cue: cueOf(item), index: j, sentence: within.sentence };
    }
  }
  return undefined;
}

function baseConfidence(item: Classified): number {
  let confidence = item.evidence === "after" ? 0.8 : item.evidence === "before" ? 0.75 : 0.7;
  const mention = item.mention;
  if (mention.value.words) confidence -= 0.15;
  if (!mention.unit && mention.kind !== "percent") confidence -= 0.1;
  if (item.evidence === "before" && mention.start - item.cueEnd > 60) confidence -= 0.1;
  return confidence;
}

function countProposal(output: Output, item: Classified, sentence: Sentence): Proposal | undefined {
  if (item.mention.kind === "percent") return undefined;
  return {
    indicator: output.indicator,
    scope: item.scope,
    value: item.mention.value,
    pieces: [spanOf(item.mention), cueOf(item)],
    sentence,
    firstSentence: sentence,
    rule: `${item.family.id}.${item.role}`,
    confidence: baseConfidence(item),
  };
}

function ratioProposal(
  text: string,
  output: Output,
  current: ClassifiedSentence,
  index: number,
  previous: ClassifiedSentence | undefined,
  joined: Set<number>,
  earlier: readonly ClassifiedSentence[],
): Proposal | undefined {
  const item = current.classified[index]!;
  const mention = item.mention;
  const proposal: Proposal = {
    indicator: output.indicator,
    scope: item.scope,
    pieces: [spanOf(mention), cueOf(item)],
    sentence: current.sentence,
    firstSentence: current.sentence,
    rule: `${item.family.id}.${item.role}`,
    confidence: baseConfidence(item),
  };
  if (mention.kind === "percent") {
    if (joined.has(index)) return undefined;
    return { ...proposal, percent: mention.value };
  }
  const withPercent = (from: number) => {
    const at = joinedPercent(text, current, from, item);
    if (at === undefined) return;
    joined.add(at);
    proposal.percent = current.mentions[at]!.value;
    proposal.pieces.push(spanOf(current.mentions[at]!));
  };
  // "trước hạn 1.200, đúng hạn 300": the on-time figure alone is only part of the indicator.
  if (output.partWhen !== undefined && current.classified.some((other) => other?.role === output.partWhen)) {
    withPercent(index);
    return proposal.percent ? proposal : undefined;
  }
  proposal.numerator = mention.value;
  if (mention.kind === "fraction") {
    proposal.denominator = mention.total;
    proposal.confidence += 0.1;
    withPercent(index);
    return proposal;
  }
  let found = output.denominators ? denominatorOf(current, index, output.denominators, previous) : undefined;
  // The percent follows the last figure of the ratio ("42 đơn trên tổng số 45 đơn, đạt 93,3%").
  withPercent(found && found.sentence === current.sentence && found.index > index ? found.index : index);
  const percent = proposal.percent;
  // A rounded count cannot contradict the report's percent: the percent has another base.
  const rounded = mention.value.approximate || found?.mention.value.approximate;
  if (found && percent && rounded && !agrees(mention.value, found.mention.value, percent)) found = undefined;
  // "Có 1.406 hồ sơ trực tuyến, đạt 35,6%": a total stated earlier in the paragraph that the percent confirms.
  if (!found && percent && output.denominators)
    found = confirmedDenominator(current, index, output.denominators, earlier, percent);
  if (found) {
    proposal.denominator = found.mention.value;
    proposal.pieces.push(spanOf(found.mention), ...(found.cue ? [found.cue] : []));
    proposal.firstSentence = found.sentence;
    proposal.confidence += found.sentence === current.sentence ? 0.05 : -0.1;
  }
  if (!found && !proposal.percent) {
    // A lone count whose role is an indicator of its own ("hòa giải thành 18 vụ") is that count, not a ratio.
    if (item.family.outputs.some((other) => other !== output && other.role === output.role && !other.denominators))
      return undefined;
    proposal.confidence -= 0.25;
  }
  return proposal;
}

/**
 * Rows proposed from one sentence; `previous` is the sentence before it, for totals stated
 * there, and `earlier` the paragraph's sentences before this one, nearest first.
 */
export function assemble(
  text: string,
  current: ClassifiedSentence,
  previous: ClassifiedSentence | undefined,
  kinds: ReadonlyMap<string, string>,
  earlier: readonly ClassifiedSentence[] = previous ? [previous] : [],
): Proposal[] {
  const proposals: Proposal[] = [];
  const joined = new Set<number>();
  // Figures before percents, so that a percent joined to a figure is not proposed twice.
  const order = current.mentions
    .map((mention, index) => ({ mention, index }))
    .sort((a, b) => Number(a.mention.kind === "percent") - Number(b.mention.kind === "percent"));
  for (const { index } of order) {
    const item = current.classified[index];
    if (!item) continue;
    for (const output of item.family.outputs) {
      if (output.role !== item.role) continue;
      const ratio = (kinds.get(output.indicator) ?? (output.denominators ? "ratio" : "count")) === "ratio";
      const proposal = ratio
        ? ratioProposal(text, output, current, index, previous, joined, earlier)
        : countProposal(output, item, current.sentence);
      if (proposal) proposals.push(proposal);
      const total = item.mention.total;
      if (proposal && output.totalIs && total)
        proposals.push({
          ...proposal,
          indicator: output.totalIs,
          value: total,
          numerator: undefined,
          denominator: undefined,
          percent: undefined,
        });
    }
  }
  return proposals;
}
