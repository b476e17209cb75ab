// Words around a candidate that decide what it is: a name after 'đường' is a street, a
// number after 'thứ' is an ordinal, a body followed by 'Mỹ' is American. Kept here as data,
// so that a rule never carries its own word list.

/** Words right before capitalised words that make them a place or a named thing, not a person ('đường Lê Lợi'). */
export const PLACE_WORDS_BEFORE_NAMES: readonly string[] = [
  'đường', 'phố', 'ngõ', 'hẻm', 'quận', 'huyện', 'xã', 'phường',
  'thị xã', 'thị trấn', 'tỉnh', 'thành phố', 'TP.', 'TP', 'Tp.', 'Tp',
  'trường', 'Trường', 'THPT', 'THCS', 'Tiểu học', 'cầu', 'chợ', 'làng',
  'thôn', 'ấp', 'bản', 'sông', 'núi', 'hồ', 'đảo', 'khu',
  'công viên', 'quảng trường', 'Quảng trường', 'bến', 'cảng', 'sân bay', 'bệnh viện', 'Bệnh viện',
  'Đoàn TNCS', 'Đoàn Thanh niên Cộng sản', 'Học viện Chính trị quốc gia', 'Giải thưởng', 'Huân chương', 'Huy chương', 'Cúp', 'lăng',
  'Lăng', 'nhà văn hóa', 'Nhà văn hóa', 'Chiến dịch', 'chiến dịch', 'Đường', 'Phố', 'Thành phố',
  'Quận', 'Huyện', 'Xã', 'Phường', 'Tỉnh',
];

/** Capitalised phrases that begin like a person's name but are places, countries or events. */
export const NOT_PERSON_NAMES: readonly string[] = [
  'Đoàn Thanh niên', 'Đồng Khởi', 'Mùa Xuân', 'Mùa Thu', 'Hán Nôm', 'Điện Biên Phủ', 'Thái Lan', 'Hàn Quốc', 'Hà Lan',
  'Hoa Kỳ', 'Trung Quốc', 'Triều Tiên', 'Đài Loan', 'Hồng Kông', 'Mỹ', 'Lào', 'Cao Miên',
  'Tây Ninh', 'Tây Nguyên', 'Đông Nam Á', 'Việt Nam', 'Văn Miếu', 'Hồ Gươm', 'Hồ Tây', 'Hà Tây',
];

/** Words right before a number that make it a label, an ordinal or a measure, not a count ('thứ 2', 'Quân khu 7'). */
export const NOT_COUNT_BEFORE: readonly string[] = [
  'thứ', 'số', 'khóa', 'khoá', 'lần', 'kỳ', 'quân khu', 'quận',
  'phường', 'tổ', 'khu', 'đội', 'giải', 'hạng', 'cấp', 'top',
  'mã', 'điều', 'khoản', 'chương', 'mục', 'tầng', 'lô', 'km',
  'quốc lộ', 'ql', 'tỉnh lộ', 'đường', 'nhóm', 'lớp', 'tuổi', 'ngày',
  'tháng', 'năm', 'quý', 'nhiệm kỳ', 'giai đoạn',
  // times of day before a day of the month ('đêm 25 rạng ngày 26', 'sáng 8')
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng',
];

/** Words before a number that make it vague ('hàng chục', 'vài trăm'). */
export const VAGUE_BEFORE_NUMBERS: readonly string[] = ['hàng', 'vài', 'mấy', 'dăm', 'nhiều'];

/** Countries and international bodies: a body named with one of them is foreign, no office (DECISIONS.md). */
export const FOREIGN_NAMES: readonly string[] = [
  'Mỹ', 'Hoa Kỳ', 'Anh', 'Pháp', 'Đức', 'Nga', 'Trung Quốc', 'Nhật Bản',
  'Hàn Quốc', 'Triều Tiên', 'Iran', 'Israel', 'Qatar', 'Ukraine', 'Ấn Độ', 'Lào',
  'Campuchia', 'Thái Lan', 'Singapore', 'Indonesia', 'Malaysia', 'Philippines', 'Úc', 'Australia',
  'Canada', 'Liên Hợp Quốc', 'LHQ', 'EU', 'ASEAN', 'NATO', 'Liên minh châu Âu', 'Liên bang',
  'Palestine', 'Syria', 'Iraq', 'Ả Rập', 'Thổ Nhĩ Kỳ', 'Ba Lan', 'Tây Ban Nha', 'Italy',
  'Hà Lan', 'Bỉ', 'Thụy Điển', 'Na Uy', 'Phần Lan', 'Đan Mạch', 'Brazil', 'Mexico',
  'Argentina', 'Cuba', 'Venezuela',
];

