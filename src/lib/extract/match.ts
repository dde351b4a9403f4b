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

export function score(proposals: readonly Row[], curated: readonly Row[]): Score {
  const found = curated.filter((row) => proposals.some((proposal) => matches(proposal, row))).length;
  const correct = proposals.filter((proposal) => curated.some((row) => matches(proposal, row))).length;
  return {
    curated: curated.length,
    found,
    proposals: proposals.length,
    correct,
    recall: curated.length ? found / curated.length : 1,
    precision: proposals.length ? correct / proposals.length : 1,
  };
}

/** Proposals that no curated row has yet. */
export const unmatched = <T extends Row>(proposals: readonly T[], curated: readonly Row[]): T[] =>
  proposals.filter((proposal) => !curated.some((row) => matches(proposal, row)));
