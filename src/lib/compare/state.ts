/** The compare page's selection, kept in the URL so a view can be shared and back/forward work. */
export interface CompareState {
  indicator: string;
  scope: string;
  /** Units to show, or "all" for every unit with a value (an empty list shows none of them). */
  units: string[] | "all";
  /** Only figures from the reports the project holds (grade "held"); a visitor's own rows stay. */
  heldOnly?: boolean;
}

export function encodeCompareState(state: CompareState): string {
  const params = new URLSearchParams({ i: state.indicator, s: state.scope });
  if (state.units !== "all") params.set("u", [...state.units].sort().join(","));
  if (state.heldOnly) params.set("g", "held");
  return `?${params.toString()}`;
}

/** Reads a selection from a query string; anything missing or malformed falls back to the default. */
export function decodeCompareState(search: string, fallback: CompareState): CompareState {
  const params = new URLSearchParams(search);
  const slug = /^[a-z0-9_-]+$/;
  const indicator = params.get("i") ?? "";
  const scope = params.get("s") ?? "";
  const units = (params.get("u") ?? "").split(",").filter((unit) => slug.test(unit));
  return {
    indicator: slug.test(indicator) ? indicator : fallback.indicator,
    scope: slug.test(scope) ? scope : fallback.scope,
    units: params.has("u") ? units : fallback.units,
    ...(params.get("g") === "held" ? { heldOnly: true } : {}),
  };
}

export const sameState = (a: CompareState, b: CompareState) => encodeCompareState(a) === encodeCompareState(b);
