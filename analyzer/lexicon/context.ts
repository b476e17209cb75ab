// Words around a candidate that decide what it is: a name after 'đường' is a street, a
// number after 'thứ' is an ordinal, a body followed by 'Mỹ' is American. Kept here as data,
// so that a rule never carries its own word list.

/** Words right before capitalised words that make them a place or a named thing, not a person ('đường Lê Lợi'). */
export const PLACE_WORDS_BEFORE_NAMES: readonly string[] = [
  'đường', 'phố', 'ngõ', 'hẻm', 'quận', 'huyện', 'xã', 'phường',
  'thị xã', 'thị trấn', 'tỉnh', 'thành phố', 'TP.', 'TP', 'Tp.', 'Tp',
  'trường', 'Trường', 'THPT', 'THCS', 'Tiểu học', 'cầu', 'chợ', 'làng',
  'thôn', 'ấp', 'bản', 'sông', 'núi', 'hồ', 'đảo', 'khu', 'biển', 'bãi biển',
  'công viên', 'quảng trường', 'Quảng trường', 'bến', 'cảng', 'sân bay', 'bệnh viện', 'Bệnh viện',
  'Đoàn TNCS', 'Đoàn Thanh niên Cộng sản', 'TNCS', 'TNTP', 'Đội Thiếu niên Tiền phong', 'Thiếu niên Tiền phong', 'Học viện Chính trị quốc gia', 'Giải thưởng', 'Huân chương', 'Huy chương', 'Cúp', 'lăng',
  'giải thưởng', 'huân chương', 'huy chương', 'cúp',
  'Lăng', 'nhà văn hóa', 'Nhà văn hóa', 'Chiến dịch', 'chiến dịch', 'Đường', 'Phố', 'Thành phố',
  'Quận', 'Huyện', 'Xã', 'Phường', 'Tỉnh',
  // abbreviated level words glued to the name ('H.Đồng Văn', 'TX.Sơn Tây', 'TT.Trà My')
  'H', 'TX', 'TT', 'Q', 'P',
  // places and sites
  'nghĩa trang', 'Nghĩa trang', 'nghĩa trang liệt sĩ', 'Nghĩa trang liệt sĩ', 'đài tưởng niệm', 'Đài tưởng niệm', 'đền', 'Đền', 'chùa', 'Chùa', 'đình', 'Đình', 'kênh', 'rạch', 'bán đảo', 'vịnh', 'đèo',
  'huyện lỵ', 'thủy điện', 'Thủy điện', 'mái ấm', 'rừng', 'ga', 'Ga', 'nhà thờ', 'Nhà thờ', 'di tích', 'Khu di tích',
  'đại lộ', 'Đại lộ', 'quốc lộ', 'tuyến', 'nút giao', 'ngã tư', 'ngã ba', 'xóm', 'Xóm', 'Thôn', 'Ấp', 'Bản', 'Làng',
  'khu phố', 'tổ dân phố', 'tổ', 'sân vận động', 'Sân vận động', 'nhà hát', 'Nhà hát', 'Học viện', 'Đại học', 'đại học',
  // enterprises and other named bodies that are no persons (see ORG_HEADS for the longer forms)
  'Công ty', 'công ty', 'Cty', 'Tập đoàn', 'tập đoàn', 'Tổng công ty', 'Ngân hàng', 'ngân hàng', 'Sân bay',
  'Cảng hàng không', 'cảng hàng không', 'Cảng', 'Khu công nghiệp', 'khu công nghiệp', 'KCN', 'Cụm công nghiệp',
  'cụm công nghiệp', 'Xí nghiệp', 'xí nghiệp', 'Nhà máy', 'nhà máy', 'Hợp tác xã', 'HTX', 'Xi măng', 'xi măng', 'DNTN',
  'Doanh nghiệp', 'doanh nghiệp', 'khách sạn', 'Khách sạn', 'Đồn Biên phòng', 'đồn', 'Hạt Kiểm lâm', 'Hạt kiểm lâm',
  // publishers and crossings ('NXB Kim Đồng', 'giao lộ Tôn Đức Thắng – Lê Duẩn')
  'NXB', 'Nhà xuất bản', 'nhà xuất bản', 'Tủ sách', 'giao lộ', 'Giao lộ',
];

