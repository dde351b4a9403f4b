/**
 * Splits a report text into plain and quoted segments, so the source page can highlight every
 * passage numbers were taken from. Passages may coincide or overlap; each keeps a stable anchor
 * at its start.
 */
export interface Passage {
  id: string;
  quote: string;
}

export interface Segment {
  text: string;
  /** Ids of the passages covering this segment; empty for plain text. */
  passages: string[];
  /** Ids of the passages that start where this segment starts. */
  anchors: string[];
}

export function segmentText(text: string, passages: readonly Passage[]): Segment[] {
  const spans = passages
    .map((passage) => ({ ...passage, start: text.indexOf(passage.quote) }))
    .filter((span) => span.start !== -1 && span.quote.length > 0)
    .map((span) => ({ ...span, end: span.start + span.quote.length }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    segments.push({
      text: text.slice(from, to),
      passages: spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.id),
      anchors: spans.filter((span) => span.start === from).map((span) => span.id),
    });
  }
  return segments;
}
