/**
 * Words the extractor reads: what a number counts (its unit noun), and helpers to write cue
 * patterns. Patterns are matched against text prepared by prepare.ts (NFC, new-style tone
 * placement), case-insensitively, so they are written once, in lower case, new style.
 */

export type UnitClass =
  | "petition"
  | "case"
  | "turn"
  | "person"
  | "resident"
  | "record"
  | "product"
  | "commune"
  | "town"
  | "unit"
  | "agency"
  | "model"
  | "village"
  | "household"
  | "meeting"
  | "opinion"
  | "team";

/**
 * Whole words: JavaScript's \b only knows ASCII. A digit may follow (a footnote marker glued
 * to the word, "đơn12"), not precede.
 */
export const word = (source: string) => String.raw`(?<![\p{L}\d])(?:${source})(?!\p{L})`;

/** A case-insensitive Unicode pattern whose alternatives stand as whole words. */
export const cue = (source: string) => new RegExp(word(source), "iu");

const globals = new WeakMap<RegExp, RegExp>();
/** Every match of a pattern (cues are kept non-global so that `test` has no state). */
export function matchAll(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return [...text.matchAll(global)];
}

/** The match of a cue nearest the end of the text (a cue reaches the figure after it); the longest on a tie. */
export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  let best: RegExpExecArray | undefined;
  for (const match of matchAll(pattern, text)) {
    const end = match.index + match[0].length;
    const bestEnd = best ? best.index + best[0].length : -1;
    if (end > bestEnd || (end === bestEnd && match.index < best!.index)) best = match;
  }
  return best;
}

const VILLAGE_FIRST = "thôn|làng|bản|ấp|khóm|buôn|bon|plei|sóc|phum|xóm|khu dân cư|khu phố|khối phố|tổ dân phố|TDP|KDC";
const VILLAGE_NEXT = `${VILLAGE_FIRST}|phố|khu|tổ`;
const COMMUNE_NOUN = "xã|phường|thị trấn|đặc khu";
const TOWN_NOUN = "phường|thị trấn";
const PETITION_KIND = "khiếu nại|tố cáo|kiến nghị|phản ánh|đề nghị";
/** "thôn, bản, tổ dân phố", "xã, thị trấn": a list of nouns of one kind counts as one unit. */
const list = (first: string, next: string) => String.raw`(?:${first})(?:\s*(?:,|và|\/|hoặc)\s*(?:${next}))*`;

const UNIT_SOURCES: Record<UnitClass, string> = {
  petition: String.raw`đơn(?!\s*(?:vị|giá|hàng|độc|lẻ|sơ|thuần|điệu|giản|đặt))(?:\s*thư)?(?:\s*${list(PETITION_KIND, PETITION_KIND)})?|lượt đơn`,
  case: String.raw`vụ việc|vụ(?!\s*(?:án|trưởng|mùa|lúa|đông|xuân|hè|thu|tai nạn|cháy))|trường hợp`,
  turn: String.raw`lượt(?!\s*(?:truy cập|xem|người|đơn|ý kiến|cử tri|tương tác|khách|hộ|đại biểu|cán bộ|học sinh|hội viên|đoàn viên|phương tiện|xe))(?:\s*công dân|\s*tiếp(?:\s*công dân|\s*dân)?|\s*đoàn(?!\s*viên))?`,
  person: "lượt người|người dân|công dân|người|đại biểu|lượt đại biểu|lượt cử tri|cử tri",
  resident: String.raw`nhân khẩu|khẩu(?!\s*trang)`,
  record: String.raw`hồ sơ(?:\s*(?:thủ tục hành chính|TTHC))?`,
  product: String.raw`sản phẩm(?:\s*OCOP)?`,
  commune: `${list("xã", COMMUNE_NOUN)}|đơn vị hành chính(?: cấp xã)?|ĐVHC(?: cấp xã)?|đơn vị cấp xã`,
  town: list(TOWN_NOUN, COMMUNE_NOUN),
  unit: "đơn vị|cơ sở|điểm",
  agency: list("cơ quan|doanh nghiệp", "cơ quan|đơn vị|doanh nghiệp|trường học"),
  model: list("mô hình|điển hình", "mô hình|điển hình"),
  village: list(VILLAGE_FIRST, VILLAGE_NEXT),
  household: "hộ gia đình|hộ dân|hộ|gia đình",
  meeting: "cuộc|buổi|hội nghị|lần|đợt|phiên",
  opinion: String.raw`lượt ý kiến|ý kiến(?:\s*,\s*kiến nghị)?|kiến nghị|câu hỏi|nội dung|vấn đề`,
  team: "tổ hòa giải",
};