/**
 * Bodies named by the place they govern ('Tỉnh ủy Sơn Tây', 'Huyện đoàn Đồng Văn', 'UBND xã Kim
 * Hòa'): like a level word, the capitalised run after one is a place, perhaps followed by a
 * holder's name when a title comes first ('Bí thư Tỉnh ủy Yên Bái Phạm Duy Cường').
 */
export const BODIES_NAMED_BY_PLACE: readonly string[] = [
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn',
  'Thị đoàn', 'UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
];

/**
 * Units below the commune and generic bodies named without a proper name ('Trưởng thôn Vũ Quốc
 * Trọng', 'Bí thư chi bộ thôn Nguyễn Văn Phương', 'Hiệu trưởng nhà trường Lê Thị Thanh Thủy'):
 * after a title and one of them, a person's name may follow at once, as after a level word.
 */
export const UNITS_NAMED_OR_NOT: readonly string[] = [
  'thôn', 'ấp', 'bản', 'xóm', 'tổ', 'khu phố', 'tổ dân phố', 'làng', 'buôn', 'sóc', 'khóm', 'khu', 'nhà trường',
];

/** Phrases that end in a place word but name no place: 'Thông tấn xã Việt Nam' (the news agency). */
/**
 * Capitalised heads of places that are never given names: after a family-name word they make the
 * run a place ('Từ Làng Sen', 'from Sen village'), not a person. ('Đình', 'Đường' are given names.)
 */
export const PLACE_HEADS_NOT_GIVEN_NAMES: readonly string[] = [
  'Làng', 'Xóm', 'Thôn', 'Ấp', 'Xã', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Chùa', 'Chợ',
];

export const PLACE_WORD_FALSE_FRIENDS: readonly string[] = ['Thông tấn xã', 'thông tấn xã', 'Tân Hoa xã', 'Tân Hoa Xã'];

/**
 * Heads of the names of places, enterprises and bodies whose proper name may come after a few
 * descriptive words ('Công ty TNHH Thương mại và Sản xuất Lộc Phát', 'Công ty CP cấp nước Sơn Tây',
 * 'Khu tái định cư Đồng Tàu', 'Sân bay quốc tế Tân Sơn Nhất'): the capitalised words after them
 * name the thing, not a person. Matched as written (both cases are listed where both occur).
 */
export const ORG_HEADS: readonly string[] = [
  'Công ty', 'Cty', 'Tập đoàn', 'Tổng công ty', 'Ngân hàng', 'Xí nghiệp', 'Nhà máy', 'Hợp tác xã', 'HTX',
  'Khu công nghiệp', 'KCN', 'Cụm công nghiệp', 'Khu kinh tế', 'Khu tái định cư', 'Khu đô thị', 'Khu du lịch',
  'Khu dân cư', 'Sân bay', 'Cảng hàng không', 'Cảng', 'Hạt kiểm lâm', 'Đồn Biên phòng', 'Bệnh viện', 'Trường',
  'Doanh nghiệp', 'DNTN', 'Nhà hát', 'Khách sạn', 'Thủy điện', 'Nhà máy thủy điện', 'Dự án', 'Chợ', 'Cầu', 'Đường',
  'Phố', 'Trung tâm thương mại', 'Siêu thị', 'Câu lạc bộ', 'CLB', 'Quỹ', 'Nghĩa trang', 'Đền', 'Chùa', 'Viện',
  'Học viện', 'Đội', 'Khu dự trữ sinh quyển',
  // written in lower case inside sentences
  'công ty', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'xí nghiệp', 'nhà máy', 'khu công nghiệp', 'cụm công nghiệp',
  'khu kinh tế', 'khu tái định cư', 'khu đô thị', 'khu du lịch', 'khu dân cư', 'sân bay', 'cảng hàng không', 'cảng',
  'hạt kiểm lâm', 'bệnh viện', 'doanh nghiệp', 'nhà hát', 'khách sạn', 'thủy điện', 'chợ', 'cầu', 'đường', 'phố',
  'siêu thị', 'nghĩa trang', 'đền', 'chùa', 'trường',
];

