import { describe, expect, it } from "vitest";
import { convertLegacy, detectLegacy, toTcvn3 } from "../../../src/lib/report-text/legacy.ts";

const SENTENCE = "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024: đã giải quyết 36/40 đơn, đạt 90%.";

describe("legacy Vietnamese encodings", () => {
  it("reads TCVN3 (ABC) as Unicode NFC", () => {
    const tcvn3 = "B¸o c¸o kÕt qu¶ thùc hiÖn d©n chñ ë c¬ së n¨m 2024: ®· gi¶i quyÕt 36/40 ®¬n, ®¹t 90%.";
    expect(detectLegacy(tcvn3)).toBe("tcvn3");
    const result = convertLegacy(tcvn3);
    expect(result).toEqual({ text: SENTENCE.replace("Báo", "B\u00e1o"), encoding: "tcvn3", paragraphs: 1 });
    expect(result.text.normalize("NFC")).toBe(result.text);
  });

  it("reads VNI as Unicode NFC", () => {
    const vni = "Baùo caùo keát quaû thöïc hieän daân chuû ôû cô sôû naêm 2024: ñaõ giaûi quyeát 36/40 ñôn, ñaït 90%.";
    expect(detectLegacy(vni)).toBe("vni");
    expect(convertLegacy(vni)).toEqual({ text: SENTENCE, encoding: "vni", paragraphs: 1 });
    expect(convertLegacy("NGÖÔØI DAÂN").text).toBe("NGÖÔØI DAÂN");
    expect(convertLegacy("Ngöôøi daân ñöôïc bieát, ñöôïc baøn. NGÖÔØI DAÂN").text).toBe(
      "Người dân được biết, được bàn. NGƯỜI DÂN",
    );
  });

  it("writes capitals of a heading set in the capitals font as capitals", () => {
    expect(convertLegacy("B¸O C¸O KÕT QU¶ thùc hiÖn d©n chñ").text).toBe("BÁO CÁO KẾT QUẢ thực hiện dân chủ");
  });

  it("converts only the legacy paragraphs of a mixed document", () => {
    const text = `Ủy ban nhân dân huyện báo cáo như sau.\n${toTcvn3("đã tiếp nhận 40 đơn và giải quyết 36 đơn")}\nGiữ nguyên đoạn này: rõ ràng, có ý kiến.`;
    const result = convertLegacy(text);
    expect(result.paragraphs).toBe(1);
    expect(result.text).toBe(
      "Ủy ban nhân dân huyện báo cáo như sau.\nđã tiếp nhận 40 đơn và giải quyết 36 đơn\nGiữ nguyên đoạn này: rõ ràng, có ý kiến.",
    );
  });

  it("leaves Unicode Vietnamese, English and a stray symbol alone", () => {
    for (const text of [SENTENCE, "Copyright © 2024 Müller and Søren, «quoted»", "Hội nghị ở Hà Nội; © Sở Nội vụ"]) {
      expect(detectLegacy(text), text).toBeUndefined();
      expect(convertLegacy(text)).toEqual({ text, paragraphs: 0 });
    }
  });
});
