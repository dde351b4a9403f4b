/**
 * Property test of the quote check's number matching: random numbers written as Vietnamese
 * reports write them, in sentences with other numbers. The written value is always found;
 * a mutated value (a digit group, a dropped or added digit, a shifted separator) is never
 * found unless it is a whole reading of some number in the sentence.
 */
import { describe, expect, it } from "vitest";
import { sameNumber, textContainsNumber } from "../../src/lib/numbers.ts";
import { seeded, type Random } from "../support/prng.ts";

interface Written {
  text: string;
  value: number;
  /** Every value the text can stand for, by the documented readings only. */
  readings: number[];
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** A number as a report writes it: "17.401", "69.941,38", "94,11%", "07", "95.13%". */
function writeNumber(random: Random): Written {
  const integer = random.pick([random.int(0, 9), random.int(10, 999), random.int(1000, 999_999), random.int(1e6, 2e9)]);
  const decimals = random.pick([0, 0, 1, 2, 3]);
  const fraction = decimals === 0 ? "" : String(random.int(0, 10 ** decimals - 1)).padStart(decimals, "0");
  const style = random.pick(["vi", "vi", "padded", "english-point"]);
  let text: string;
  if (style === "padded" && integer < 10 && decimals === 0) text = `0${integer}`;
  else if (style === "english-point" && integer < 1000 && decimals > 0 && decimals !== 3)
    text = `${integer}.${fraction}`;
  else text = group(String(integer)) + (decimals > 0 ? `,${fraction}` : "");
  const value = Number(`${integer}${decimals > 0 ? `.${fraction}` : ""}`);
  const readings = [value];
  // "22,178" may be an English thousands group: the one documented ambiguity of the comma.
  if (/^\d{1,3},\d{3}$/.test(text)) readings.push(Number(text.replace(",", "")));
  return { text: text + (random.next() < 0.3 ? random.pick(["%", " %"]) : ""), value, readings };
}

const WORDS = ["toàn huyện có", "hộ gia đình", "đạt", "vụ việc", "đơn thư", "dân số", "người", "trên", "ha", "tỷ lệ"];

function sentence(random: Random): { text: string; numbers: Written[] } {
  const numbers = Array.from({ length: random.int(1, 4) }, () => writeNumber(random));
  const text = numbers.map((n) => `${random.pick(WORDS)} ${n.text} ${random.pick(WORDS)}`).join(", ");
  return { text, numbers };
}

/** Values a careless reading could take from a written number: its fragments and near misses. */
function mutations(written: Written, random: Random): number[] {
  const raw = written.text.replace(/\s*%$/, "");
  const digits = raw.replace(/[.,]/g, "");
  const out = raw.split(/[.,]/).map(Number);
  out.push(
    Number(digits),
    Number(digits.slice(1)),
    Number(digits.slice(0, -1)),
    Number(`${digits}${random.int(0, 9)}`),
  );
  out.push(written.value + 1, written.value - 1, written.value * 10, written.value / 10, written.value / 1000);
  out.push(written.value / 100, Math.trunc(written.value), Math.round(written.value * 10) / 10);
  return out.filter((n) => Number.isFinite(n) && n >= 0);
}

describe("number matching (property)", () => {
  const random = seeded(20241203);
  const cases = Array.from({ length: 3000 }, () => sentence(random));

  it("finds every number as written, in every format", () => {
    const missed = cases.flatMap(({ text, numbers }) =>
      numbers.filter((n) => !textContainsNumber(text, n.value)).map((n) => `${n.value} in "${text}"`),
    );
    expect(missed).toEqual([]);
  });

  it("never accepts a fragment or a near miss of a written number", () => {
    let tried = 0;
    const accepted: string[] = [];
    for (const { text, numbers } of cases) {
      const whole = numbers.flatMap((n) => n.readings);
      for (const mutated of numbers.flatMap((n) => mutations(n, random))) {
        if (whole.some((reading) => sameNumber(reading, mutated))) continue;
        tried++;
        if (textContainsNumber(text, mutated)) accepted.push(`${mutated} in "${text}"`);
      }
    }
    expect(accepted).toEqual([]);
    expect(tried).toBeGreaterThan(30_000);
  });

  it("refuses the fragments of the curated 17.401 (the regression)", () => {
    const quote = "toàn huyện có 17.401 hộ gia đình, dân số 77.760 người";
    for (const fragment of [401, 17, 1740, 77, 760, 174010]) expect(textContainsNumber(quote, fragment)).toBe(false);
    for (const whole of [17401, 77760]) expect(textContainsNumber(quote, whole)).toBe(true);
  });
});