/**
 * Lower-case words that may stand inside a named thing between its head and its proper name
 * ('Công ty cổ phần …', 'Công ty TNHH một thành viên …'): 'và' joins two fields of a firm's name.
 * Any other word of NAME_STOP_WORDS between a head and a capitalised run ends the head's reach.
 */
export const WORDS_INSIDE_ORG_NAMES: readonly string[] = ['và', 'trên', 'dưới'];

/** Capitalised words of a firm's legal form, no part of its proper name ('Công ty TNHH …', 'Công ty Cổ phần …'). */
export const LEGAL_FORM_WORDS: readonly string[] = [
  'TNHH', 'CP', 'MTV', 'XNK', 'TM', 'DV', 'SX', 'JSC', 'Cổ', 'Trách', 'Một', 'Thành', 'Viên', 'Hữu', 'Hạn', 'Tư', 'Nhân',
];

/**
 * Two-syllable words whose first syllable is capitalised inside the title-case names of titles,
 * bodies and firms ('Sở Cảnh sát PC&CC', 'Công ty TNHH Một Thành Viên Kiểm định X', 'Đoàn Luật
 * sư'): a name that ends on the first syllable of one, right before the second, is no person's
 * name ('Sở Cảnh', 'Viên Kiểm'). Titles and the names of ministries, departments and boards add
 * theirs (kinds/person.ts); these are the others.
 */
export const TITLE_CASE_WORDS: readonly string[] = [
  'Cảnh sát', 'Kiểm định', 'Kiểm lâm', 'Kiểm soát', 'Kiểm toán', 'Kiểm tra', 'Thành viên', 'Luật sư', 'Luật gia',
  'Giao thông', 'Văn hóa', 'Tài nguyên', 'Khoa học', 'Nông nghiệp', 'Kế hoạch', 'Thông tin', 'Giáo dục', 'Kinh tế',
  'Đầu tư', 'Phát triển', 'Thương mại', 'Sản xuất', 'Dịch vụ', 'Xuất khẩu', 'Nhập khẩu', 'Xây dựng', 'Lao động',
  'Nội vụ', 'Ngoại giao', 'Tư pháp', 'Y tế', 'Quốc phòng', 'Công an', 'Hải quan', 'Thuế vụ', 'Bảo hiểm', 'Tài chính',
  'Chứng khoán', 'Cổ phần', 'Trách nhiệm', 'Hữu hạn', 'Vận tải', 'Truyền thông', 'Truyền hình', 'Phát thanh',
  'Môi trường', 'Du lịch', 'Thể thao', 'Công nghệ', 'Công nghiệp', 'Thủy sản', 'Thủy lợi', 'Lâm nghiệp', 'Điện lực',
  'Cấp nước', 'Thoát nước', 'Đô thị', 'Quy hoạch', 'Kiến trúc', 'Thanh tra', 'Tuyên giáo', 'Dân vận', 'Tổ chức',
  'Nội chính', 'Đối ngoại', 'Biên phòng', 'Quân sự', 'Phòng cháy', 'Chữa cháy', 'Cứu hộ', 'Cứu nạn', 'Tuyên truyền',
  'Thi đua', 'Khen thưởng', 'Chỉ đạo', 'Chỉ huy', 'Tham mưu', 'Hậu cần', 'Kỹ thuật', 'Bưu điện', 'Viễn thông',
  'Nhà nước', 'Nhân dân', 'Cộng sản', 'Thanh niên', 'Phụ nữ', 'Nông dân', 'Cựu chiến binh', 'Chiến binh', 'Liên đoàn',
  'Tổng hợp', 'Hành chính', 'Học viện', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Tiểu học', 'Mầm non', 'Bệnh viện',
  'Thành phố', 'Thị xã', 'Thị trấn', 'Doanh nghiệp', 'Công ty', 'Tập đoàn', 'Ngân hàng', 'Nhà máy', 'Xí nghiệp',
  'Môi trường', 'Dân tộc', 'Tôn giáo', 'Ngoại vụ', 'Đào tạo', 'Thương binh', 'Xã hội', 'Cộng hòa', 'Chủ nghĩa',
  'Trường tiểu học', 'Trường trung học', 'Trường mầm non', 'Trường đại học', 'Trường cao đẳng', 'Trường chuyên',
  'Đa khoa', 'Pháp luật', 'Ngân sách', 'Nhà báo', 'Dầu khí', 'Tàu thủy', 'Hàng hải', 'Hàng không',
];

