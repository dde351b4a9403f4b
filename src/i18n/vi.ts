/** Vietnamese interface text (the default language). */
export default {
  siteName: "Số liệu Dân chủ cơ sở",
  tagline: "Dữ liệu mở từ báo cáo thực hiện dân chủ ở cơ sở và dân vận chính quyền",
  skipToContent: "Chuyển đến nội dung",
  otherLanguage: "English",
  nav: {
    home: "Trang chủ",
    indicators: "Chỉ tiêu",
    compare: "So sánh",
    explore: "Truy vấn SQL",
    data: "Tải dữ liệu",
    methodology: "Phương pháp",
  },
  footer: {
    licence:
      "Dữ liệu: CC BY 4.0. Văn bản báo cáo gốc không phải đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15).",
  },
};
