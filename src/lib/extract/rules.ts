/**
 * Extraction rules: one small pattern per way reports state an indicator. Patterns are written
 * for the phrasings of the genre (đã giải quyết X/Y đơn, đạt Z%; hòa giải thành N vụ; tiếp N
 * lượt/M công dân…), not for the five curated reports. Numbers are captured in named groups:
 * n and d (a ratio's counts), p (a percent), v (a count).
 */

/** A number as reports write it; parsed and checked later (malformed ones are dropped). */
export const NUM = String.raw`\d+(?:[.,]\d+)*`;
const N = (name: string) => `(?<${name}>${NUM})`;
/** A count, possibly hedged ("hơn 500 lượt"): the hedge is kept in the quote and flagged. */
const V = String.raw`(?:(?:hơn|gần|trên|khoảng|xấp xỉ)\s+)?${N("v")}`;
/** A fraction that is not a date (07/14 yes, 29/5/2024 no) nor part of a document number (04/2015/NĐ-CP). */
const FRACTION = String.raw`(?<![\d\/])${N("n")}\s*\/\s*${N("d")}(?![\d\/-])`;
/** A percent stated after the counts: "(đạt 88%)", ", đạt tỷ lệ 95,2 %", "= 100%". */
const PERCENT_AFTER = String.raw`(?:[^%;]{0,60}?(?:đạt|chiếm|bằng|=|\()\s*(?:tỷ lệ\s*)?(?:là\s*)?${N("p")}\s?%)?`;
/** Hedges that make a figure approximate. */
export const APPROXIMATE = /(?:hơn|gần|trên|khoảng|xấp xỉ|ước|chừng)\s*$/iu;

export interface Rule {
  id: string;
  indicator: string;
  pattern: RegExp;
  /** The clause must also match this (the topic words may be far from the numbers). */
  topic?: RegExp;
  /** Clauses matching this are about something else. */
  unless?: RegExp;
  confidence: number;
  /** Scope to give when the text right after the match matches (e.g. "17 xã và 01 thị trấn"). */
  scopeAfter?: [RegExp, string];
}

const rule = (
  id: string,
  indicator: string,
  pattern: string,
  options: Partial<Omit<Rule, "id" | "indicator" | "pattern">> = {},
): Rule => ({
  id,
  indicator,
  pattern: new RegExp(pattern, "giud"),
  confidence: options.confidence ?? 0.8,
  ...(options.topic ? { topic: options.topic } : {}),
  ...(options.unless ? { unless: options.unless } : {}),
  ...(options.scopeAfter ? { scopeAfter: options.scopeAfter } : {}),
});

const PETITION_WORDS = /đơn|khiếu nại|tố cáo|kiến nghị|phản ánh|KNTC/iu;
const VOTERS = /cử tri/iu;
const MONEY_OR_AREA = /^\s*(?:triệu|tỷ|nghìn|ngàn|đồng|tr\.?đ|ha\b|km|m²|m2|tấn|con\b|cây|lớp|học viên|lao động)/iu;

export const MONEY_AFTER = MONEY_OR_AREA;

