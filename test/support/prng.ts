/** A small seeded generator (mulberry32) so that fuzz tests are random yet repeatable. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const bytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => int(0, 255));
  return { next, int, pick, bytes };
}

export type Random = ReturnType<typeof seeded>;