/** Press agencies by acronym: in credits and brands ('Ảnh: THX/TTXVN', 'VTV Cup') they are no bodies presented as such. */
export const PRESS_ACRONYMS: readonly string[] = ['TTXVN', 'VTV', 'VOV', 'VNA', 'TTX'];

/** The Fatherland Front's committees: no offices, but they stand in chains with UBND and HĐND. */
export const FRONT_HEADS: readonly string[] = [
  'UBMTTQ Việt Nam', 'UBMTTQ', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc', 'MTTQ Việt Nam', 'MTTQ',
];

/** School types after 'Trường': without one, 'Trường' + name is a person ('Trường Chinh'). */
export const SCHOOL_TYPES: readonly string[] = [
  'THPT', 'THCS', 'PTDTNT', 'PTDTBT', 'PTTH', 'TH', 'MN', 'ĐH', 'CĐ', 'Tiểu học', 'Mầm non', 'Trung học', 'Phổ thông',
  'Đại học', 'Cao đẳng', 'Trung cấp', 'Chính trị', 'Quân sự', 'Sĩ quan', 'Cán bộ', 'Nghiệp vụ', 'Năng khiếu', 'Chuyên',
  'chuyên', 'Dân tộc',
];

/** Words and phrases that end a free-form body name: function words and the verbs of news prose. */
export const NAME_STOP_WORDS: readonly string[] = [
  ...'của cho và với về đã đang sẽ được bị là có không tại trong ngoài theo để từ đến tới nhằm khi thì mà nên'.split(' '),
  ...'như này đó các những một cùng do vào ra lên trên dưới sau trước năm tháng ngày cũng vẫn đều rất luôn'.split(' '),
  ...'bởi vì nếu tuy nhưng hay hoặc gồm cần phải trưởng phó dựa phê hôm sáng chiều tối vừa mới ký nước'.split(' '),
  'thực hiện', 'tổ chức', 'tham mưu', 'phối hợp', 'triển khai', 'chỉ đạo', 'lãnh đạo', 'giúp', 'đề nghị', 'tuyên bố',
  'cho biết', 'thông báo', 'khẳng định', 'nhận định', 'yêu cầu', 'bao gồm', 'thông qua', 'ban hành', 'công bố',
  'kêu gọi', 'đánh giá', 'cảnh báo', 'tiếp tục', 'chủ trì', 'trực thuộc', 'phát biểu', 'chia sẻ', 'ghi nhận',
  'cục diện', 'phát hiện', 'xác lập', 'tiến hành', 'đẩy mạnh', 'bắt giữ', 'khởi tố', 'điều tra', 'kiểm tra',
  'làm việc', 'tiếp nhận', 'trao', 'tặng', 'nhận', 'đạt', 'đón', 'khai mạc', 'bế mạc', 'diễn ra', 'hỗ trợ',
  'tuyên truyền', 'khảo sát', 'xử lý',
];

/**
 * Capitalised words that start sentences and are not given names: a name written just before
 * one ends there ('… Hành chính công Theo kế hoạch'). Words that are also given names (Anh,
 * Toàn, Đại, Nhân …) are left out on purpose.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'Tới', 'Tại', 'Theo', 'Trong', 'Sau', 'Trước', 'Với', 'Về', 'Từ', 'Đến', 'Khi', 'Đây', 'Đó', 'Những', 'Các', 'Một',
  'Ngày', 'Sáng', 'Chiều', 'Tối', 'Trưa', 'Đêm', 'Hôm', 'Năm', 'Tháng', 'Hiện', 'Nay', 'Ông', 'Bà', 'Chị', 'Được',
  'Nhằm', 'Để', 'Do', 'Vì', 'Nhưng', 'Còn', 'Tuy', 'Ngoài', 'Qua', 'Thay', 'Tất', 'Cũng',
];

/**
 * More words that open the sentence after a photo caption ('Ảnh Trà Hương Phát biểu tại …'),
 * used for person names only: inside body names they are ordinary ('Phát triển nông thôn').
 */
export const CAPTION_STARTERS: readonly string[] = ['Phát', 'Giải', 'Chủ', 'Thời', 'Đặc', 'Dự', 'Lễ', 'Buổi', 'Chương'];
