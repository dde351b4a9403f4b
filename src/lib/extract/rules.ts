/**
 * One small table per indicator family. A family says which sentences are about it (topic),
 * what its figures count (unit classes), and which role a figure plays, read from a cue
 * just before the figure ("đã giải quyết 36/40 đơn", "hòa giải thành 146 vụ") or right after
 * its unit ("6 sản phẩm mới", "15/19 xã đạt chuẩn 'Chính quyền thân thiện'"). Outputs turn
 * roles into indicators: a count, or a ratio whose denominator is another role's figure
 * stated before or after it, or in the previous sentence. The cues are the genre's
 * phrasings, not any one report's.
 */
import { cue, type UnitClass } from "./lexicon.ts";

export interface Role {
  role: string;
  /** A cue ending before the figure, in the same clause; the one nearest the figure wins. */
  before?: RegExp;
  /** A cue starting right after the figure's unit. */
  after?: RegExp;
  /** How far `after` may look: to the next comma (phrase) or the next semicolon (clause). */
  afterReach?: "phrase" | "clause";
  /** Unit classes this role accepts, when narrower or wider than the family's. */
  units?: UnitClass[];
}

export interface Output {
  indicator: string;
  /** The role whose figure is the count, or the ratio's numerator or percent. */
  role: string;
  /** Ratios: roles that may give the denominator, preferred first. */
  denominators?: string[];
  /** Ratios: a count of this role in the sentence means the numerator is only a part. */
  partWhen?: string;
  /** Ratios: the count indicator a fraction's total also gives ("hòa giải thành 143/164 vụ việc": 164 received). */
  totalIs?: string;
}

export interface Family {
  id: string;
  /** The sentence must mention this. */
  topic?: RegExp;
  /** …or the sentence before it in the same paragraph ("Về OCOP: … Năm nay có thêm 5 sản phẩm mới."). */
  topicFromPrevious?: boolean;
  units: UnitClass[];
  roles: Role[];
  /** Figures whose own phrase says this belong to something else (registrations, fees…). */
  exclude?: RegExp;
  /** Figures followed by this belong to something else ("14 xã có ban thanh tra"). */
  excludeAfter?: RegExp;
  /** Figures without a unit noun count when their cue names the thing ("GĐVH 2799/2.942", "trễ hạn: 0"). */
  unitless?: boolean;
  /** Figures are split by administrative level (district vs commune): the scope column says which. */
  levels?: boolean;
  outputs: Output[];
}

/** After-cues are anchored at the end of the unit. */
const after = (source: string) => new RegExp(String.raw`^[\s*”"]*(?:${source})(?!\p{L})`, "iu");
/** "trên tổng số 45 đơn": a total stated after the part. */
const OUT_OF: Role = { role: "total", before: cue(String.raw`(?:trên|trong)\s*(?:tổng\s*)?số|trên tổng`) };
/** "gồm", "trong đó", "cụ thể": what follows is a breakdown, not another figure of the family. */
const BREAKDOWN: Role = {
  role: "breakdown",
  before: cue(String.raw`(?:gồm|bao gồm|trong đó(?:\s*có)?|cụ thể|như|lĩnh vực)(?!\s*:?\s*cấp (?:xã|huyện|tỉnh))`),
};
const FILLER = String.raw`[^;.()\d]`;
/** "đúng hạn", "đúng và trước hạn", "trước hạn và đúng hạn", "đúng thời hạn" (not "trước hạn" alone). */
const ON_TIME = String.raw`(?:đúng|trước)\s*(?:thời\s*)?hạn\s*(?:và|hoặc)\s*(?:đúng|trước)\s*(?:thời\s*)?hạn|đúng(?:\s*(?:và|hoặc)\s*trước)?\s*(?:thời\s*)?hạn|trước\s*(?:và|hoặc)\s*đúng\s*(?:thời\s*)?hạn`;
const VILLAGE_WORD = "thôn|làng|bản|ấp|khóm|buôn|bon|plei|sóc|phum|xóm|khu dân cư|khu phố|khối phố|tổ dân phố|TDP|KDC";

