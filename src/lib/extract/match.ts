/** Compares proposals with curated rows: for `--diff` and for the recall and precision measure. */
import { sameNumber } from "../numbers.ts";
import type { ObservationRecord } from "../schema.ts";

const FIELDS = ["numerator", "denominator", "reported_percent"] as const;

/**
 * A proposal matches a curated row of the same source and indicator when every number the
 * curated row states is the proposal's too. Scope is left out: it is the part a reviewer most
 * often corrects.
 */
export function matches(proposal: ObservationRecord, curated: ObservationRecord): boolean {
  if (proposal.source_id !== curated.source_id || proposal.indicator_id !== curated.indicator_id) return false;
  const fields = curated.numerator || curated.denominator || curated.reported_percent ? FIELDS : (["value"] as const);
  return fields.every(
    (field) =>
      curated[field] === "" || (proposal[field] !== "" && sameNumber(Number(proposal[field]), Number(curated[field]))),
  );
}

export interface Score {
  curated: number;
  found: number;
  proposals: number;
  correct: number;
  recall: number;
  precision: number;
}

export function score(proposals: readonly ObservationRecord[], curated: readonly ObservationRecord[]): Score {
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

/** Proposals no curated row has yet. */
export const unmatched = (proposals: readonly ObservationRecord[], curated: readonly ObservationRecord[]) =>
  proposals.filter((proposal) => !curated.some((row) => matches(proposal, row)));