/** Unit nouns by class, anchored where they are tried; a unit may be glued to its number ("6.680hộ"). */
const UNITS = Object.entries(UNIT_SOURCES).map(
  ([unit, source]) => [unit as UnitClass, new RegExp(String.raw`(?:${source})(?!\p{L})`, "iuy")] as const,
);

/** The unit noun starting exactly at `at`; the longest wins. */
export function unitAt(text: string, at: number): { unit: UnitClass; end: number } | undefined {
  let best: { unit: UnitClass; end: number } | undefined;
  for (const [unit, pattern] of UNITS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match && (!best || at + match[0].length > best.end)) best = { unit, end: at + match[0].length };
  }
  return best;
}

/** Words that make a figure approximate when they stand right before it. */
export const HEDGE = /(?<![\p{L}\d])(?:hơn|gần|trên|khoảng|xấp xỉ|ước tính|ước khoảng|chừng|ngót|tới gần)\s*$/iu;

const DISTRICT = "huyện|thị xã|quận|thành phố";
/** Bodies of one level: its People's Committee and chairman, its reception board, its one-stop desk, its leaders. */
const bodiesOf = (level: string) =>
  String.raw`(?:UBND|ủy ban nhân dân|chủ tịch UBND|lãnh đạo UBND)\s*(?:${level})|(?:ban|trụ sở)\s*tiếp công dân\s*(?:${level})|(?:trung tâm\s*(?:phục vụ\s*)?hành chính công|bộ phận\s*(?:tiếp nhận và trả kết quả|một cửa))\s*(?:của\s*|cấp\s*)?(?:${level})|(?:lãnh đạo|chính quyền|người đứng đầu cấp ủy,\s*chính quyền)\s*(?:${level})(?!\p{L})`;

/**
 * Administrative levels, for the `scope` column: the level of the body whose figure it is.
 * The one named last before a figure applies; the whole unit ("toàn huyện", "các cấp", both
 * levels named together) is `total`.
 */
export const LEVELS: [RegExp, string][] = [
  [
    cue(
      String.raw`cấp xã|(?:UBND|ủy ban nhân dân|chủ tịch UBND|lãnh đạo UBND)\s*(?:các\s*)?(?:xã|phường|thị trấn)|các xã,\s*(?:phường,\s*)?thị trấn(?=\s*(?:đã\s*)?(?:tiếp|nhận|giải quyết|tổ chức))|(?:chính quyền|người đứng đầu cấp ủy,\s*chính quyền)\s*các xã(?:,\s*(?:phường,\s*)?thị trấn)?`,
    ),
    "commune_level",
  ],
  [cue(String.raw`cấp huyện|${bodiesOf(DISTRICT)}`), "district_level"],
  [cue(String.raw`cấp tỉnh|${bodiesOf("tỉnh")}|các sở,\s*ban,\s*ngành`), "province_level"],
  [
    cue(
      String.raw`toàn (?:${DISTRICT}|tỉnh)|trên địa bàn (?:toàn\s*)?(?:${DISTRICT}|tỉnh)|các cấp|cấp (?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*cấp (?:tỉnh|huyện|xã))+`,
    ),
    "total",
  ],
];

/** A figure accumulated over several years, or "to date". */
export const CUMULATIVE = cue(
  String.raw`lũy kế|từ đầu nhiệm kỳ|nâng tổng số|từ năm \d{4} đến|giai đoạn \d{4}\s*[-–]\s*\d{4}|(?:trong|qua|sau) \d{1,2} năm`,
);

/** Plans and targets: not results, so not proposed. */
export const TARGET = cue(String.raw`phấn đấu|chỉ tiêu|mục tiêu|dự kiến|kế hoạch đề ra|sẽ`);
