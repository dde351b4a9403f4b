/**
 * How far the extractor's proposals, accepted as they are, are from the curated rows of the same
 * report: the rows to reject, the rows to add, and the fields to correct in the rows that match
 * (same indicator and stated numbers, as the recall measure pairs them). Notes are prose and not
 * counted; a flag that changes usually takes its note along.
 */
import { matches } from "../extract/match.ts";
import { sameNumber } from "../numbers.ts";
import type { ObservationRecord } from "../schema.ts";

const NUMBERS = ["numerator", "denominator", "value", "reported_percent"] as const;
const TEXTS = ["scope", "period", "quote"] as const;

export interface Edits {
  /** Proposals no curated row matches. */
  rejections: number;
  /** Curated rows no proposal matches. */
  additions: number;
  /** Fields to change in matched proposals, by field. */
  fields: Record<string, number>;
  total: number;
}

const flagSet = (flags: string) => [...new Set(flags.split(";").filter(Boolean))].sort().join(";");

function fieldEdits(proposal: ObservationRecord, curated: ObservationRecord): string[] {
  const changed: string[] = TEXTS.filter((field) => proposal[field] !== curated[field]);
  for (const field of NUMBERS) {
    const [a, b] = [proposal[field], curated[field]];
    if ((a === "") !== (b === "") || (a !== "" && !sameNumber(Number(a), Number(b)))) changed.push(field);
  }
  if (flagSet(proposal.flags) !== flagSet(curated.flags)) changed.push("flags");
  return changed;
}

export function editsToMatch(proposals: readonly ObservationRecord[], curated: readonly ObservationRecord[]): Edits {
  const unpaired = [...proposals];
  const fields: Record<string, number> = {};
  let additions = 0;
  for (const row of curated) {
    const at = unpaired.findIndex((proposal) => matches(proposal, row));
    if (at === -1) {
      additions++;
      continue;
    }
    for (const field of fieldEdits(unpaired[at]!, row)) fields[field] = (fields[field] ?? 0) + 1;
    unpaired.splice(at, 1);
  }
  const fieldTotal = Object.values(fields).reduce((sum, n) => sum + n, 0);
  return { rejections: unpaired.length, additions, fields, total: unpaired.length + additions + fieldTotal };
}
