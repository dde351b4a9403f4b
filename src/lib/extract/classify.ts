/**
 * Gives each figure of a sentence a family and a role. The cue is looked for in the figure's
 * own stretch of text: after the previous figure (a figure ends the reach of the cues before
 * it) and within its clause, or right after its unit. A cue right after the unit wins over one
 * before the figure; among cues before it, the nearest, then the longest ("không thành" over
 * "thành"). A figure with no cue of its own that follows others with only "/", "," or "và"
 * between ("67 lượt/70 công dân", "97,5% và cấp xã đạt 90,68%") takes their cue. A figure in
 * brackets right after a figure of the same role is its breakdown, not another figure.
 */
import { LEVELS, TARGET, lastMatch, matchAll } from "./lexicon.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { FAMILIES, type Family, type Role } from "./rules.ts";
import type { Sentence } from "./segment.ts";
import { windowOf, type Window } from "./window.ts";

export interface Classified {
  mention: Mention;
  family: Family;
  role: string;
  evidence: "after" | "before" | "inherit";
  /** The cue's span, so that the quote can include it. */
  cueStart: number;
  cueEnd: number;
  scope: string;
  /** The text the before-cues were read from (inherited by a following figure). */
  before: string;
}

export interface ClassifiedSentence {
  sentence: Sentence;
  mentions: Mention[];
  /** One entry per mention; undefined when the figure is not about any indicator. */
  classified: (Classified | undefined)[];
}

