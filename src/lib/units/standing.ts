/**
 * What a unit page tells a leader about each indicator: the unit's series per scope and its latest
 * figure, where that figure stands among peers (same scope, tier and period), and, where the unit's
 * own reports give its population or households for the same period, the figure per head.
 */
import { groupBy } from "../group-by.ts";
import type { ObservationRow } from "../queries.ts";
import { byPeers, tierOf, type Tier } from "../figure/groups.ts";

/** "2016-2020" ends in 2020 and starts in 2016; any other period is its own start and end. */
const bounds = (period: string): [string, string] => {
  const range = /^(\d{4})-(\d{4})$/.exec(period);
  return range ? [range[2]!, range[1]!] : [period, period];
};

/** Periods in time order: by the year they end, then the year they start, so "2020" follows "2016-2020". */
export function comparePeriods(a: string, b: string): number {
  const [endA, startA] = bounds(a);
  const [endB, startB] = bounds(b);
  return endA.localeCompare(endB) || startA.localeCompare(startB);
}

const isRange = (period: string) => /^\d{4}-\d{4}$/.test(period);

/** A unit's figures for one indicator and scope, oldest period first; totals over several years form their own series. */
export interface UnitSeries<Row extends ObservationRow> {
  indicator_id: string;
  scope: string;
  rows: Row[];
  /** The figure the page leads with: the latest period's first figure with a value. */
  latest: Row;
  /** How many distinct periods the rows cover: a series is worth showing from two. */
  periods: number;
}

/**
 * A unit's rows as series per indicator and scope, in the order the rows first name them. A total
 * over 2009–2024 is not the next point after 2023, so single periods and ranges stay apart.
 */
export function unitSeries<Row extends ObservationRow>(rows: readonly Row[]): UnitSeries<Row>[] {
  return [...groupBy(rows, (row) => `${row.indicator_id}|${row.scope}|${isRange(row.period)}`).values()].map(
    (group) => {
      const sorted = [...group].sort((a, b) => comparePeriods(a.period, b.period));
      const lastPeriod = sorted[sorted.length - 1]!.period;
      const ofLast = sorted.filter((row) => row.period === lastPeriod);
      return {
        indicator_id: sorted[0]!.indicator_id,
        scope: sorted[0]!.scope,
        rows: sorted,
        latest: ofLast.find((row) => row.value !== null) ?? ofLast[0]!,
        periods: new Set(sorted.map((row) => row.period)).size,
      };
    },
  );
}

/** Where one figure stands among the figures of its peers; rank 1 is the highest value. */
export interface Standing {
  tier: Tier;
  period: string;
  /** Units compared, the unit itself included. */
  peers: number;
  rank: number;
  /** Other units with exactly the same value. */
  tied: number;
}

/** One group of peers' figures: one value per unit, and the values largest first for ranking by halving. */
interface PeerValues {
  tier: Tier;
  period: string;
  units: Map<string, number>;
  descending: number[];
}

/** An indicator's figures by scope, tier and period, built once per indicator: a nationwide build ranks millions. */
export interface PeerIndex {
  groups: Map<string, PeerValues>;
  /** False when the rows were cut to the latest periods: then a missing group proves nothing. */
  complete: boolean;
}

const peerKey = (scope: string, tier: Tier, period: string) => `${scope}|${tier}|${period}`;

/** The index of an indicator's rows with a value, grouped as byPeers groups them (lone units too). */
export function peerIndex(indicatorRows: readonly ObservationRow[], complete = true): PeerIndex {
  const { groups, alone } = byPeers(indicatorRows.filter((row) => row.value !== null));
  const index = new Map<string, PeerValues>();
  const add = (row: ObservationRow) => {
    const key = peerKey(row.scope, tierOf(row.level), row.period);
    let peers = index.get(key);
    if (!peers)
      index.set(key, (peers = { tier: tierOf(row.level), period: row.period, units: new Map(), descending: [] }));
    // A unit with two figures for one period counts once, with its first.
    if (!peers.units.has(row.unit_id)) peers.units.set(row.unit_id, row.value!);
  };
  for (const group of groups) group.rows.forEach(add);
  alone.forEach(add);
  for (const peers of index.values()) peers.descending = [...peers.units.values()].sort((a, b) => b - a);
  return { groups: index, complete };
}

/** How many of the values, largest first, pass `keep`: the first index where it fails. */
function leadingCount(descending: readonly number[], keep: (value: number) => boolean): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keep(descending[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The standing of `row` among its peers of the same scope, tier and period, by value alone;
 * undefined when the row has no value or no other unit has a figure for that period.
 */
export function standingOf(row: ObservationRow, index: PeerIndex): Standing | undefined {
  const value = row.value;
  if (value === null) return undefined;
  const peers = index.groups.get(peerKey(row.scope, tierOf(row.level), row.period));
  if (!peers) return undefined;
  let above = leadingCount(peers.descending, (other) => other > value);
  let tied = leadingCount(peers.descending, (other) => other >= value) - above;
  // The figure shown is this unit's: its own entry in the group, if any, is not a peer.
  const own = peers.units.get(row.unit_id);
  if (own !== undefined && own > value) above -= 1;
  if (own !== undefined && own === value) tied -= 1;
  const count = peers.units.size + (own === undefined ? 1 : 0);
  if (count < 2) return undefined;
  return { tier: peers.tier, period: peers.period, peers: count, rank: above + 1, tied };
}

/** Indicators that describe the unit itself: dividing them by its population says nothing. */
const CONTEXT_INDICATORS = new Set(["population", "households", "communes", "villages"]);

export interface PerHead<Row extends ObservationRow> {
  /** The figure per `per` people or households. */
  value: number;
  per: 10_000 | 1_000;
  basis: "population" | "households";
  /** The unit's own population or household figure the rate rests on. */
  base: Row;
}

/** Whether the unit's data hold a population or household figure at all. */
export const hasHeadcount = (unitRows: readonly ObservationRow[]): boolean =>
  unitRows.some((row) => (row.indicator_id === "population" || row.indicator_id === "households") && row.value);

/**
 * A whole-unit count per 10,000 people (or, lacking a population, per 1,000 households), only where
 * the unit's data give that base for the same period: a base from another year would mislead.
 */
export function perHead<Row extends ObservationRow>(row: Row, unitRows: readonly Row[]): PerHead<Row> | undefined {
  if (row.kind !== "count" || row.value === null || row.scope !== "total") return undefined;
  if (CONTEXT_INDICATORS.has(row.indicator_id)) return undefined;
  const baseOf = (indicator: string) =>
    unitRows.find(
      (other) =>
        other.indicator_id === indicator &&
        other.unit_id === row.unit_id &&
        other.scope === "total" &&
        other.period === row.period &&
        other.value !== null &&
        other.value > 0,
    );
  const population = baseOf("population");
  if (population)
    return { value: (row.value / population.value!) * 10_000, per: 10_000, basis: "population", base: population };
  const households = baseOf("households");
  if (households)
    return { value: (row.value / households.value!) * 1_000, per: 1_000, basis: "households", base: households };
  return undefined;
}