/**
 * Words that begin the name of a body, a unit or a firm: capitalised words right after a title
 * that begin with one of them name where the title is held ('Giám đốc Sở Văn hóa …', 'Giám đốc
 * Cảng Vũng Rô', 'Bộ trưởng Bộ Nông nghiệp …'), not its holder.
 */
export const BODY_FIRST_WORDS: readonly string[] = [
  'Ủy', 'Hội', 'Ban', 'Bộ', 'Sở', 'Văn', 'Đảng', 'Tỉnh', 'Huyện', 'Thành', 'Quốc', 'Chính', 'Trung', 'Nhà', 'Công',
  'Cục', 'Tổng', 'Viện', 'Trường', 'Đoàn', 'Mặt', 'Liên', 'Phòng', 'Thường', 'Ngân', 'Kho', 'Bảo', 'Tòa', 'Đài', 'Báo',
  'Cổng', 'Hợp', 'Học', 'Sư', 'Quân', 'Cảng', 'Sân', 'Xí', 'Khu', 'Cụm', 'Hạt', 'Chi', 'Trạm', 'Đồn', 'Bệnh',
  'Cty', 'Quỹ', 'Hãng', 'Câu', 'Tạp', 'Khoa', 'Tổ', 'Thông', 'Thanh', 'Kiểm', 'Hạ', 'Xã', 'Phường', 'Quận', 'Thị', 'Đại', 'Nhóm',
  'Đội', 'Dàn', 'Tốp', 'Lữ', 'Sư', 'Tiểu', 'Trung',
];

/** Words that begin a band's, a team's or a group's name in a list of performers ('Nhóm Mắt Ngọc', 'Ban nhạc …'): the list of persons ends there. */
export const GROUP_WORDS: readonly string[] = ['Nhóm', 'Ban', 'Đội', 'Dàn', 'Tốp', 'Câu', 'Hội', 'Công', 'Tập', 'Tổng', 'Dàn nhạc'];

/** Words of BODY_FIRST_WORDS that are also given names: after 'ông', 'anh', 'đồng chí' … they begin a name ('anh Thanh Hải'). */
export const GIVEN_NAMES_THAT_BEGIN_BODIES: readonly string[] = [
  'Văn', 'Thành', 'Quốc', 'Chính', 'Trung', 'Công', 'Thanh', 'Thông', 'Đại', 'Thị', 'Hạ', 'Bảo', 'Học', 'Quân', 'Liên',
  'Ngân', 'Sư', 'Tiểu', 'Kiểm', 'Khoa',
];

/**
 * Photo and text credits that name a medium, an agency or a service, not a person: 'Ảnh: Reuters',
 * 'Ảnh: Google Earth', 'Ảnh: TTXVN', 'Ảnh: VGP/Thanh Tùng' (the person is the name after the
 * slash). Matched without regard to case.
 */
export const MEDIA_CREDITS: readonly string[] = [
  'TTXVN', 'TTX', 'VNA', 'VGP', 'VOV', 'VTV', 'VTC', 'QĐND', 'CAND', 'TTXVN/VNA', 'Chinhphu.vn', 'Xinhua', 'Tân Hoa xã',
  'THX', 'Reuters', 'AFP', 'AP', 'EPA', 'Getty', 'Getty Images', 'Kyodo', 'Yonhap', 'TASS', 'Sputnik', 'Bloomberg',
  'CNN', 'BBC', 'AFP/TTXVN', 'Google', 'Google Earth', 'Google Maps', 'Internet', 'Facebook', 'Youtube', 'Zalo',
  'Shutterstock', 'Pixabay', 'Wikipedia', 'VnExpress', 'Vietnamnet', 'VietnamPlus', 'Zing', 'Dân trí', 'Dân Trí',
  'Tuổi Trẻ', 'Thanh Niên', 'Tiền Phong', 'Lao Động', 'Nhân Dân', 'Người Lao Động', 'Pháp Luật', 'Kinh tế & Đô thị',
  'Hànộimới', 'Hà Nội Mới', 'An ninh Thủ đô', 'Sài Gòn Giải Phóng', 'SGGP', 'PV', 'CTV', 'NVCC', 'BTC', 'TL', 'ST',
  'Tư liệu', 'Minh họa', 'Nguồn', 'Handout', 'AP Photo', 'Xinhua/TTXVN', 'Reuters/TTXVN', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'Phụ Nữ', 'Phụ nữ', 'Tuổi trẻ', 'Thanh niên', 'Sài Gòn Giải phóng',
  // bodies, federations and sources credited by their initials ('Ảnh: QH', 'Ảnh: VFF', 'Ảnh: MXH')
  'QH', 'VPQH', 'VFF', 'MXH', 'ĐVCC', 'BQL', 'UBND', 'TW', 'VNN', 'NLĐ', 'TNO', 'DTO',
];

