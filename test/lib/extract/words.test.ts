import { describe, expect, it } from "vitest";
import { parseNumberWords } from "../../../src/lib/extract/words.ts";

describe("parseNumberWords", () => {
  it.each([
    ["hai", 2],
    ["mười", 10],
    ["mười lăm", 15],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["ba mươi tư", 34],
    ["một trăm", 100],
    ["một trăm linh năm", 105],
    ["ba nghìn hai trăm", 3200],
    ["năm mươi", 50],
  ])("reads %s as %d", (words, value) => expect(parseNumberWords(words)).toBe(value));

  it.each(["năm", "tư", "lăm", "mốt", "hai ba", "linh"])("does not read %j as a number", (words) =>
    expect(parseNumberWords(words)).toBeUndefined(),
  );
});
