import { describe, expect, it } from "vitest";
import {
  decodeCompareState,
  encodeCompareState,
  sameState,
  type CompareState,
} from "../../../src/lib/compare/state.ts";

const fallback: CompareState = { indicator: "petitions_resolved", scope: "commune_level", units: "all" };

describe("compare state in the URL", () => {
  it("round-trips a selection, units in a stable order", () => {
    const state = { indicator: "mediation_success_rate", scope: "total", units: ["lang-son", "gia-lai-kbang"] };
    const search = encodeCompareState(state);
    expect(search).toBe("?i=mediation_success_rate&s=total&u=gia-lai-kbang%2Clang-son");
    expect(decodeCompareState(search, fallback)).toEqual({ ...state, units: ["gia-lai-kbang", "lang-son"] });
  });
  it("falls back on missing or malformed parts and drops unsafe unit ids", () => {
    expect(decodeCompareState("", fallback)).toEqual(fallback);
    expect(decodeCompareState("?i=%27%3Bdrop&s=total&u=ok,%3Cscript%3E", fallback)).toEqual({
      indicator: "petitions_resolved",
      scope: "total",
      units: ["ok"],
    });
  });
  it("keeps every unit apart from no unit: an empty choice stays empty", () => {
    const none = { ...fallback, units: [] };
    expect(encodeCompareState(none)).toBe("?i=petitions_resolved&s=commune_level&u=");
    expect(decodeCompareState(encodeCompareState(none), fallback).units).toEqual([]);
    expect(decodeCompareState(encodeCompareState(fallback), fallback).units).toBe("all");
  });
  it("keeps 'held reports only' in the URL, and leaves it out when off", () => {
    const held = { ...fallback, heldOnly: true };
    expect(encodeCompareState(held)).toBe("?i=petitions_resolved&s=commune_level&g=held");
    expect(decodeCompareState(encodeCompareState(held), fallback)).toEqual(held);
    expect(decodeCompareState("?i=petitions_resolved&s=total&g=yes", fallback).heldOnly).toBeUndefined();
    expect(sameState(held, fallback)).toBe(false);
  });
  it("compares selections by their URL", () => {
    expect(sameState(fallback, { ...fallback })).toBe(true);
    expect(sameState(fallback, { ...fallback, units: ["x"] })).toBe(false);
  });
});