export const RULES: Rule[] = [
  // Complaints and petitions.
  rule(
    "petitions-fraction",
    "petitions_resolved",
    String.raw`(?:giải quyết(?: xong)?|đã xử lý|đã giải quyết)[^\d;]{0,40}?${FRACTION}\s*(?:đơn|vụ việc|vụ|trường hợp|kiến nghị)?${PERCENT_AFTER}`,
    {
      topic: PETITION_WORDS,
      unless: /cử tri|kết luận sau giải quyết|thi hành (?:quyết định|kết luận)/iu,
      confidence: 0.9,
    },
  ),
  rule(
    "petitions-received-then-resolved",
    "petitions_resolved",
    String.raw`(?:tiếp nhận|nhận được|tổng số)[^\d;]{0,40}?${N("d")}\s*(?:đơn|vụ việc)[^.]{0,80}?(?:đã )?giải quyết(?: xong)?\s*${N("n")}\s*(?:đơn|vụ việc)(?!\s*\/)${PERCENT_AFTER}`,
    {
      unless: VOTERS,
      confidence: 0.75,
    },
  ),
  rule(
    "petitions-received",
    "petitions_received",
    String.raw`(?:tiếp nhận(?: được)?|nhận(?: được)?|tổng số(?: đơn[^\d;]{0,40})?|tổng cộng)\s*(?:là\s*|có\s*)?${V}\s*(?:đơn(?! vị)|lượt đơn)`,
    {
      unless: VOTERS,
      confidence: 0.75,
    },
  ),
  // Grassroots mediation.
  rule(
    "mediation-received",
    "mediation_cases_received",
    String.raw`(?:tiếp nhận|thụ lý|hòa giải được|tiến hành hòa giải(?: được)?|số vụ(?: việc)?(?: đã)? hòa giải|đưa ra hòa giải|hòa giải)\s*:?\s*(?:tổng số\s*)?${V}\s*(?:vụ|vụ việc)`,
    {
      topic: /hòa giải/iu,
      unless: /hòa giải (?:thành|không thành)\s*:?\s*\d+\s*đơn/iu,
    },
  ),
  rule(
    "mediation-received-then-successful",
    "mediation_success_rate",
    String.raw`(?:hòa giải(?: được)?|tiếp nhận|thụ lý)\s*:?\s*${N("d")}\s*(?:vụ|vụ việc)[^.]{0,30}?hòa giải thành(?: công)?\s*${N("n")}\s*(?:vụ|vụ việc)${PERCENT_AFTER}`,
    {
      confidence: 0.8,
    },
  ),
  rule(
    "mediation-successful",
    "mediation_successful",
    String.raw`hòa giải thành(?: công)?\s*:?\s*${V}\s*(?:vụ|vụ việc|đơn|trường hợp)`,
    { confidence: 0.85 },
  ),
  rule(
    "mediation-successful-rate",
    "mediation_success_rate",
    String.raw`hòa giải thành(?: công)?\s*:?\s*${FRACTION}\s*(?:vụ|vụ việc)?${PERCENT_AFTER}`,
    { confidence: 0.85 },
  ),
  rule(
    "mediation-unsuccessful",
    "mediation_unsuccessful",
    String.raw`(?:hòa giải )?không thành(?: công)?\s*:?\s*${V}\s*(?:vụ|vụ việc|đơn|trường hợp)`,
    { topic: /hòa giải/iu },
  ),
  rule(
    "mediation-pending",
    "mediation_pending",
    String.raw`(?:đang (?:giải quyết|hòa giải|tiếp tục hòa giải|xem xét)|chưa giải quyết xong|còn tồn)\s*:?\s*${V}\s*(?:vụ|vụ việc)`,
    { topic: /hòa giải/iu },
  ),
  // OCOP.
  rule(
    "ocop-total",
    "ocop_products_total",
    String.raw`(?:tổng (?:số )?(?:sản phẩm )?(?:OCOP )?(?:của [^\d;]{0,20})?(?:lên|là|đạt|có)?|nâng tổng số[^\d;]{0,40}?(?:lên)?|hiện có|toàn (?:huyện|tỉnh|xã|thị xã|thành phố) có)\s*${V}\s*sản phẩm`,
    {
      topic: /OCOP|mỗi xã một sản phẩm/iu,
    },
  ),
  rule("ocop-new", "ocop_products_new", String.raw`${V}\s*sản phẩm(?: OCOP)? mới`, {
    topic: /OCOP|mỗi xã một sản phẩm/iu,
  }),
  rule("ocop-new-before", "ocop_products_new", String.raw`công nhận mới\s*${V}\s*sản phẩm`, {
    topic: /OCOP|mỗi xã một sản phẩm/iu,
  }),
  rule(
    "ocop-reevaluated",
    "ocop_products_reevaluated",
    String.raw`${V}\s*sản phẩm(?: OCOP)? (?:được )?(?:đánh giá lại|công nhận lại|tái công nhận)`,
    { topic: /OCOP|mỗi xã một sản phẩm/iu },
  ),
  // Friendly government.
  rule(
    "friendly-communes",
    "friendly_gov_communes",
    String.raw`${FRACTION}\s*(?:xã|đơn vị|xã, (?:phường, )?thị trấn|xã, phường)[^;]{0,60}?(?:đạt|được công nhận|đủ điều kiện)[^;]{0,40}?thân thiện`,
    {
      confidence: 0.85,
    },
  ),
  rule(
    "friendly-models",
    "friendly_gov_model_units",
    String.raw`(?:mô hình|điểm)[^;\d]{0,60}?thân thiện[^;\d]{0,60}?(?:tại|ở|cho)\s*${V}\s*(?:cơ sở|xã|đơn vị)`,
    { confidence: 0.7 },
  ),
  rule(
    "friendly-models-more",
    "friendly_gov_model_units",
    String.raw`(?:và|,)\s*(?:nhân rộng|mở rộng|thêm|tiếp tục)(?: ra| thêm)?\s*${V}\s*(?:cơ sở|xã|đơn vị)`,
    { topic: /thân thiện/iu, confidence: 0.6 },
  ),
  // Citizen reception.
  rule(
    "reception-turns-persons",
    "citizen_reception_turns",
    String.raw`(?:tiếp|tiếp dân|tiếp công dân)[^\d;]{0,30}?${V}\s*lượt(?:\s*công dân)?\s*\/\s*${N("w")}\s*(?:công dân|người|lượt người)`,
    {
      unless: /truy cập/iu,
      confidence: 0.85,
    },
  ),
  rule(
    "reception-turns",
    "citizen_reception_turns",
    String.raw`(?:tiếp|tiếp dân|tiếp công dân)(?: được| tổng số)?\s*(?:tổng số\s*)?${V}\s*lượt(?!\s*\/)(?:\s*công dân)?`,
    {
      unless: /truy cập|cử tri|kiểm tra/iu,
    },
  ),
  // Administrative records.
  rule(
    "records-received",
    "admin_records_received",
    String.raw`(?:tiếp nhận(?: được)?|tổng số hồ sơ(?: tiếp nhận)?(?: là)?)\s*:?\s*${V}\s*hồ sơ(?![^;,]{0,30}trực tuyến)`,
    { confidence: 0.75 },
  ),
  rule(
    "records-on-time",
    "admin_records_on_time",
    String.raw`(?:trả kết quả(?: được)?|đã giải quyết)\s*${N("d")}\s*hồ sơ[^;]{0,30}?(?:đúng hạn|đúng và trước hạn)\s*${N("n")}(?:\s*hồ sơ)?${PERCENT_AFTER}`,
    { confidence: 0.8 },
  ),
  rule(
    "records-on-time-share",
    "admin_records_on_time",
    String.raw`(?:đúng hạn|đúng và trước hạn|trước và đúng hạn)[^\d;%]{0,30}?(?:đạt|chiếm)\s*(?:tỷ lệ\s*)?${N("p")}\s?%`,
    { topic: /hồ sơ|thủ tục/iu },
  ),
  rule("records-late", "admin_records_late", String.raw`(?:trễ hạn|chậm hạn|quá hạn)\s*:?\s*${V}(?:\s*hồ sơ)?`, {
    topic: /hồ sơ/iu,
  }),
  rule(
    "records-online",
    "online_records_share",
    String.raw`trực tuyến[^;%]{0,120}?${FRACTION}\s*hồ sơ${PERCENT_AFTER}`,
    {
      topic: /hồ sơ|dịch vụ công|thủ tục/iu,
      unless: /thanh toán trực tuyến/iu,
      confidence: 0.85,
    },
  ),
  rule(
    "records-online-percent",
    "online_records_share",
    String.raw`trực tuyến[^;%\d]{0,80}?(?:đạt|chiếm)?\s*(?:tỷ lệ\s*)?${N("p")}\s?%`,
    {
      topic: /hồ sơ|dịch vụ công|thủ tục/iu,
      unless: /thanh toán trực tuyến/iu,
    },
  ),
  rule(
    "records-online-fraction",
    "online_records_share",
    String.raw`${FRACTION}\s*hồ sơ[^;]{0,40}?(?:trực tuyến|dịch vụ công)${PERCENT_AFTER}`,
    { confidence: 0.7 },
  ),
  rule(
    "digitisation",
    "digitisation_share",
    String.raw`số hóa[^;%]{0,60}?(?:${FRACTION}[^;%]{0,20}?)?(?:đạt|chiếm)?\s*(?:tỷ lệ\s*)?${N("p")}\s?%`,
  ),
  rule(
    "digitisation-next-level",
    "digitisation_share",
    String.raw`%\s*(?:,|và)\s*cấp (?:xã|huyện|tỉnh)\s*(?:đạt\s*)?(?:tỷ lệ\s*)?${N("p")}\s?%`,
    { topic: /số hóa/iu, confidence: 0.7 },
  ),
  // Village conventions, culture.
  rule(
    "conventions-fraction",
    "village_conventions",
    String.raw`${FRACTION}\s*(?:thôn|bản|làng|khu dân cư|khu phố|tổ dân phố|thôn, (?:bản|làng|khối phố|tổ dân phố))[^;]{0,80}?(?:hương ước|quy ước)${PERCENT_AFTER}`,
    { confidence: 0.85 },
  ),
  rule(
    "conventions-percent",
    "village_conventions",
    String.raw`${N("p")}\s?%\s*(?:các\s*)?(?:thôn|làng|khu dân cư|tổ dân phố|thôn, làng)[^;\d]{0,80}?(?:hương ước|quy ước)`,
    {},
  ),
  rule(
    "cultured-families",
    "cultured_families",
    String.raw`(?:gia đình văn hóa|GĐVH)[^;\d]{0,30}?${FRACTION}${PERCENT_AFTER}`,
    {
      unless: /đăng ký/iu,
      confidence: 0.85,
    },
  ),
  rule(
    "cultured-families-after",
    "cultured_families",
    String.raw`${FRACTION}\s*(?:hộ|gia đình)[^;\d]{0,30}?(?:đạt )?(?:danh hiệu )?(?:gia đình văn hóa|GĐVH)${PERCENT_AFTER}`,
    {
      unless: /đăng ký/iu,
      confidence: 0.85,
    },
  ),
  rule(
    "cultured-villages",
    "cultured_villages",
    String.raw`${FRACTION}\s*(?:thôn|bản|làng|khu dân cư|khu phố|tổ dân phố|thôn, bản, (?:tổ dân phố|phố))[^;\d]{0,30}?(?:đạt )?(?:danh hiệu )?(?:văn hóa)${PERCENT_AFTER}`,
    {
      unless: /đăng ký|nhà văn hóa/iu,
      confidence: 0.8,
    },
  ),
  // Dialogue and voters.
  rule(
    "dialogues",
    "dialogues_held",
    String.raw`(?:tổ chức(?: được)?|đã có|thực hiện)\s*${V}\s*(?:cuộc|buổi|hội nghị)\s*(?:tiếp xúc\s*)?(?:,\s*)?đối thoại`,
    { confidence: 0.8 },
  ),
  rule(
    "dialogues-after",
    "dialogues_held",
    String.raw`đối thoại[^\d;]{0,40}?(?:được |tổng số )?${V}\s*(?:cuộc|buổi|hội nghị)`,
    { confidence: 0.7 },
  ),
  rule(
    "dialogue-answered",
    "dialogue_opinions_answered",
    String.raw`${N("d")}\s*(?:nội dung|ý kiến|kiến nghị)[^;.]{0,30}?trong đó(?: có)?\s*${N("n")}\s*(?:nội dung|ý kiến|kiến nghị)[^;.]{0,60}?(?:trả lời|giải quyết|tiếp thu|giải trình)`,
    {
      topic: /đối thoại/iu,
      confidence: 0.75,
    },
  ),
  rule(
    "dialogue-opinions",
    "dialogue_opinions_raised",
    String.raw`${V}\s*(?:ý kiến|câu hỏi|nội dung)(?:\s*phát biểu|\s*kiến nghị)?`,
    {
      topic: /đối thoại/iu,
      unless: /cử tri/iu,
      confidence: 0.6,
    },
  ),
  rule(
    "voter-petitions",
    "voter_petitions_resolved",
    String.raw`kiến nghị[^;%]{0,30}?cử tri[^;%]{0,80}?(?:${FRACTION}[^;%]{0,30}?)?(?:giải quyết|trả lời)[^;%\d]{0,20}?(?:${N("p")}\s?%)`,
    { confidence: 0.75 },
  ),
  // Context.
  rule(
    "households",
    "households",
    String.raw`(?:toàn (?:huyện|tỉnh|xã|phường|thị xã|thành phố|thị trấn) có|tổng (?:dân )?số(?: [a-zà-ỹ]+){0,2} là|dân số(?: [a-zà-ỹ]+){0,2} là)\s*${V}\s*hộ(?! nghèo| cận nghèo| đồng bào| dân tộc)(?:\s*gia đình)?`,
    { confidence: 0.7 },
  ),
  rule(
    "communes",
    "communes",
    String.raw`(?:có|gồm|với)\s*:?\s*${V}\s*(?:xã|đơn vị hành chính cấp xã)(?! đặc biệt| thuộc| đạt| hoàn thành| an toàn| ATK| đã| được)`,
    {
      confidence: 0.65,
      scopeAfter: [/^\s*(?:và|,)\s*\d+\s*(?:thị trấn|phường)/iu, "communes_only"],
    },
  ),
  rule(
    "villages",
    "villages",
    String.raw`(?<![\d/]\s?)${V}\s*(?:thôn|khu dân cư|làng)(?:,\s*(?:bản|làng|khối phố|tổ dân phố|khu phố))*(?!\s*(?:đặc biệt|biên giới|đạt|đăng ký|xây dựng|thực hiện|văn hóa|nông thôn mới))`,
    {
      topic: /có|còn|gồm|với/iu,
      unless: /hương ước|quy ước|sáp nhập \d/iu,
      confidence: 0.6,
    },
  ),
  rule(
    "population",
    "population",
    String.raw`(?:dân số\s*(?:là\s*)?${V}\s*(?:người|nhân khẩu|khẩu)|${N("w")}\s*(?:nhân khẩu|khẩu)\b)`,
    { confidence: 0.7 },
  ),
  rule(
    "poverty-rate",
    "poverty_rate",
    String.raw`(?:tỷ lệ )?hộ nghèo\s*(?:là\s*|có\s*)?(?:${N("n")}\s*hộ)?[^;%\d]{0,40}?(?:chiếm|còn|giảm còn|là|đạt)?\s*(?:tỷ lệ\s*)?${N("p")}\s?%`,
    {
      unless: /cận nghèo\s*\d/iu,
      confidence: 0.75,
    },
  ),
];
