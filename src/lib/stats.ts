/** Interval maths for ratios: always from counts, never from rates. */

export interface Interval {
  low: number;
  high: number;
}

/**
 * 95% Wilson score interval of a proportion, in percent. Unlike the normal approximation it stays
 * within 0–100 and is sensible for small denominators and for 0/n or n/n.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): Interval {
  if (!(trials > 0) || successes < 0 || successes > trials)
    throw new RangeError(`no interval for ${successes}/${trials}`);
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
}
