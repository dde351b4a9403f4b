/** Problems in a file (validation, uploads), said in Vietnamese; loaded only where a file is checked. */
export default {
  required: () => "không được để trống",
  tooLong: (max: string) => `dài hơn ${max} ký tự: hãy trích một câu, không phải cả trang`,
  notBoolean: () => "phải là true, false hoặc để trống",
  notPlainNumber: () =>
    'phải là số viết thường, dấu chấm thập phân, không có dấu phân cách hàng nghìn ("1541", "94.11")',
  noMatch: (pattern: string) => `không đúng dạng ${pattern}`,
  notOneOf: (allowed: string) => `phải là một trong ${allowed}`,
  spaces: () => "có khoảng trắng ở đầu hoặc cuối",
  backwardsPeriod: () => "khoảng năm bị ngược: viết năm trước lên trước (2016-2020)",
  unknownFlag: (flag: string, known: string) => `cờ lạ "${flag}" (các cờ: ${known})`,
  flagNeedsNote: () => "dòng có cờ cần ghi chú giải thích lý do",
  tooLarge: () => "quá lớn, không phải là một số",
  negative: (n: string) => `${n} là số âm: số đếm, số lượng và các phần của tỷ lệ không bao giờ nhỏ hơn 0`,
  over100: (n: string) => `${n}% vượt quá 100%: gắn cờ parts_do_not_sum nếu báo cáo ghi như vậy`,
  needsValue: (kind: string) => `chỉ tiêu loại ${kind} cần có value`,
  mustBeBlank: (kind: string) => `phải để trống với chỉ tiêu loại ${kind} (số ghi ở cột value)`,
  zeroDenominator: () => "bằng 0",
  valueNotRecomputed: (expected: string) =>
    `phải bằng numerator/denominator×100 làm tròn 2 chữ số thập phân = ${expected}`,
  percentMismatch: (reported: string, numerator: string, denominator: string, computed: string) =>
    `báo cáo ghi ${reported}% nhưng ${numerator}/${denominator} = ${computed}%: giữ cả hai và gắn cờ percent_mismatch`,
  mismatchFlagAgrees: (numerator: string, denominator: string, computed: string, reported: string) =>
    `có cờ percent_mismatch nhưng ${numerator}/${denominator} = ${computed}% khớp với ${reported}%`,
  mismatchFlagNoPercent: () => "có cờ percent_mismatch nhưng dòng không có reported_percent",
  numeratorOverDenominator: (denominator: string) =>
    `lớn hơn mẫu số (${denominator}): gắn cờ parts_do_not_sum nếu báo cáo ghi như vậy`,
  valueNotReported: () => "phải bằng reported_percent khi thiếu tử số hoặc mẫu số",
  mismatchNeedsBoth: () => "cờ percent_mismatch cần có cả tử số và mẫu số",
  valueWithoutDenominator: () => "phải để trống khi chỉ biết tử số",
  needsDenominatorFlag: () => "tỷ lệ chỉ có tử số phải gắn cờ denominator_not_stated",
  ratioNeedsNumbers: () => "tỷ lệ cần tử số và mẫu số, hoặc reported_percent, hoặc ít nhất tử số",
  quoteNoMatch: (file: string) => `không phải đoạn trích nguyên văn của ${file}: ngay ký tự đầu đã không khớp`,
  quotePartMatch: (file: string, matched: string, before: string) =>
    `không phải đoạn trích nguyên văn của ${file}: khớp đến ký tự ${matched}, sau "…${before}" báo cáo ghi khác`,
  numberNotInQuote: (value: string) => `${value} không có trong đoạn trích`,
  fileEmpty: () => "tệp trống",
  fileEmptyExpected: (columns: string) => `tệp trống: cần một dòng tiêu đề (${columns})`,
  bom: () => "bắt đầu bằng dấu BOM của UTF-8; hãy lưu dưới dạng UTF-8 không có BOM",
  crlf: () => "dùng ký tự xuống dòng kiểu Windows (CRLF); tệp biên tập dùng LF",
  unclosedQuote: () =>
    "trường trong ngoặc kép không được đóng (thiếu dấu ngoặc kép đóng làm nuốt phần còn lại của tệp)",
  misplacedQuote: () =>
    "trường trong ngoặc kép mở ở đây bị đóng sai chỗ: thiếu hoặc thừa dấu ngoặc kép (muốn viết dấu ngoặc kép thì viết hai lần)",
  csvError: (message: string) => message,
  emptyLine: () => "dòng trống giữa bảng",
  tooManyFields: (fields: string, header: string) =>
    `dòng có ${fields} trường, dòng tiêu đề có ${header} (thừa dấu phân cách cuối dòng, hoặc dấu phân cách trong giá trị không có ngoặc kép?)`,
  tooFewFields: (fields: string, header: string) => `dòng có ${fields} trường, dòng tiêu đề có ${header}`,
  duplicateColumn: (name: string) => `cột "${name}" bị lặp`,
  unknownColumn: (name: string, expected: string) => `cột lạ "${name}" (cần các cột ${expected})`,
  missingColumn: (name: string) => `thiếu cột "${name}"`,
  binaryFile: (format: string) =>
    `đây là tệp ${format}, không phải bảng CSV hay Excel (.xlsx): hãy lưu bảng dưới dạng CSV UTF-8 hoặc .xlsx`,
  badEncoding: (encoding: string) => `các byte không phải ${encoding} hợp lệ: hãy lưu tệp dưới dạng CSV UTF-8`,
  readAs: (encoding: string) =>
    `đã đọc theo bảng mã ${encoding} (không phải UTF-8): kiểm tra chữ tiếng Việt có hiển thị đúng không, hoặc lưu lại dưới dạng CSV UTF-8`,
  controlCharacter: (code: string) =>
    `có ký tự điều khiển ${code}: đây không phải bảng văn bản (hãy lưu dưới dạng CSV UTF-8 hoặc .xlsx)`,
  delimiter: (delimiter: string) => `đã đọc với dấu phân cách “${delimiter}”`,
  vietnameseNumbers: () => "đã đọc số theo cách viết tiếng Việt (1.234,5 · 94,11%)",
  missingColumns: (names: string) => `thiếu cột ${names}: chưa đọc dòng nào (hãy dùng tệp mẫu)`,
  noRows: () => "không có dòng nào sau dòng tiêu đề",
  emptyFile: () => "tệp trống",
  notANumber: (cell: string) => `“${cell}” không phải là số (viết 1234.5, hoặc 1.234,5 theo cách viết tiếng Việt)`,
  unknownIndicator: (id: string) => `chỉ tiêu lạ “${id}”: hãy dùng mã trong indicators.csv`,
  duplicateId: (id: string) => `mã “${id}” bị lặp`,
  unreadableSheet: (reason: string) => `không đọc được tệp Excel: ${reason}`,
};
