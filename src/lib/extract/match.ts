/** Compares proposals with curated rows: for `--diff` and for the recall and precision measure. */
import { sameNumber } from "../numbers.ts";
import type { ObservationRecord } from "../schema.ts";

type Row = Pick<
  ObservationRecord,
  "source_id" | "indicator_id" | "numerator" | "denominator" | "value" | "reported_percent"
>;

/**
 * A proposal matches a curated row of the same source and indicator when it has every
 * number the curated row states: numerator, denominator and reported percent, and the value
 * of a count (a ratio's value is computed, so it adds nothing). Scope and period are left
 * out: they are what a reviewer most often corrects.
 */
export function matches(proposal: Row, curated: Row): boolean {
  if (proposal.source_id !== curated.source_id || proposal.indicator_id !== curated.indicator_id) return false;
  const stated = (["numerator", "denominator", "reported_percent"] as const).filter((field) => curated[field] !== "");
  const fields = stated.length ? stated : (["value"] as const);
  return fields.every(
    (field) =>
      curated[field] !== "" && proposal[field] !== "" && sameNumber(Number(proposal[field]), Number(curated[field])),
  );
}

export interface Score {
  curated: number;
  /** Curated rows some proposal matches. */
  found: number;
  proposals: number;
  /** Proposals that match some curated row. */
  correct: number;
  recall: number;
  precision: number;
}

/** Recall and precision of proposals against the figures they should find, for one notion of "the same figure". */
function scoreBy<P, T>(proposals: readonly P[], truth: readonly T[], same: (proposal: P, figure: T) => boolean): Score {
  const found = truth.filter((figure) => proposals.some((proposal) => same(proposal, figure))).length;
  const correct = proposals.filter((proposal) => truth.some((figure) => same(proposal, figure))).length;
  return {
    curated: truth.length,
    found,
    proposals: proposals.length,
    correct,
    recall: truth.length ? found / truth.length : 1,
    precision: proposals.length ? correct / proposals.length : 1,
  };
}

export const score = (proposals: readonly Row[], curated: readonly Row[]): Score =>
  scoreBy(proposals, curated, matches);

/** Proposals that no curated row has yet. */
export const unmatched = <T extends Row>(proposals: readonly T[], curated: readonly Row[]): T[] =>
  proposals.filter((proposal) => !curated.some((row) => matches(proposal, row)));

/** A key figure as a curator labels it in a test corpus of report-like texts. */
export interface LabelledFigure {
  indicator: string;
  numerator?: number;
  denominator?: number;
  value?: number;
  reported_percent?: number;
  /** Default `total`. */
  scope?: string;
  /** Default: the period the text is about. */
  period?: string;
  /** Flags a curator would set; compared as a set on the flags that follow from the text alone. */
  flags?: string[];
}

type Proposed = Pick<
  ObservationRecord,
  "indicator_id" | "numerator" | "denominator" | "value" | "reported_percent" | "scope" | "period" | "flags"
>;

/** Flags the text alone decides (the others need the whole report, or a person). */
export const TEXT_FLAGS = ["approximate", "percent_mismatch"] as const;

/**
 * A proposal matches a labelled figure when it has its indicator, every number the label
 * states (a ratio's numerator, denominator and percent; a count's value), its scope and
 * period, and the same text-decided flags.
 */
export function matchesFigure(proposal: Proposed, figure: LabelledFigure, period: string): boolean {
  if (proposal.indicator_id !== figure.indicator) return false;
  const stated = (["numerator", "denominator", "reported_percent"] as const).filter((f) => figure[f] !== undefined);
  const fields = stated.length ? stated : (["value"] as const);
  const numbersAgree = fields.every(
    (field) => proposal[field] !== "" && sameNumber(Number(proposal[field]), figure[field]!),
  );
  const flags = new Set(proposal.flags.split(";"));
  const flagsAgree = TEXT_FLAGS.every((flag) => flags.has(flag) === (figure.flags ?? []).includes(flag));
  return (
    numbersAgree &&
    flagsAgree &&
    proposal.scope === (figure.scope ?? "total") &&
    proposal.period === (figure.period ?? period)
  );
}

/** Recall over labelled figures and precision over proposals, for one text. */
export function scoreFigures(
  proposals: readonly Proposed[],
  figures: readonly LabelledFigure[],
  period: string,
): Score {
  return scoreBy(proposals, figures, (proposal, figure) => matchesFigure(proposal, figure, period));
}