/** What may stand between a cue and a figure written without a unit ("GĐVH 2799/2.942", "đúng hạn: 1.520"). */
const UNITLESS_GAP = /^[\s:=*"“”]*(?:(?:là|đạt|có|được|gồm)\s*)?[\s:]*$/iu;
/** …and after it: the figure ends its phrase. */
const UNITLESS_END = /^\s*(?:[,;.)(%=]|$|đạt|chiếm)/iu;
/** A percent's cue may stand a little further ("số hóa tại chỗ cấp huyện đạt tỷ lệ 97,5%"). */
const PERCENT_GAP = /^[^\d;]{0,40}$/u;
/** Between two figures of one list ("67 lượt/70 công dân", "97,5% và cấp xã đạt 90,68%"). */
const CONNECTIVE =
  /^[\s,/*]*(?:(?:với|và|cho|còn|trong đó\s*(?:có\s*)?(?=cấp))\s*)?(?:(?:ở|tại)\s*)?(?:cấp (?:xã|huyện|tỉnh)\s*)?(?:(?:đạt|là)\s*)?(?:tỷ lệ\s*)?$/iu;
const PERCENT_CHANGE = /(?:tăng|giảm|cao hơn|thấp hơn|vượt)\s*(?:thêm\s*)?(?:từ\s*)?$/iu;
/** "tăng 18 đơn", "giảm 9 vụ so với cùng kỳ": a change is not a level, whatever cue stands before it. */
const COUNT_CHANGE = /(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn)\s*(?:thêm\s*)?$/iu;
/** "giảm từ 5,2% xuống còn 3,8%": the figure a change starts from is not the result. */
const CHANGE_FROM = /(?:từ|so với)\s*\d+(?:[.,]\d+)?\s?%/giu;
/** Numbers in a percent's gap that are not figures: "mức độ 4", "năm 2024", "6 tháng". */
const NOT_FIGURES = /(?:mức độ|mức|cấp độ|năm|quý)\s*\d+|\d+\s*tháng/giu;
const PERCENT_OF_PLAN = /^\s*(?:so với|kế hoạch|KH|dự toán|chỉ tiêu|cùng kỳ)/iu;
/** How far back a level named earlier in the paragraph still applies. */
const LEVEL_REACH = 600;

interface Hit {
  family: Family;
  role: Role;
  evidence: "after" | "before";
  start: number;
  end: number;
}

function better(a: Hit | undefined, b: Hit): boolean {
  if (!a) return true;
  if (a.evidence !== b.evidence) return b.evidence === "after";
  if (b.evidence === "after") return false;
  return b.end > a.end || (b.end === a.end && b.start < a.start);
}

/** The level named last in `before` (the longest on a tie: "cấp huyện, cấp xã" over "cấp xã"). */
function lastLevel(before: string): string | undefined {
  let best: { start: number; end: number; scope: string } | undefined;
  for (const [pattern, scope] of LEVELS) {
    for (const match of matchAll(pattern, before)) {
      const end = match.index + match[0].length;
      if (!best || end > best.end || (end === best.end && match.index < best.start))
        best = { start: match.index, end, scope };
    }
  }
  return best?.scope;
}

/** "thuộc thẩm quyền của cấp xã": a level that owns the figure stated before it. */
const OWNED_BY = /(?:của|thuộc|tại|ở)\s*$/iu;

/** The level named first in `after` (when `owned`, right after "của", "thuộc"…); not "the whole unit". */
function firstLevel(after: string, owned = false): string | undefined {
  let best: { index: number; scope: string } | undefined;
  for (const [pattern, scope] of LEVELS) {
    if (scope === "total") continue;
    const match = matchAll(pattern, after).find((found) => !owned || OWNED_BY.test(after.slice(0, found.index)));
    if (match && (!best || match.index < best.index)) best = { index: match.index, scope };
  }
  return best?.scope;
}

/**
 * The level of a figure: named in its own phrase right after it ("52 đơn thuộc thẩm quyền của
 * cấp xã"), else the last named before it in its paragraph, else the first named after it in
 * its clause ("… đã nêu 23 ý kiến, được Chủ tịch UBND huyện trả lời"), else the whole unit.
 */
function scopeOf(text: string, blockStart: number, mention: Mention, window: Window): string {
  return (
    firstLevel(window.phrase, true) ??
    lastLevel(text.slice(Math.max(blockStart, mention.start - LEVEL_REACH), mention.start)) ??
    firstLevel(window.clause) ??
    "total"
  );
}

/**
 * Whether a percent may play this role: the numerator of a ratio, or a role that blocks
 * figures (breakdowns, registrations…); not a count or a denominator ("received", "households").
 */
const takesPercent = (family: Family, role: Role) =>
  family.outputs.some((output) => output.role === role.role && output.denominators) ||
  !family.outputs.some((output) => output.role === role.role || output.denominators?.includes(role.role));

function roleHit(family: Family, role: Role, mention: Mention, window: Window): Hit | undefined {
  const units = role.units ?? family.units;
  if (mention.unit && !units.includes(mention.unit)) return undefined;
  if (mention.kind === "percent" && !takesPercent(family, role)) return undefined;
  if (role.after) {
    const match = role.after.exec(role.afterReach === "clause" ? window.clause : window.phrase);
    if (match) return { family, role, evidence: "after", start: window.end, end: window.end + match[0].length };
  }
  if (!role.before) return undefined;
  const match = lastMatch(role.before, window.before);
  if (!match) return undefined;
  const start = window.start + match.index;
  const end = start + match[0].length;
  if (!mention.unit) {
    // A figure without its own unit must stand right after its cue.
    const gap = window.before.slice(end - window.start);
    if (mention.kind === "percent")
      return PERCENT_GAP.test(gap.replace(CHANGE_FROM, "").replace(NOT_FIGURES, ""))
        ? { family, role, evidence: "before", start, end }
        : undefined;
    if (!family.unitless || !UNITLESS_GAP.test(gap) || !UNITLESS_END.test(window.phrase)) return undefined;
  }
  return { family, role, evidence: "before", start, end };
}

function bestHit(families: Family[], mention: Mention, window: Window): Hit | undefined {
  const decoy =
    TARGET.test(window.clauseStart) ||
    (mention.kind === "percent" && (PERCENT_CHANGE.test(window.raw) || PERCENT_OF_PLAN.test(window.phrase)));
  if (decoy) return undefined;
  let best: Hit | undefined;
  for (const family of families) {
    if (family.exclude?.test(window.phrase) || family.exclude?.test(window.ownPhrase)) continue;
    if (family.excludeAfter?.test(window.phrase)) continue;
    for (const role of family.roles) {
      const hit = roleHit(family, role, mention, window);
      if (hit && better(best, hit)) best = hit;
    }
  }
  return best;
}

/**
 * The first figure of the list the figure at `i` ends ("67 lượt/70 công dân", "12 buổi với 45
 * lượt công dân"): the figures before it with only connectives between.
 */
function listStart(mentions: Mention[], windows: Window[], i: number): number {
  let start = i;
  while (
    start > 0 &&
    mentions[start - 1]!.depth === mentions[i]!.depth &&
    CONNECTIVE.test(windows[start]!.raw.replace(/^.*\)/su, ""))
  )
    start--;
  return start;
}

/** The role a figure takes from the cue of an earlier classified figure of its list, by its own unit. */
function inherited(
  mentions: Mention[],
  windows: Window[],
  classified: (Classified | undefined)[],
  i: number,
): Classified | undefined {
  const mention = mentions[i]!;
  // "đạt 45% (900/2.000 hồ sơ)": the counts behind a percent share its role.
  const before = classified[i - 1];
  const bracketed = mention.depth === (before?.mention.depth ?? -2) + 1 && windows[i]!.raw.trim() === "";
  if (mention.kind === "fraction" && before?.mention.kind === "percent" && bracketed)
    return { ...before, mention, evidence: "inherit" };
  const previous = classified.slice(listStart(mentions, windows, i), i).findLast(Boolean);
  if (!previous) return undefined;
  let best: { role: string; end: number; start: number } | undefined;
  for (const role of previous.family.roles) {
    const units = role.units ?? previous.family.units;
    if (!role.before || (mention.unit ? !units.includes(mention.unit) : mention.kind !== "percent")) continue;
    const match = lastMatch(role.before, previous.before);
    const end = match ? match.index + match[0].length : -1;
    // The nearest cue, then the longest ("đủ điều kiện xử lý" over "xử lý").
    if (match && (!best || end > best.end || (end === best.end && match.index < best.start)))
      best = { role: role.role, end, start: match.index };
  }
  return best && { ...previous, mention, role: best.role, evidence: "inherit" };
}

/** "(năm 2022 là 5.872 đơn)": the same figure for an earlier period, not a part of it. */
const EARLIER_PERIOD = /^\(\s*(?:cùng kỳ\s*)?(?:\d+\s*tháng\s*(?:đầu\s*)?)?năm\s+(?:19|20)\d\d/iu;
const bracketOf = (text: string, mention: Mention) => text.slice(text.lastIndexOf("(", mention.start), mention.start);

/** Introduces the parts of the figure just stated. */
const PARTS = /(?<!\p{L})(?:gồm|bao gồm|trong đó|cụ thể)(?!\p{L})/iu;
const PARTS_FIRST = /^[\s,:;*-]*(?:gồm|bao gồm|trong đó|cụ thể)(?!\p{L})/iu;

/**
 * The parts of a figure are not figures of their own: those in brackets right after it
 * ("10 cuộc (trong đó … 9 buổi …)") and those it introduces, to the end of its clause ("512 mô
 * hình, trong đó kinh tế 197 mô hình, văn hóa 206 mô hình"), also from the sentence before
 * ("… 96 lượt. Trong đó, tiếp định kỳ 58 lượt"). Parts by level ("trong đó cấp huyện 3.826 hồ
 * sơ, cấp xã …", "trong đó, tiếp 18 lượt …; cấp xã tiếp 49 lượt") are figures of their levels.
 */
function dropBreakdowns(
  text: string,
  mentions: Mention[],
  windows: Window[],
  classified: (Classified | undefined)[],
  carried: Classified | undefined,
): void {
  let listParent: Classified | undefined;
  let listFrom = 0;
  const bracketParts: number[] = [];
  const listParts: number[] = [];
  let byLevel = false;
  mentions.forEach((mention, i) => {
    const own = classified[i];
    const opening = text.lastIndexOf("(", mention.start);
    const inBracket =
      mention.depth > 0
        ? mentions.slice(0, i).findLast((other) => other.depth < mention.depth && other.end <= opening)
        : undefined;
    if (mention.depth === 0) {
      const before = mentions.slice(0, i).findLast((other) => other.depth === 0);
      const parts = PARTS.test(windows[i]!.before) || (i === 0 && PARTS_FIRST.test(windows[i]!.before));
      if (parts) [listParent, listFrom] = [before ? classified[mentions.indexOf(before)] : carried, mention.start];
    }
    if (!own) return;
    const theirs = inBracket ? classified[mentions.indexOf(inBracket)] : mention.depth === 0 ? listParent : undefined;
    // "đạt 45% (900/2.000 hồ sơ)": the counts behind a percent are not a breakdown of it.
    if (inBracket?.kind === "percent" && mention.kind === "fraction") return;
    if (inBracket && EARLIER_PERIOD.test(bracketOf(text, mention))) return;
    if (!theirs || theirs === own || theirs.family !== own.family) return;
    // A list of parts ends with its clause; a part of another level anywhere in the sentence makes it a list by level.
    if (!inBracket && theirs.scope !== own.scope) byLevel = true;
    else if (theirs.role !== own.role || theirs.scope !== own.scope) return;
    else if (inBracket) bracketParts.push(i);
    else if (!text.slice(listFrom, mention.start).includes(";")) listParts.push(i);
  });
  for (const i of [...bracketParts, ...(byLevel ? [] : listParts)]) classified[i] = undefined;
}

/**
 * Classifies the figures of `sentence`. `previous` is the sentence before it (its topic may
 * carry over), `blockStart` where its paragraph starts (a level named there still applies),
 * `listed` the last figure of the sentence before in the paragraph (a sentence may list its parts).
 */
export function classifySentence(
  text: string,
  sentence: Sentence,
  previous?: Sentence,
  blockStart = sentence.start,
  listed?: Classified,
): ClassifiedSentence {
  const mentions = findMentions(text, sentence.start, sentence.end);
  const own = text.slice(sentence.start, sentence.end);
  const carried = previous && previous.block === sentence.block ? text.slice(previous.start, previous.end) : "";
  const families = FAMILIES.filter(
    (family) => !family.topic || family.topic.test(own) || (family.topicFromPrevious && family.topic.test(carried)),
  );
  const windows = mentions.map((_, i) => windowOf(text, sentence, mentions, i));
  const classified: (Classified | undefined)[] = [];
  const fromHit = (mention: Mention, hit: Hit, window: Window, evidence: Classified["evidence"]): Classified => ({
    mention,
    family: hit.family,
    role: hit.role.role,
    evidence,
    cueStart: hit.start,
    cueEnd: hit.end,
    scope: hit.family.levels ? scopeOf(text, blockStart, mention, window) : "total",
    before: window.before,
  });
  mentions.forEach((mention, i) => {
    const window = windows[i]!;
    if (mention.kind !== "percent" && COUNT_CHANGE.test(window.raw)) return classified.push(undefined);
    const hit = bestHit(families, mention, window);
    if (hit) return classified.push(fromHit(mention, hit, window, hit.evidence));
    const taken = inherited(mentions, windows, classified, i);
    if (taken) {
      if (taken.family.levels) taken.scope = scopeOf(text, blockStart, mention, window);
      return classified.push(taken);
    }
    // "tiếp nhận 6.599 đơn, tăng 727 đơn so với năm 2022 (năm 2022 là 5.872 đơn)": the figure compared with.
    if (mention.depth > 0 && EARLIER_PERIOD.test(bracketOf(text, mention))) {
      const opening = text.lastIndexOf("(", mention.start);
      const compared = classified.findLast(
        (item) => item && item.mention.depth === 0 && item.mention.end <= opening && item.mention.unit === mention.unit,
      );
      if (compared) return classified.push({ ...compared, mention, evidence: "inherit" });
    }
    // Without a cue of its own or a classified figure before it, a figure may take the cue
    // standing before the list it ends ("tiếp … được 12 buổi với 45 lượt công dân").
    const head = windows[listStart(mentions, windows, i)]!;
    const listed =
      head !== window ? bestHit(families, mention, { ...window, before: head.before, start: head.start }) : undefined;
    classified.push(listed && fromHit(mention, listed, head, "inherit"));
  });
  dropBreakdowns(text, mentions, windows, classified, listed);
  return { sentence, mentions, classified };
}
