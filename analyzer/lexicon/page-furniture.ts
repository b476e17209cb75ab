/**
 * Page furniture: what a saved or crawled page carries around an article that is no part of
 * it, read by analyzer/article.ts when it looks for the headline, the dateline and the byline.
 */

/** Lines that are navigation or sharing links, not text ('Các tin khác', 'print send mail'). */
export const FURNITURE_LINES: readonly string[] = [
  'Top', 'Phản hồi', 'Các tin khác', 'Tin khác', 'Mới nhất', 'Xem nhiều nhất', 'Đọc nhiều nhất', 'Tin liên quan',
  'Bài liên quan', 'Các tin đã đăng', 'Tin đã đưa', 'Chia sẻ', 'Bình luận', 'In bài', 'print send mail', 'print',
  'send mail', 'Gửi bình luận', 'Lên đầu trang', 'Về đầu trang', 'Quay lại', 'Trở về', 'Tags', 'Từ khóa', 'Tin mới',
  'Tin cùng chuyên mục', 'Xem thêm', 'Theo dõi', 'Share', 'Like', 'Tweet', 'Email', 'Bản in',
]

/**
 * Section names and portal headings ('Tin tức - Sự kiện', 'Chính trị - Xã hội', 'Chi tiết
 * tin'): a line made only of these is no headline.
 */
export const PAGE_SECTION_NAMES: readonly string[] = [
  'Tin tức', 'Sự kiện', 'Tin tức sự kiện', 'Thời sự', 'Chính trị', 'Xã hội', 'Kinh tế', 'Văn hóa', 'Thể thao', 'Giáo dục', 'Y tế',
  'Pháp luật', 'Quốc phòng', 'An ninh', 'Quốc tế', 'Thế giới', 'Xây dựng Đảng', 'Tin Đảng', 'Hoạt động', 'Tin hoạt động',
  'Hoạt động của lãnh đạo tỉnh', 'Hoạt động lãnh đạo', 'Lãnh đạo tỉnh', 'Địa phương', 'Tin địa phương', 'Đời sống', 'Nông nghiệp',
  'Nông thôn', 'Du lịch', 'Môi trường', 'Khoa học', 'Công nghệ', 'Trong nước', 'Trong tỉnh', 'Tin trong tỉnh', 'Tin trong nước',
  'Tổng hợp', 'Tin tổng hợp', 'Tin mới', 'Tin nổi bật', 'Tiêu điểm', 'Bạn đọc', 'Chuyên đề', 'Góc nhìn', 'Phóng sự', 'Bình luận',
  'Tin ảnh', 'Video', 'Thông báo', 'Chỉ đạo điều hành', 'Chỉ đạo', 'Điều hành', 'Văn bản', 'Văn bản pháp luật', 'Giới thiệu',
  'Doanh nghiệp', 'Dân vận', 'Mặt trận', 'Đoàn thể', 'Cải cách hành chính', 'Sức khỏe', 'Tài chính', 'Ngân hàng', 'Đầu tư',
  'Việc làm', 'Người tốt việc tốt', 'Gương người tốt việc tốt', 'Chuyển đổi số', 'Thi đua khen thưởng', 'Thi đua', 'Khen thưởng',
  'Quy hoạch', 'Trang chủ', 'Chi tiết', 'Chi tiết tin', 'Chi tiết tin tức', 'Chi tiết bài viết', 'Chi tiết tin bài', 'Tin văn hóa',
  'Tin kinh tế', 'Tin thể thao', 'Tin quốc tế', 'Tin trong ngày', 'Thời sự chính trị', 'Tin tức tổng hợp', 'Lịch công tác',
]

/** Furniture a crawl glues to the end of the last line ('Thùy LinhPHẢN HỒIGửi bình luận', 'Hoa HạEmail Print Góp ý'). */
export const FURNITURE_GLUED_AT_END: readonly string[] = [
  'PHẢN HỒI', 'Gửi bình luận', 'Email', 'Print', 'Góp ý', 'Bản in', 'In bài', 'Chia sẻ', 'Top', 'Xem thêm:', 'Xem thêm',
  '(Xem tiếp)', '(Còn nữa)', '(còn nữa)', '(Còn tiếp)', '(còn tiếp)', 'Đang tiếp tục cập nhật...', 'Đang tiếp tục cập nhật',
]

/** Two-word closings of a text, lower case: no byline however alone they stand ('Còn nữa', 'Xem thêm'). */
export const CLOSING_PHRASES: readonly string[] = [
  'còn nữa', 'còn tiếp', 'xem tiếp', 'xem thêm', 'kỳ sau', 'kỳ tới', 'hết bài', 'tổng hợp', 'trân trọng', 'xin chào', 'cảm ơn',
  'chúc mừng', 'đọc thêm', 'tin liên', 'bài liên',
]

/**
 * Words after which a capitalised run ending the text is a mention, not a byline the crawl glued
 * on without a period: titles and kin terms ('ông Nguyễn Văn An'), places ('huyện Krông Pa'),
 * prepositions ('tại Hà Nội', 'của Bình Định'). Lower case, one word each.
 */
export const NAME_HEAD_WORDS: ReadonlySet<string> = new Set([
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'con', 'vợ', 'chồng', 'chí', 'đồng', 'bạn', 'thầy', 'nhà', 'sư',
  'tịch', 'thư', 'trưởng', 'phó', 'đốc', 'viên', 'biểu', 'tướng', 'tá', 'úy', 'sĩ', 'tác', 'giả', 'nghệ', 'nhân', 'mẹ', 'cha',
  'tỉnh', 'huyện', 'xã', 'phố', 'quận', 'phường', 'thôn', 'bản', 'làng', 'ấp', 'xóm', 'tổ', 'khu', 'sông', 'núi', 'hồ', 'đảo', 'đèo',
  'đường', 'cầu', 'chợ', 'chùa', 'đền', 'đình', 'miếu', 'nước', 'vùng', 'miền', 'đất', 'thị', 'trấn', 'vịnh', 'biển', 'cảng',
  'rạch', 'kênh', 'suối', 'hẻm', 'ngõ', 'kiệt', 'đồi', 'bến', 'đầm', 'phá', 'mũi', 'hòn', 'gò', 'động', 'hang', 'thác', 'vườn', 'rừng', 'cồn',
  'lao', 'xứ', 'dòng', 'hầm', 'cư', 'tòa', 'sạn', 'đập', 'đỉnh', 'bãi', 'bờ', 'phim', 'sách', 'tên', 'danh', 'mục',
  'tại', 'ở', 'của', 'và', 'với', 'cho', 'từ', 'đến', 'về', 'tới', 'qua', 'như', 'là', 'gồm', 'thăm', 'theo', 'ảnh', 'bởi', 'giữa',
  'trường', 'công', 'ty', 'hội', 'đoàn', 'ban', 'sở', 'viện', 'báo', 'đài', 'tập', 'hiệu', 'lễ', 'giải', 'cúp', 'dự', 'án',
]);