/** Words that begin a medium's or a service's name in a credit: 'Ảnh: Báo Tuổi Trẻ', 'Ảnh: Cổng TTĐT …'. */
export const MEDIA_HEADS: readonly string[] = [
  'Báo', 'Tạp chí', 'Đài', 'Cổng', 'Trang', 'Kênh', 'Truyền hình', 'Thông tấn', 'Nguồn', 'Tư liệu', 'Website',
  'Fanpage', 'Google', 'Internet', 'Tổng hợp', 'Bộ', 'Sở', 'Công an', 'UBND', 'Ban', 'Phòng', 'Trung tâm', 'Hội',
];

/** Capitalised phrases that begin like a person's name but are places, countries or events. */
export const NOT_PERSON_NAMES: readonly string[] = [
  'Đoàn Thanh niên', 'Đồng Khởi', 'Mùa Xuân', 'Mùa Thu', 'Hán Nôm', 'Điện Biên Phủ', 'Thái Lan', 'Hàn Quốc', 'Hà Lan',
  'Hoa Kỳ', 'Trung Quốc', 'Triều Tiên', 'Đài Loan', 'Hồng Kông', 'Mỹ', 'Lào', 'Cao Miên',
  'Tây Ninh', 'Tây Nguyên', 'Đông Nam Á', 'Việt Nam', 'Văn Miếu', 'Hồ Gươm', 'Hồ Tây', 'Hà Tây', 'Liên Xô', 'Châu Á',
  'Châu Âu', 'Châu Phi', 'Châu Mỹ', 'Nhật Bản', 'Ấn Độ', 'Thổ Nhĩ Kỳ', 'Tây Ban Nha', 'Hoàng Sa', 'Trường Sa',
  'Lầu Năm Góc', 'Nhà Trắng', 'Cù Lao',
  // a benefactor, by the idiom of Lord Mengchang ('các Mạnh Thường Quân ủng hộ …')
  'Mạnh Thường Quân',
];

/** Words right before a number that make it a label, an ordinal or a measure, not a count ('thứ 2', 'Quân khu 7'). */
export const NOT_COUNT_BEFORE: readonly string[] = [
  'thứ', 'số', 'khóa', 'khoá', 'lần', 'kỳ', 'quân khu', 'quận',
  'phường', 'tổ', 'khu', 'đội', 'giải', 'hạng', 'cấp', 'top',
  'mã', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'tầng', 'lô', 'km',
  // numbered hamlets and quarters ('thôn 10 có 131 hộ', 'xóm 1,2 xã Hùng Sơn')
  'thôn', 'xóm', 'ấp', 'khóm', 'khối',
  'quốc lộ', 'ql', 'tỉnh lộ', 'vành đai', 'đường', 'nhóm', 'lớp', 'tuổi', 'ngày',
  // a steering committee named by the decision that set it up ('Ban Chỉ đạo 389 quốc gia')
  'ban chỉ đạo',
  'tháng', 'năm', 'quý', 'nhiệm kỳ', 'giai đoạn',
  // a Central Committee plenum ('Nghị quyết Trung ương 5 khóa VIII', 'Hội nghị Trung ương 4')
  'trung ương',
  // times of day before a day of the month ('đêm 25 rạng ngày 26', 'sáng 8')
  'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng',
  // options and plans named by a number ('phương án 1 quá sơ sài; phương án 2 thì giữ như cũ')
  'phương án',
  // land parcels ('thửa 28 tờ bản đồ số 5', 'các thửa 256, 257, 260 thuộc …'; a number word counts: 'hai thửa đất')
  'thửa',
];

