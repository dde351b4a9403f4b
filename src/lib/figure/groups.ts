/** Grouping observations for figures and their notes. */
import { groupBy } from "../group-by.ts";
import type { ObservationRow } from "../queries.ts";

/** Observations grouped by scope, in order of first appearance: charts never mix scopes. */
export const byScope = <Row extends ObservationRow>(rows: readonly Row[]): Map<string, Row[]> =>
  groupBy(rows, (row) => row.scope);

export const flagsOfRows = (rows: readonly ObservationRow[]): string[] =>
  [...new Set(rows.flatMap((row) => (row.flags ?? "").split(";").filter(Boolean)))].sort();

/** Tiers of units that are peers of each other: a district-level town compares with a district, not a province. */
export const TIERS = ["district", "commune", "province"] as const;
export type Tier = (typeof TIERS)[number];

const TIER_OF: Record<string, Tier> = {
  province: "province",
  district: "district",
  town: "district",
  city: "district",
  commune: "commune",
  ward: "commune",
  township: "commune",
};

export const tierOf = (level: string): Tier => TIER_OF[level] ?? "province";

export interface PeerGroup<Row> {
  scope: string;
  tier: Tier;
  period: string;
  rows: Row[];
  units: number;
}

/**
 * Peers: the same scope, tier and period, so that a chart compares like with like. Groups of two or
 * more units come first, the most units first, then the latest period; figures without a peer are
 * returned apart, for a table rather than a one-bar chart.
 */
export function byPeers<Row extends ObservationRow>(rows: readonly Row[]): { groups: PeerGroup<Row>[]; alone: Row[] } {
  const groups = [...groupBy(rows, (row) => [row.scope, tierOf(row.level), row.period].join("|")).values()].map(
    (group): PeerGroup<Row> => ({
      scope: group[0]!.scope,
      tier: tierOf(group[0]!.level),
      period: group[0]!.period,
      rows: group,
      units: new Set(group.map((row) => row.unit_id)).size,
    }),
  );
  const compared = groups
    .filter((group) => group.units >= 2)
    .sort(
      (a, b) =>
        b.units - a.units ||
        b.period.localeCompare(a.period) ||
        TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
        a.scope.localeCompare(b.scope),
    );
  return { groups: compared, alone: groups.filter((group) => group.units < 2).flatMap((group) => group.rows) };
}

/** The periods of a group as a heading shows them: one year, or the first and last. */
const periodSpan = (periods: readonly string[]): string => {
  const sorted = [...new Set(periods)].sort();
  return sorted.length === 1 ? sorted[0]! : `${sorted[0]}–${sorted[sorted.length - 1]}`;
};

/**
 * The comparisons a front page shows for one indicator: per scope, its largest group of peers of
 * one period; where no two units share a period, each unit's latest figure (each bar names its
 * period). At most `limit` groups, the most units first and one period before mixed ones, so a chart never mixes scopes or tiers.
 * A group of more than `maxUnits` is passed over for the next largest: a front page shows one bar per unit,
 * and leaves the largest groups, drawn as distributions, to the indicator's page.
 */
export function headlinePeers<Row extends ObservationRow>(
  rows: readonly Row[],
  limit = 2,
  maxUnits = Infinity,
): PeerGroup<Row>[] {
  const samePeriod = byPeers(rows).groups.filter((peers) => peers.units <= maxUnits);
  const candidates = [...groupBy(rows, (row) => [row.scope, tierOf(row.level)].join("|")).values()].map((group) => {
    const best = samePeriod.find((peers) => peers.scope === group[0]!.scope && peers.tier === tierOf(group[0]!.level));
    if (best) return best;
    const latest = [...groupBy(group, (row) => row.unit_id).values()].map((ofUnit) =>
      ofUnit.reduce((a, b) => (b.period > a.period ? b : a)),
    );
    return {
      scope: group[0]!.scope,
      tier: tierOf(group[0]!.level),
      period: periodSpan(latest.map((row) => row.period)),
      rows: latest,
      units: latest.length,
    };
  });
  const chosen: PeerGroup<Row>[] = [];
  for (const group of candidates
    .filter((peers) => peers.units >= 2 && peers.units <= maxUnits)
    .sort(
      (a, b) =>
        b.units - a.units ||
        Number(!samePeriod.includes(a)) - Number(!samePeriod.includes(b)) ||
        TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) ||
        a.scope.localeCompare(b.scope),
    )) {
    if (chosen.length < limit && !chosen.some((peers) => peers.scope === group.scope)) chosen.push(group);
  }
  return chosen;
}