export const FAMILIES: Family[] = [
  {
    id: "mediation",
    unitless: true,
    topic: cue("hòa giải"),
    units: ["case"],
    roles: [
      OUT_OF,
      {
        role: "received",
        before: cue(
          String.raw`tiếp nhận|thụ lý|hòa giải(?:\s*được)?|tiến hành hòa giải(?:\s*được)?|đưa ra hòa giải|tổng số|phát sinh|xảy ra`,
        ),
      },
      {
        role: "successful",
        before: cue(String.raw`hòa giải thành(?:\s*công)?|thành(?:\s*công)?`),
        after: after(String.raw`(?:được\s*)?(?:hòa giải\s*)?thành(?:\s*công)?`),
        units: ["case", "petition"],
      },
      {
        role: "unsuccessful",
        before: cue(String.raw`(?:hòa giải\s*)?không thành(?:\s*công)?`),
        after: after(String.raw`(?:hòa giải\s*)?không thành(?:\s*công)?`),
        units: ["case", "petition"],
      },
      {
        role: "pending",
        before: cue(
          String.raw`đang (?:tiếp tục\s*)?(?:giải quyết|hòa giải|xem xét|xác minh)|chưa (?:giải quyết|hòa giải)(?:\s*xong)?|còn lại|còn tồn|tồn đọng`,
        ),
        after: after(String.raw`(?:đang|chưa)\s*(?:tiếp tục\s*)?(?:hòa giải|giải quyết|xem xét)`),
      },
      BREAKDOWN,
    ],
    outputs: [
      { indicator: "mediation_cases_received", role: "received" },
      { indicator: "mediation_successful", role: "successful" },
      { indicator: "mediation_unsuccessful", role: "unsuccessful" },
      { indicator: "mediation_pending", role: "pending" },
      {
        indicator: "mediation_success_rate",
        role: "successful",
        denominators: ["total", "received"],
        totalIs: "mediation_cases_received",
      },
    ],
  },
  {
    id: "supervision",
    topic: cue("giám sát"),
    units: ["meeting"],
    roles: [
      OUT_OF,
      {
        role: "recommendations",
        before: cue(String.raw`kiến nghị sau giám sát${FILLER}{0,40}(?:tiếp thu|giải quyết)`),
      },
      {
        role: "people_inspection",
        before: cue(String.raw`(?:thanh tra nhân dân|TTND)${FILLER}{0,40}?giám sát(?:\s*được)?`),
      },
      {
        role: "community_investment",
        before: cue(String.raw`(?:đầu tư của cộng đồng|đầu tư cộng đồng|GSĐTCĐ)${FILLER}{0,40}?giám sát(?:\s*được)?`),
      },
      {
        role: "front",
        before: cue(String.raw`(?:mặt trận|MTTQ)${FILLER}{0,80}?giám sát(?:\s*được)?`),
      },
    ],
    outputs: [
      { indicator: "supervision_recommendations_resolved", role: "recommendations", denominators: ["total"] },
      { indicator: "people_inspection_supervisions", role: "people_inspection" },
      { indicator: "community_investment_supervisions", role: "community_investment" },
      { indicator: "fatherland_front_supervisions", role: "front" },
    ],
  },
  {
    id: "one_stop",
    topic: cue("một cửa"),
    unitless: true,
    units: ["commune", "town", "unit"],
    roles: [
      OUT_OF,
      {
        role: "running",
        before: cue(String.raw`một cửa[”"*]*(?:\s*(?:có|là|đạt|:))?`),
        after: after(String.raw`${FILLER}{0,40}?một cửa`),
      },
    ],
    outputs: [{ indicator: "one_stop_communes", role: "running", denominators: ["total"] }],
  },
  {
    id: "petitions",
    levels: true,
    unitless: true,
    topic: cue(String.raw`đơn(?!\s*vị)|khiếu nại|tố cáo|kiến nghị|phản ánh|KNTC`),
    units: ["petition", "case"],
    exclude: cue("cử tri"),
    roles: [
      {
        role: "received",
        before: cue(
          String.raw`tiếp nhận(?:\s*(?:được|(?:và|,)\s*(?:xử lý|giải quyết|phân loại)))?|nhận(?:\s*được)?|thụ lý|tổng số(?:\s*đơn(?:\s*thư)?)?|tổng cộng|phát sinh`,
        ),
      },
      {
        role: "total",
        before: cue(
          String.raw`phải (?:giải\s*)?quyết|cần giải quyết|thuộc thẩm quyền(?:[^\d;]{0,40}?giải quyết)?|(?:tiếp nhận\s*)?giải quyết theo thẩm quyền|(?:trên|trong)\s*(?:tổng\s*)?số|đối với`,
        ),
      },
      {
        role: "resolved",
        before: cue(
          String.raw`(?:đã\s*)?(?:giải quyết|xử lý)(?:\s*(?:xong|dứt điểm|được|kịp thời))?|tỷ lệ (?:đơn\s*(?:thư\s*)?)?(?:được\s*)?giải quyết${FILLER}{0,40}(?:đạt|là)`,
        ),
        after: after(String.raw`(?:đã\s*)?(?:được\s*)?giải quyết\s*(?:xong|dứt điểm)`),
      },
      {
        role: "pending",
        before: cue(
          String.raw`đang (?:giải quyết|xác minh|xem xét|thụ lý|xử lý)|chưa giải quyết(?:\s*xong)?|còn tồn(?:\s*đọng)?|tồn đọng|còn lại|còn`,
        ),
        after: after(String.raw`(?:đang|chưa)\s*(?:được\s*)?(?:giải quyết|xác minh|xem xét|xử lý)|tồn đọng`),
      },
      {
        role: "other",
        before: cue(
          String.raw`(?:không\s*)?đủ điều kiện(?:\s*(?:xử lý|giải quyết))?|không thuộc thẩm quyền|hướng dẫn(?:\s*công dân)?|chuyển(?:\s*(?:đơn|đến|cơ quan|sang))?|trùng lặp|nặc danh|lưu đơn|rút đơn|chấm dứt giải quyết|đình chỉ(?:\s*giải quyết)?|trả lời|hòa giải(?:\s*không)?\s*thành|văn bản|sau giải quyết(?:\s*đơn)?`,
        ),
      },
      BREAKDOWN,
    ],
    outputs: [
      { indicator: "petitions_received", role: "received" },
      { indicator: "petitions_resolved", role: "resolved", denominators: ["total", "received"] },
      { indicator: "petitions_pending", role: "pending" },
    ],
  },
  {
    id: "reception",
    levels: true,
    topic: cue(String.raw`tiếp(?:\s*công)?\s*dân|tiếp\s*\d|lượt`),
    units: ["turn", "person"],
    exclude: cue(String.raw`truy cập|lượt xem|tham dự|tham gia|trợ cấp|hỗ trợ|khám|cử tri|tiếp xúc`),
    roles: [
      {
        role: "turns",
        units: ["turn"],
        before: cue(
          String.raw`tiếp(?!\s*(?:nhận|xúc|tục|thu|cận|theo|giáp|tế|đón|sức|diễn|nối|quản|tân))(?:\s*(?:công dân|dân))?(?:\s*(?:được|định kỳ|thường xuyên|đột xuất))?|lượt tiếp(?:\s*(?:công dân|dân))?`,
        ),
      },
      {
        role: "persons",
        units: ["person"],
        before: cue(
          String.raw`tiếp(?!\s*(?:nhận|xúc|tục|thu|cận|theo|giáp|tế|đón|sức|diễn|nối|quản|tân))(?:\s*(?:công dân|dân))?(?:\s*(?:được|định kỳ|thường xuyên|đột xuất))?`,
        ),
        after: after(
          String.raw`(?:đến\s*)?(?:được\s*)?tiếp|đến (?:trụ sở\s*)?(?:để\s*)?(?:kiến nghị|phản ánh|khiếu nại)`,
        ),
      },
      {
        role: "other",
        before: cue(String.raw`định kỳ|thường xuyên|đột xuất|gồm|trong đó|lĩnh vực`),
        // "1.472 lượt công dân với … 57 lượt đoàn đông người": the crowd delegations among the turns.
        after: after(String.raw`đông người`),
      },
    ],
    outputs: [
      { indicator: "citizen_reception_turns", role: "turns" },
      { indicator: "citizen_reception_persons", role: "persons" },
    ],
  },
  {
    id: "records",
    levels: true,
    unitless: true,
    topic: cue(String.raw`hồ sơ|TTHC|thủ tục hành chính|dịch vụ công|một cửa|số hóa`),
    units: ["record"],
    exclude: cue(
      String.raw`thanh toán|không dùng tiền mặt|bưu chính|BCCI|phí|lệ phí|bảo trợ|BTXH|người có công|NCC|trợ cấp|BHYT|bảo hiểm|chính sách|chế độ|học sinh|tuyển sinh|dự thi`,
    ),
    roles: [
      {
        role: "received",
        before: cue(
          String.raw`tiếp nhận(?:\s*(?:mới|được|(?:,|và)\s*(?:giải quyết|xử lý)))?|nhận(?:\s*được)?|tổng số(?:\s*hồ sơ)?(?:\s*tiếp nhận)?(?:\s*là)?|tổng cộng`,
        ),
      },
      {
        role: "processed",
        before: cue(
          String.raw`(?<!(?:quá|trễ|chậm)\s*hạn\s*)(?:đã\s*)?(?:giải quyết|xử lý)(?:\s*(?:xong|được))?|trả kết quả(?:\s*được)?|hoàn thành`,
        ),
        after: after(
          String.raw`(?:đã\s*)?(?:được\s*)?(?:giải quyết|xử lý|trả kết quả)(?!\s*(?:đúng|trước|quá|trễ|chậm))`,
        ),
      },
      {
        role: "on_time",
        before: cue(String.raw`${ON_TIME}|đảm bảo thời gian|đúng quy định về thời gian`),
        after: after(String.raw`${FILLER}{0,30}?(?:được\s*)?(?:giải quyết|trả kết quả|xử lý)?\s*(?:${ON_TIME})`),
      },
      {
        role: "early",
        before: cue(String.raw`trước hạn`),
        after: after(String.raw`(?:được\s*)?(?:giải quyết\s*|trả kết quả\s*)?trước hạn`),
      },
      {
        role: "late",
        before: cue(String.raw`trễ hạn|quá hạn|chậm(?:\s*(?:trả|giải quyết))?(?:\s*hạn)?|chậm trễ|trễ`),
        after: after(String.raw`(?:bị\s*)?(?:được\s*)?(?:giải quyết\s*|trả kết quả\s*)?(?:trễ|quá|chậm)(?:\s*hạn)?`),
      },
      {
        role: "online",
        before: cue(
          String.raw`trực tuyến|dịch vụ công(?:\s*trực tuyến)?|DVC(?:TT)?|qua mạng|môi trường điện tử|cổng dịch vụ công`,
        ),
        after: after(
          String.raw`(?:được\s*)?(?:nộp\s*|tiếp nhận\s*|giải quyết\s*|gửi\s*|xử lý\s*)?(?:qua\s*)?(?:(?:cổng|hệ thống)\s*)?(?:trực tuyến|dịch vụ công|DVC|mạng)`,
        ),
      },
      { role: "digitised", before: cue(String.raw`số hóa`), after: after(String.raw`(?:được\s*)?số hóa`) },
      {
        role: "other",
        before: cue(String.raw`đang (?:giải quyết|xem xét|xử lý|trong hạn)|chưa đến hạn|trực tiếp|bưu chính|rút`),
      },
      OUT_OF,
      BREAKDOWN,
    ],
    outputs: [
      { indicator: "admin_records_received", role: "received" },
      {
        indicator: "admin_records_on_time",
        role: "on_time",
        denominators: ["total", "processed", "received"],
        partWhen: "early",
      },
      { indicator: "admin_records_late", role: "late" },
      { indicator: "online_records_share", role: "online", denominators: ["total", "received"] },
      { indicator: "digitisation_share", role: "digitised", denominators: ["total", "received"] },
    ],
  },
  {
    id: "ocop",
    topicFromPrevious: true,
    topic: cue(String.raw`OCOP|mỗi xã một sản phẩm`),
    units: ["product"],
    exclude: cue(String.raw`tham gia|dự thi|đăng ký|đề nghị|trưng bày|giới thiệu|hội chợ|triển lãm`),
    roles: [
      {
        role: "total",
        before: cue(
          String.raw`nâng tổng số(?:\s*sản phẩm)?(?:\s*OCOP)?(?:[^\d;]{0,40}?)lên|tổng số(?:\s*sản phẩm)?(?:\s*OCOP)?|lũy kế|(?:hiện|đến nay|đã)?\s*có`,
        ),
      },
      {
        role: "new",
        before: cue(String.raw`công nhận(?:\s*(?:mới|thêm|bổ sung))?|được công nhận|có thêm|thêm|mới`),
        after: after(String.raw`(?:OCOP\s*)?mới|(?:được\s*)?công nhận mới`),
      },
      BREAKDOWN,
      {
        role: "reevaluated",
        before: cue(String.raw`đánh giá lại|công nhận lại|tái công nhận`),
        after: after(
          String.raw`(?:OCOP\s*)?(?:được\s*)?(?:đánh giá lại|công nhận lại|tái công nhận|đánh giá,\s*công nhận lại)`,
        ),
      },
    ],
    outputs: [
      { indicator: "ocop_products_total", role: "total" },
      { indicator: "ocop_products_new", role: "new" },
      { indicator: "ocop_products_reevaluated", role: "reevaluated" },
    ],
  },
  {
    id: "friendly",
    unitless: true,
    topicFromPrevious: true,
    topic: cue("thân thiện"),
    exclude: cue(String.raw`kiểm tra|khảo sát|tập huấn|hướng dẫn|nâng cao chất lượng`),
    units: ["commune", "town", "unit"],
    roles: [
      OUT_OF,
      {
        role: "achieved",
        units: ["commune", "town"],
        before: cue(
          String.raw`(?:đạt|công nhận|đủ điều kiện)${FILLER}{0,40}?thân thiện[”"*]*(?:${FILLER}{0,20}?(?:là|:|cho|gồm))?`,
        ),
        after: after(String.raw`${FILLER}{0,50}?(?:đạt|công nhận|đủ điều kiện|hoàn thành)${FILLER}{0,50}?thân thiện`),
        afterReach: "clause",
      },
      {
        role: "models",
        before: cue(
          String.raw`(?:mô hình|điểm|thí điểm)${FILLER}{0,80}?thân thiện${FILLER}{0,60}?(?:tại|ở|cho)|nhân rộng(?:\s*(?:ra|thêm))?|mở rộng(?:\s*(?:ra|thêm))?|thí điểm tại`,
        ),
      },
    ],
    outputs: [
      { indicator: "friendly_gov_communes", role: "achieved", denominators: ["total"] },
      { indicator: "friendly_gov_model_units", role: "models" },
    ],
  },
  {
    id: "conventions",
    unitless: true,
    topicFromPrevious: true,
    topic: cue("hương ước|quy ước"),
    units: ["village"],
    roles: [
      OUT_OF,
      {
        role: "has",
        before: cue(String.raw`(?:hương ước|quy ước)${FILLER}{0,40}?(?:là|đạt|:|ở|tại)`),
        after: after(String.raw`${FILLER}{0,80}?(?:hương ước|quy ước)`),
        afterReach: "clause",
      },
    ],
    outputs: [{ indicator: "village_conventions", role: "has", denominators: ["total"] }],
  },
  {
    id: "cultured_families",
    unitless: true,
    topicFromPrevious: true,
    topic: cue(String.raw`gia đình văn hóa|GĐVH|gia đình thể thao|gia đình thể dục thể thao|GĐ\s*TĐTT`),
    units: ["household"],
    exclude: cue(String.raw`đăng ký`),
    roles: [
      OUT_OF,
      {
        role: "cultured",
        before: cue(String.raw`gia đình văn hóa|GĐVH`),
        after: after(String.raw`${FILLER}{0,50}?(?:gia đình văn hóa|GĐVH)|(?:được\s*công nhận\s*|đạt\s*)danh hiệu này`),
      },
      {
        role: "sports",
        before: cue(String.raw`gia đình (?:thể dục\s*)?thể thao|GĐ\s*TĐTT`),
        after: after(String.raw`${FILLER}{0,30}?(?:gia đình (?:thể dục\s*)?thể thao|GĐ\s*TĐTT)`),
      },
    ],
    outputs: [
      { indicator: "cultured_families", role: "cultured", denominators: ["total"] },
      { indicator: "sports_families", role: "sports", denominators: ["total"] },
    ],
  },
  {
    id: "cultured_villages",
    unitless: true,
    topicFromPrevious: true,
    topic: cue("văn hóa"),
    units: ["village"],
    exclude: cue(String.raw`đăng ký|nhà văn hóa|trung tâm văn hóa|thiết chế|văn hóa nông thôn mới|gia đình văn hóa`),
    roles: [
      OUT_OF,
      {
        role: "cultured",
        before: cue(
          String.raw`(?:${VILLAGE_WORD})\s*văn hóa|danh hiệu văn hóa|công nhận${FILLER}{0,20}?(?<!gia đình\s)văn hóa`,
        ),
        after: after(
          String.raw`(?:${FILLER}{0,40}?(?:(?:đạt|công nhận|giữ vững)${FILLER}{0,30}?|(?:${VILLAGE_WORD}|danh hiệu)\s*))?văn hóa(?!\s*(?:nông thôn|cơ sở))`,
        ),
        afterReach: "clause",
      },
    ],
    outputs: [{ indicator: "cultured_villages", role: "cultured", denominators: ["total"] }],
  },
  {
    id: "dialogue",
    unitless: true,
    levels: true,
    topicFromPrevious: true,
    topic: cue("đối thoại"),
    units: ["meeting", "person", "opinion"],
    exclude: cue("cử tri"),
    roles: [
      OUT_OF,
      {
        role: "held",
        units: ["meeting"],
        before: cue(String.raw`đối thoại(?:\s*trực tiếp)?`),
        after: after(String.raw`(?:hội nghị\s*)?(?:tiếp xúc(?:\s*,|\s*và)?\s*)?(?:gặp gỡ(?:\s*,|\s*và)?\s*)?đối thoại`),
      },
      {
        role: "communes",
        units: ["commune", "town"],
        before: cue(String.raw`số (?:xã|đơn vị)${FILLER}{0,60}?đối thoại${FILLER}{0,80}`),
        after: after(String.raw`${FILLER}{0,60}?đối thoại`),
        afterReach: "clause",
      },
      {
        role: "participants",
        units: ["person"],
        before: cue(String.raw`(?:tham\s*)?dự(?:\s*(?:hội nghị|buổi))?(?:\s*đối thoại)?\s*(?:có|gồm)`),
        after: after(String.raw`${FILLER}{0,20}?(?:tham dự|tham gia|dự(?!\s*(?:thảo|án|kiến|toán|báo)))`),
      },
      {
        role: "opinions",
        units: ["opinion"],
        before: cue(String.raw`có|tiếp nhận|nêu|ghi nhận|tổng hợp|phát biểu|với|đề xuất|phản ánh`),
        after: after(String.raw`(?:${FILLER}{0,10}?)(?:phát biểu|được nêu|nêu|đề xuất|gửi)`),
      },
      {
        role: "answered",
        units: ["opinion"],
        before: cue(String.raw`trả lời|giải đáp|giải trình|tiếp thu`),
        after: after(String.raw`${FILLER}{0,40}?(?:trả lời|giải đáp|giải trình|tiếp thu|giải quyết)`),
      },
      BREAKDOWN,
    ],
    outputs: [
      { indicator: "dialogues_held", role: "held" },
      { indicator: "communes_holding_dialogues", role: "communes", denominators: ["total"] },
      { indicator: "dialogue_participants", role: "participants" },
      { indicator: "dialogue_opinions_raised", role: "opinions" },
      { indicator: "dialogue_opinions_answered", role: "answered", denominators: ["total", "opinions"] },
    ],
  },
  {
    id: "voters",
    levels: true,
    topic: cue("cử tri"),
    units: ["meeting", "person", "opinion"],
    roles: [
      OUT_OF,
      {
        role: "meetings",
        units: ["meeting"],
        before: cue(String.raw`tiếp xúc cử tri(?:[^\d;]{0,40}?được)?`),
        after: after(String.raw`tiếp xúc cử tri`),
      },
      { role: "attendance", units: ["person"], after: after(String.raw`(?:cử tri\s*)?(?:tham dự|tham gia|dự)`) },
      {
        role: "resolved",
        before: cue(String.raw`(?:ý kiến|kiến nghị)${FILLER}{0,40}?cử tri${FILLER}{0,60}?(?:giải quyết|trả lời)`),
      },
    ],
    outputs: [
      { indicator: "voter_meetings", role: "meetings" },
      { indicator: "voter_meeting_attendance", role: "attendance" },
      { indicator: "voter_petitions_resolved", role: "resolved", denominators: ["total"] },
    ],
  },
  {
    id: "cultured_agencies",
    topic: cue("văn hóa"),
    units: ["agency"],
    exclude: cue(String.raw`đăng ký|nhà văn hóa`),
    roles: [
      OUT_OF,
      {
        role: "cultured",
        after: after(String.raw`${FILLER}{0,30}?(?:đạt|công nhận|giữ vững)${FILLER}{0,20}?văn hóa`),
      },
    ],
    outputs: [{ indicator: "cultured_agencies", role: "cultured", denominators: ["total"] }],
  },
  {
    id: "skilful",
    topic: cue("dân vận khéo"),
    units: ["model"],
    roles: [
      {
        role: "models",
        before: cue(
          String.raw`có|gồm|xây dựng|đăng ký|công nhận|lựa chọn|tổng số|triển khai|nhân rộng|biểu dương|khen thưởng`,
        ),
        after: after(String.raw`${FILLER}{0,30}?dân vận khéo`),
      },
      BREAKDOWN,
    ],
    outputs: [{ indicator: "skilful_mobilisation_models", role: "models" }],
  },
  {
    id: "new_rural",
    unitless: true,
    topic: cue(String.raw`nông thôn mới|NTM`),
    units: ["commune"],
    exclude: cue(String.raw`nâng cao|kiểu mẫu|đề nghị|phấn đấu`),
    roles: [
      OUT_OF,
      {
        role: "achieved",
        after: after(
          String.raw`${FILLER}{0,40}?(?:đạt chuẩn|hoàn thành|được công nhận)${FILLER}{0,45}?(?:nông thôn mới|NTM)`,
        ),
        afterReach: "clause",
      },
    ],
    outputs: [{ indicator: "new_rural_communes", role: "achieved", denominators: ["total"] }],
  },
  {
    id: "context",
    topic: cue(
      String.raw`diện tích|dân số|nhân khẩu|đơn vị hành chính|trực thuộc|toàn (?:huyện|tỉnh|xã|phường|thị xã|thành phố) có|hộ nghèo`,
    ),
    units: ["household", "resident", "person", "commune", "village"],
    exclude: cue(
      String.raw`đặc biệt|biên giới|đạt|đăng ký|văn hóa|nông thôn mới|kiểu mẫu|an toàn|ATK|khu vực|vùng|thuộc|cận nghèo|đồng bào|dân tộc|tham gia|hiến|được`,
    ),
    excludeAfter: cue(String.raw`có|đã|đang|thực hiện|xây dựng|tổ chức|hoàn thành`),
    roles: [
      OUT_OF,
      {
        role: "households",
        units: ["household"],
        before: cue(
          String.raw`(?:toàn\s*)?(?:huyện|tỉnh|xã|phường|thị xã|thành phố|thị trấn|quận)(?:\s*hiện)?\s*có|tổng (?:dân\s*)?số(?:\s*hộ)?(?:\s*\p{L}+){0,2}\s*(?:là|có)|dân số(?:\s*\p{L}+){0,2}\s*(?:là|có)`,
        ),
      },
      {
        role: "population",
        units: ["resident", "person"],
        before: cue(
          String.raw`dân số(?:\s*(?:là|có|toàn \p{L}+|khoảng))?|với|toàn (?:huyện|tỉnh|xã|phường|thị xã|thành phố)\s*có`,
        ),
      },
      {
        role: "poor",
        units: ["household"],
        before: cue(String.raw`hộ nghèo(?:\s*(?:là|có|còn))?|tỷ lệ hộ nghèo`),
        after: after("nghèo"),
      },
      {
        role: "communes",
        units: ["commune"],
        before: cue(String.raw`(?:toàn (?:huyện|tỉnh)\s*)?(?:có|gồm|với)(?:\s*tổng số)?|trực thuộc`),
      },
      { role: "villages", units: ["village"], before: cue(String.raw`có|gồm|với|còn`) },
      { role: "near_poor", before: cue("cận nghèo") },
    ],
    outputs: [
      { indicator: "households", role: "households" },
      { indicator: "population", role: "population" },
      { indicator: "poverty_rate", role: "poor", denominators: ["total", "households"] },
      { indicator: "communes", role: "communes" },
      { indicator: "villages", role: "villages" },
    ],
  },
];