/**
 * The NOT_COUNT_BEFORE words that are labels named by a number in digits ('đội 3', 'tổ 5',
 * 'thôn 10', 'Quốc lộ 1A'): they block digits only. A number word after them is a count of what
 * follows, the label word ending a longer noun ('quân đội ba tỉnh', 'cùng tổ hai người').
 * Ordinals and measures ('thứ hai', 'lần ba', 'giải Ba', 'tầng hai', 'năm hai') block both.
 */
export const DIGIT_LABELS_BEFORE: readonly string[] = [
  'quân khu', 'quận', 'phường', 'tổ', 'khu', 'đội', 'top', 'mã', 'lô', 'km',
  'thôn', 'xóm', 'ấp', 'khóm', 'khối', 'quốc lộ', 'ql', 'tỉnh lộ', 'vành đai', 'đường', 'nhóm',
  'ban chỉ đạo', 'thửa',
];

/**
 * Number words with a noun that name the parties of a relation, not a count ('quan hệ giữa hai
 * nước', 'hai bên thống nhất'); written in digits ('20 nước') they count.
 */
export const NUMBER_WORD_IDIOMS: readonly string[] = [
  'hai nước', 'hai bên', 'hai phía', 'hai miền', 'ba nước', 'ba bên',
  // the two sides of a bilateral relation, named by their Party, State, parliament, government
  // or people ('lãnh đạo hai Đảng, hai Nhà nước', 'tình hữu nghị giữa hai dân tộc')
  'hai đảng', 'hai nhà nước', 'hai quốc hội', 'hai chính phủ', 'hai dân tộc',
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
  'Argentina', 'Cuba', 'Cu Ba', 'Venezuela', 'TQ',
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
  // vocational, reform and Party schools (genre corpus: 'Trường Dạy nghề số 8', 'Trường Giáo dưỡng số 2')
  'Dạy nghề', 'Nghề', 'Giáo dưỡng', 'Bồi dưỡng', 'Đảng',
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
export const CAPTION_STARTERS: readonly string[] = [
  'Phát', 'Giải', 'Chủ', 'Thời', 'Đặc', 'Dự', 'Lễ', 'Buổi', 'Chương',
  // and the words that open a glued sentence ('… Đoàn Ngọc Hải Giờ mình không …')
  'Giờ', 'Vừa', 'Mới', 'Chưa', 'Đã', 'Sẽ', 'Không', 'Nhiều', 'Mỗi', 'Bởi', 'Nếu', 'Cả', 'Tuần', 'Riêng', 'Dù',
  'Làm',
  // ('… Hoàng Minh Dũng Tiến Trao quyết định …', '… Trần Thăng Phúc Đón nhận …': verbs that open a
  // caption's or a glued sentence and are no given names)
  'Trao', 'Đón',
];

/**
 * Sentence starters that are also given names ('Phan Văn Năm', 'Mai Văn Sáng', 'Cao Đức Phát'):
 * a name ends before one only where it opens one of SENTENCE_OPENERS or a number follows it
 * ('… Năm 2017', '… Sáng nay', '… Phát biểu tại'), not before a comma or a verb ('Mai Văn Sáng nói').
 */
export const STARTERS_THAT_ARE_GIVEN_NAMES: readonly string[] = [
  'Năm', 'Sáng', 'Phát', 'Chương', 'Thời', 'Hiện', 'Tuy', 'Qua', 'Thay', 'Tất', 'Đặc', 'Nay', 'Còn', 'Cũng', 'Đây',
  'Mới',
];

/**
 * Phrases that open a sentence and begin with a word that may end a name ('Liên quan', 'Trao
 * đổi'): where a crawl glued two sentences without a period ('… ở Đồng Tâm Liên quan đến …'),
 * a name ends before them.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'Năm nay', 'Năm qua', 'Năm học', 'Năm ngoái', 'Năm tới', 'Sáng nay', 'Sáng qua', 'Sáng cùng', 'Sáng mai',
  'Phát biểu', 'Phát động', 'Phát huy', 'Chương trình', 'Liên quan', 'Trao đổi', 'Trả lời', 'Cùng ngày', 'Đồng thời',
  'Bên cạnh', 'Ngoài ra', 'Mới đây', 'Cụ thể', 'Theo đó', 'Dự kiến', 'Tại đây', 'Thống kê', 'Nhiệm vụ', 'Giải trình',
  'Tính từ', 'Thu hồi', 'Báo cáo', 'Kết quả', 'Thực hiện', 'Nhân dịp', 'Chiều nay', 'Tối nay', 'Hôm nay',
  'Thời gian', 'Thời điểm', 'Hiện nay', 'Hiện tại', 'Hiện có', 'Tuy nhiên', 'Tuy vậy', 'Qua đó', 'Qua kiểm tra',
  'Qua khảo sát', 'Qua thời gian', 'Thay mặt', 'Thay vì', 'Tất cả', 'Đặc biệt', 'Nay là', 'Còn lại', 'Cũng theo',
  'Cũng trong', 'Đây là', 'Chia sẻ',
  // ('Ảnh Hồ Phương Tổng số doanh nghiệp …', '… Nguyễn Văn Huấn Đơn của anh …', '… Hoàng Thị Thường
  // Đoàn công tác …': a family name or a rare given name that opens a glued sentence)
  'Tổng số', 'Tổng cộng', 'Đơn của', 'Đơn thư', 'Đoàn công tác', 'Đoàn đại biểu', 'Đoàn kiểm tra', 'Đoàn giám sát',
];

/**
 * Capitalised words that a person's name never continues: forms of address written at a sentence
 * start ('Ông', 'Bà') and the other words that begin sentences. A run of capitalised words that
 * reaches one of them going backwards starts after it.
 */
export const RUN_BREAKING_WORDS: readonly string[] = [
  'Ông', 'Bà', 'Anh', 'Chị', 'Cô', 'Chú', 'Bác', 'Em', 'Cháu', 'Cụ', 'Thầy', 'Gồm', 'Là', 'Của', 'Và', 'Có', 'Cùng',
  'Ảnh', 'Bài', 'Tin', 'Nguồn', 'Thưa', 'Kính',
];

/** Words before a title that make it a class ('các đại biểu Quốc hội'), not one person's role. */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những', 'nhiều', 'mọi', 'hai', 'ba', 'bốn', 'năm'];

/**
 * Words after which a title begins a clause that a form of address then completes: 'Theo Giám đốc
 * Sở X, ông Y', 'của Phó Chủ tịch UBND tỉnh, đồng chí Z': there the title is Y's and Z's role.
 * After another word ('Trả lời phóng viên, ông Y') the title is someone else.
 */
export const WORDS_BEFORE_A_FRONTED_TITLE: readonly string[] = [
  'theo', 'của', 'có', 'là', 'và', 'do', 'gồm', 'nguyên', 'tân', 'đồng thời', 'trong đó',
];

/**
 * An enterprise's officers besides its board's chair (lexicon/bodies.ts ENTERPRISE_LEADER_TITLES),
 * written with the chair's title in a chain between a bare Party organ and the enterprise: 'Bí
 * thư Đảng ủy, Chủ tịch HĐQT, Tổng giám đốc Công ty cổ phần X' (the organ is the enterprise's:
 * genre43 mgbm-659; after an officer's title alone the gold is split, genre13 against genre43).
 */
export const ENTERPRISE_OFFICER_TITLES: readonly string[] = [
  'Giám đốc', 'Tổng giám đốc', 'Tổng Giám đốc', 'Phó Giám đốc', 'Phó giám đốc', 'Phó Tổng giám đốc', 'Phó Tổng Giám đốc',
  'Giám đốc điều hành', 'Ủy viên Hội đồng quản trị', 'Ủy viên Hội đồng Quản trị', 'Ủy viên HĐQT', 'Thành viên HĐQT',
  'Thành viên Hội đồng quản trị', 'Ủy viên Hội đồng thành viên', 'Thành viên Hội đồng thành viên', 'Ủy viên HĐTV', 'Thành viên HĐTV',
];

/** What kind of company it is, written in lower case between its head and its name: 'Công ty cổ phần Bóng đèn Điện Quang'. */
export const FIRM_KINDS: readonly string[] = ['cổ phần', 'trách nhiệm hữu hạn', 'TNHH một thành viên', 'TNHH MTV', 'TNHH'];
