/**
 * What a body's name is made of after its head noun, and what ends it (the grammar is
 * analyzer/kinds/body-name.ts). DECISIONS.md: a name is the whole name, lower-case words and
 * dashes included ('Sở Văn hóa - Thể thao', 'Trung tâm văn hóa huyện', 'Trường Trung cấp nghề
 * X'), and nothing after it: no verb, ordinal or congress number.
 *
 * Source: the genre corpus (../shared/corpus/genre-articles.jsonl, held-out articles left out)
 * and the real-article corpus: the lower-case words written inside names that a locator closes
 * ('Trung tâm giáo dục thường xuyên huyện', 'Chi cục quản lý đất đai tỉnh'), and the words
 * written right after complete names ('UBND tỉnh X cho biết', 'Sở Y tế vừa …'); then sorted by
 * hand into the domains of the administration. Phrases are lower case; a name word written
 * with a capital ('Đăng ký', 'Phòng cháy') is the same word.
 */

/**
 * Lower-case words and compounds that are name words: the fields a body works in and the
 * nouns that qualify them. Inside a name they are read as name words; after them a
 * name may go on ('Chi cục Quản lý chất lượng nông lâm sản và thủy sản tỉnh').
 */
export const NAME_VOCABULARY: readonly string[] = [
  // government, law, personnel
  'hành chính', 'hành chính công', 'nhân dân', 'tối cao', 'nhà nước', 'quốc gia', 'quốc tế', 'địa phương',
  'cơ sở', 'cấp cao', 'tổng hợp', 'pháp chế', 'pháp luật', 'pháp lý', 'pháp y', 'tư pháp', 'thi hành án',
  'dân sự', 'hình sự', 'kinh tế', 'xã hội', 'chính trị', 'đối ngoại', 'nội vụ', 'ngoại vụ', 'tổ chức cán bộ',
  'tổ chức - cán bộ', 'cán bộ', 'thi đua', 'thi đua - khen thưởng', 'thi đua khen thưởng', 'công chức', 'viên chức',
  'lưu trữ', 'văn thư', 'thông tin', 'truyền thông', 'báo chí', 'xuất bản', 'lý luận', 'hợp tác', 'tiếp công dân',
  'công dân', 'khiếu nại', 'tố cáo', 'chống tham nhũng', 'phòng chống tham nhũng', 'tham nhũng', 'kiểm toán',
  'thống kê', 'kế hoạch', 'đầu tư', 'tài chính', 'ngân sách', 'thuế', 'hải quan', 'giá', 'công sản', 'tài sản',
  'đấu giá', 'công chứng', 'hộ tịch', 'quốc tịch', 'trợ giúp pháp lý', 'chính sách', 'xã hội hóa', 'cải cách',
  'một cửa', 'dịch vụ', 'công ích', 'quản trị', 'tài vụ', 'kế toán', 'đô thị', 'dân vận', 'tuyên giáo',
  'giám sát', 'thanh tra', 'kiểm sát', 'trung ương', 'cuộc vận động', 'phong trào',
  // land, building, environment
  'tài nguyên', 'môi trường', 'tài nguyên và môi trường', 'tác động môi trường', 'đánh giá tác động môi trường', 'hoạt động bảo vệ môi trường', 'đất đai', 'đăng ký', 'đăng ký đất đai', 'quỹ đất',
  'quyền sử dụng đất', 'sử dụng đất', 'đăng ký quyền sử dụng đất', 'đăng kí', 'đăng kí đất đai',
  'qũy đất', 'đo đạc', 'bản đồ', 'địa chính', 'quy hoạch', 'kiến trúc', 'xây dựng', 'nhà ở', 'bất động sản',
  'nhà', 'hạ tầng', 'kỹ thuật', 'giao thông', 'vận tải', 'giao thông vận tải', 'đường bộ', 'đường sắt', 'đường thủy',
  'hàng hải', 'hàng không', 'công trình', 'dự án', 'giải phóng mặt bằng', 'mặt bằng', 'bồi thường',
  'tái định cư', 'khí tượng', 'thủy văn', 'khí tượng thủy văn', 'biển', 'hải đảo', 'khoáng sản', 'địa chất',
  'nước sạch', 'vệ sinh môi trường', 'cấp nước', 'thoát nước', 'chiếu sáng', 'cây xanh', 'quản lý đô thị',
  // agriculture
  'nông nghiệp', 'lâm nghiệp', 'ngư nghiệp', 'thủy sản', 'thủy lợi', 'đê điều', 'lụt bão', 'thiên tai',
  'phòng chống lụt bão', 'phòng chống thiên tai', 'tìm kiếm cứu nạn', 'cứu nạn', 'cứu hộ', 'kiểm lâm',
  'bảo vệ thực vật', 'thực vật', 'trồng trọt', 'chăn nuôi', 'thú y', 'khuyến nông', 'nông thôn', 'nông thôn mới',
  'phát triển nông thôn', 'nông lâm', 'nông sản', 'nông lâm sản', 'chất lượng', 'an toàn thực phẩm', 'thực phẩm',
  'vệ sinh', 'nguồn lợi', 'hợp tác xã', 'giống', 'cây trồng', 'vật nuôi', 'rừng', 'phòng hộ', 'đặc dụng',
  // wildlife and forest protection ('Trung tâm cứu hộ động vật hoang dã và kỹ thuật bảo vệ rừng Sóc Sơn')
  'động vật', 'hoang dã', 'động vật hoang dã', 'bảo vệ rừng', 'đa dạng sinh học',
  // labour and social affairs
  'lao động', 'thương binh', 'việc làm', 'dạy nghề', 'nghề', 'giáo dục nghề nghiệp', 'nghề nghiệp', 'bảo trợ',
  'bảo trợ xã hội', 'trẻ em', 'người cao tuổi', 'người có công', 'khuyết tật', 'tệ nạn', 'tệ nạn xã hội',
  'giảm nghèo', 'dân tộc', 'tôn giáo', 'dân số', 'kế hoạch hóa gia đình', 'gia đình', 'bình đẳng giới',
  'điều dưỡng', 'phục hồi chức năng', 'cai nghiện', 'giáo dục lao động',
  // mothers' and children's health ('Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em và Kế hoạch hóa gia đình'; longer than 'bà')
  'sức khỏe', 'sức khoẻ', 'bà mẹ', 'bà mẹ trẻ em', 'sức khỏe sinh sản', 'sức khoẻ sinh sản',
  // health
  'y tế', 'dự phòng', 'y tế dự phòng', 'đa khoa', 'khám chữa bệnh', 'y học', 'cổ truyền', 'y học cổ truyền',
  'nhi', 'sản nhi', 'phụ sản', 'ung bướu', 'lao', 'bệnh phổi', 'tâm thần', 'chấn thương', 'chỉnh hình',
  'mắt', 'da liễu', 'truyền máu', 'huyết học', 'kiểm nghiệm', 'dược', 'mỹ phẩm', 'kiểm soát bệnh tật', 'bệnh tật',
  'giám định', 'y khoa', 'dịch tễ', 'vệ sinh dịch tễ', 'sốt rét', 'nội tiết', 'răng hàm mặt', 'cấp cứu',
  // education, science, culture
  // (and the exams a steering board runs: 'Ban Chỉ đạo các kỳ thi huyện Yên Thành')
  'kỳ thi', 'kì thi', 'tuyển sinh',
  'giáo dục', 'đào tạo', 'giáo dục thường xuyên', 'mầm non', 'mẫu giáo', 'tiểu học', 'trung học',
  'trung học cơ sở', 'trung học phổ thông', 'phổ thông', 'dân tộc nội trú', 'nội trú', 'bán trú', 'chuyên',
  'năng khiếu', 'ngoại ngữ', 'tin học', 'bồi dưỡng', 'khoa học', 'công nghệ', 'công nghệ thông tin',
  'nghiên cứu', 'ứng dụng', 'văn hóa', 'thể thao', 'du lịch', 'thể dục', 'thể dục thể thao', 'nghệ thuật',
  'văn hóa nghệ thuật', 'nhân văn', 'khoa học xã hội', 'khoa học xã hội và nhân văn', 'di tích', 'bảo tồn', 'di sản', 'bảo tàng', 'thư viện', 'triển lãm', 'hội chợ',
  'điện ảnh', 'mỹ thuật', 'nhiếp ảnh', 'biểu diễn', 'phát thanh', 'truyền hình', 'truyền thanh', 'xúc tiến',
  'thương mại', 'công thương', 'công nghiệp',
  // an industry's kind after its field ('Vụ Công nghiệp nặng')
  'công nghiệp nặng', 'công nghiệp nhẹ', 'chăm sóc sức khỏe', 'khuyến công', 'điện lực', 'năng lượng', 'xuất nhập khẩu',
  'quản lý thị trường', 'thị trường', 'đo lường', 'tiêu chuẩn', 'đo lường chất lượng', 'sở hữu trí tuệ',
  'bức xạ', 'hạt nhân', 'điều phối', 'chương trình', 'mục tiêu quốc gia', 'cụm công nghiệp', 'khu công nghiệp',
  'khu kinh tế', 'công nghệ cao', 'kinh doanh', 'cửa khẩu', 'sân bay', 'cảng biển', 'điện tử',
  // an enterprise a Party body sits in ('Đảng ủy Tổng công ty truyền thông …'; the firm itself is no office)
  'công ty', 'tổng công ty', 'đa phương tiện',
  'xuất khẩu', 'nhập khẩu', 'hỗ trợ xuất khẩu', 'thẩm định giá', 'thẩm định giá đất', 'chống ngập', 'chống ngập nước',
  'phổ biến, giáo dục pháp luật', 'phổ biến giáo dục pháp luật', 'phản ứng nhanh',
  'thương mại điện tử', 'kinh tế số', 'công nghệ số', 'chuyển đổi số', 'dữ liệu', 'viễn thông', 'bưu chính', 'doanh nghiệp', 'hỗ trợ doanh nghiệp', 'thông tin khoa học',
  // security and defence
  'an ninh', 'trật tự', 'an toàn', 'cảnh sát', 'cơ động', 'ma túy', 'phòng cháy', 'chữa cháy',
  'phòng cháy chữa cháy', 'phòng cháy, chữa cháy', 'cứu nạn cứu hộ', 'xuất nhập cảnh', 'hồ sơ', 'nghiệp vụ',
  'tội phạm', 'trại giam', 'hỗ trợ tư pháp', 'quân sự', 'biên phòng', 'hậu cần', 'bảo vệ', 'cảnh vệ',
  'an ninh mạng', 'quản lý hành chính', 'trật tự xã hội', 'giao thông đường bộ', 'đường bộ - đường sắt',
  'bảo vệ chính trị nội bộ', 'chính trị nội bộ', 'nội bộ', 'quốc phòng', 'dân quân', 'tự vệ', 'đối nội',
  'tuần tra', 'kiểm soát', 'tuần tra kiểm soát', 'điều tra tội phạm', 'cảnh sát điều tra', 'truy nã tội phạm',
  'xây dựng lực lượng', 'quân đội', 'quân y', 'người việt nam ở nước ngoài',
  // (the services' names, whose 'không' is no negation: 'Quân chủng Phòng không - Không quân')
  'phòng không', 'không quân', 'phòng không - không quân', 'phòng không không quân', 'hải quân', 'lục quân',
  // the police's investigation units, named by the crimes they fight ('Phòng CSĐT tội phạm về ma túy')
  'tội phạm về ma túy', 'tội phạm về trật tự xã hội', 'tội phạm về trật tự quản lý kinh tế', 'tội phạm về kinh tế',
  'tội phạm về tham nhũng', 'tội phạm về môi trường', 'tội phạm về buôn lậu', 'tội phạm về quản lý kinh tế và chức vụ',
  'tội phạm về kinh tế và tham nhũng', 'tội phạm công nghệ cao',
  // … and the administrative police, by the order it keeps ('Tổng cục Cảnh sát quản lý hành chính về trật tự xã hội')
  'quản lý hành chính về trật tự xã hội', 'quản lý hành chính về trật tự an toàn xã hội', 'quản lý hành chính về ttxh', 'quản lý hành chính về ttatxh', 'qlhc về ttxh', 'qlhc về ttatxh',
  // kinds of unit and what qualifies them
  'quản lý', 'phát triển', 'quản lý dự án', 'vùng', 'khu vực', 'miền', 'liên ngành', 'chuyên ngành',
  'chuyên trách', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'bộ phận', 'ấp', 'khóm', 'thôn', 'xóm', 'bản', 'tổ dân phố',
  // a unit's branch in a district ('Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9')
  'chi nhánh',
  // work abroad ('Cục Quản lý lao động ngoài nước', 'Trung tâm lao động ngoài nước')
  'ngoài nước', 'lao động ngoài nước',
]

/**
 * Abbreviations written with a dot inside a body's name, read as one name word ('Đảng ủy Khối
 * các cơ quan T.Ư', 'Thường vụ Quân ủy T.Ư'): the dot ends no sentence there.
 */
export const DOTTED_NAME_WORDS: readonly string[] = ['T.Ư', 'T.W']

/**
 * Lower-case words and phrases that end a name: the verbs of news prose and the function
 * words that follow a body's name (mined from what follows complete names in the corpus).
 * A name word that is longer wins ('tổ chức cán bộ' is a name, 'tổ chức' a verb); capitalised,
 * they are name words ('Ban Tổ chức', 'Phòng Đăng ký'). With context.ts NAME_STOP_WORDS.
 */
export const NAME_ENDERS: readonly string[] = [
  // saying and deciding
  'cho rằng', 'cho hay', 'nhấn mạnh', 'nêu rõ', 'nêu', 'nói', 'bày tỏ', 'trả lời', 'giải thích',
  'quyết định', 'ra quyết định', 'kết luận', 'xem xét', 'thống nhất', 'nhất trí', 'kiến nghị', 'đề xuất',
  'phê duyệt', 'chấp thuận', 'bổ nhiệm', 'điều động', 'giới thiệu', 'giao', 'chỉ định', 'bầu', 'kỷ luật',
  'cảnh cáo', 'khiển trách', 'cách chức', 'thi hành', 'soạn thảo', 'dự thảo', 'thành lập', 'ra mắt',
  // doing
  'chủ động', 'tập trung', 'rà soát', 'làm rõ', 'giải quyết', 'tham gia', 'chúc mừng', 'thăm', 'gặp mặt',
  'tăng cường', 'khẩn trương', 'quán triệt', 'thảo luận', 'chất vấn', 'báo cáo', 'trình', 'gửi', 'cung cấp',
  'xác định', 'xác nhận', 'thừa nhận', 'lưu ý', 'tiếp thu', 'mong muốn', 'góp phần', 'theo dõi', 'họp',
  'đánh giá cao', 'cảm ơn', 'hướng dẫn', 'thẩm định', 'phụ trách', 'cho phép', 'sơ kết', 'tổng kết',
  'trở thành', 'đứng đầu', 'dẫn đầu', 'giữ chức', 'giữ', 'thôi giữ', 'làm', 'đi', 'đưa', 'mở', 'tìm', 'xin',
  'đáp ứng', 'đồng ý', 'tiếp', 'lập', 'đặt', 'bắt', 'gặp', 'vinh dự', 'từng', 'nay', 'rồi',
  // time, ordinals and congress numbers: 'Đảng bộ tỉnh lần thứ XVII', 'HĐND tỉnh khóa 8'
  'lần thứ', 'lần', 'thứ', 'khóa', 'khoá', 'nhiệm kỳ', 'kỳ họp', 'phiên', 'đợt', 'giai đoạn', 'hiện nay',
  // function words not in context.ts
  'ở', 'ông', 'bà', 'anh', 'chị', 'kia', 'ấy', 'nào', 'gì', 'ai', 'chỉ', 'đây', 'thuộc', 'nhiều',
  'lại', 'càng', 'hết', 'mọi', 'toàn bộ', 'chưa', 'chứ', 'sao', 'vậy', 'song', 'đồng thời',
]

/** Words a number may follow inside a name: 'Trường … số 2', 'Ấp 4', 'Sư đoàn 330', 'vùng 4' (the last word, lower case). */
export const NUMBERED_NAME_WORDS: readonly string[] = [
  'số', 'ấp', 'khóm', 'tổ', 'khu', 'vực', 'đội', 'thôn', 'bản', 'xóm', 'khối', 'vùng', 'đoàn', 'quận', 'phường',
]

/**
 * Capitalised words that open a sentence glued to the name before it ('… UBND TP.Ở cương vị
 * mới', '… UBND xã.Đồng chí …'), a photo caption ('… Nội Bài Ảnh: …') or a page footer ('… Tổng
 * cục Thống kê Giấy phép Báo điện tử số …'): never a place's or a name's first word.
 */
export const NOT_NAME_STARTS: readonly string[] = [
  'Ở', 'Đồng chí', 'Hiện', 'Đây', 'Đó', 'Còn', 'Bên cạnh', 'Tuy nhiên', 'Ngoài ra', 'Ảnh', 'Giấy phép',
  // sentence openers that lost the period before them ('… Tổng cục X Nhân dịp này, …', '… giám đốc sở Điển hình như …')
  'Nhân dịp', 'Nhân đây', 'Điển hình', 'Trước đó', 'Sau đó', 'Theo đó', 'Cụ thể',
]

/**
 * Words that begin the name of an organisation that is no Party or State body (DECISIONS.md:
 * associations, enterprises): after 'và' or a dash they start another name, not a part of this
 * one ('Cục Xúc tiến thương mại và Hiệp hội Nhôm …', 'Phòng Kinh doanh - Công ty …').
 */
export const OTHER_ORGANISATIONS: readonly string[] = [
  'Hiệp hội', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Liên hiệp', 'Hội Chữ thập đỏ', 'Hội Luật gia', 'Hội Nhà báo',
  'Liên hiệp', 'Liên đoàn', 'Công ty', 'Cty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Quỹ', 'Hợp tác xã',
  'Doanh nghiệp', 'Nhà máy', 'Xí nghiệp', 'Câu lạc bộ',
]

/**
 * A unit named by two tasks joined by a dash, the second of them written like a body's head
 * ('Vụ Pháp chế - Thanh tra'): the dash joins the two tasks into one name, where elsewhere a head
 * after a dash starts another body ('Tổng cục … – Bộ …', 'Phòng Tổng hợp - Thanh tra Sở GTVT': the
 * division of the department's inspectorate). Pairs [first task, second task], mined from the
 * genre corpus (department names whose second part is a head); either task in any case of its
 * first letter.
 */
export const DASH_JOINED_TASKS: readonly (readonly [string, string])[] = [
  ['Pháp chế', 'Thanh tra'],
];

/**
 * Two tasks a comma joins inside one unit's name, the second written in lower case ('Cục Quản
 * lý Y, dược cổ truyền', 'Cục Thẩm định, đánh giá tác động môi trường', 'Ban Chỉ đạo phòng,
 * chống tham nhũng'): after the comma the name goes on. Pairs [first task, second task].
 */
export const COMMA_JOINED_TASKS: readonly (readonly [string, string])[] = [
  ['Y', 'dược'],
  ['Thẩm định', 'đánh giá'],
  ['phòng', 'chống'],
  ['Phòng', 'chống'],
  // a traffic police team's two tasks: 'Đội CSGT trật tự, phản ứng nhanh'
  ['trật tự', 'phản ứng nhanh'],
  // protection and care of a group: 'Cục Bảo vệ, chăm sóc trẻ em', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ'
  ['Bảo vệ', 'chăm sóc'],
];

/**
 * Proper names (places, heroines a school or street is named after) with a word that also opens
 * sentences or persons' names ('Bà'): inside a body's name they go on it ('Trường THCS-THPT Hai
 * Bà Trưng', 'Trường THCS Bà Triệu', 'Công an phường Bà Rịa').
 */
export const NAMES_WITH_STARTER_WORDS: readonly string[] = [
  'Hai Bà Trưng', 'Bà Triệu', 'Bà Rịa', 'Bà Rịa - Vũng Tàu', 'Bà Chiểu', 'Bà Điểm', 'Bà Huyện Thanh Quan', 'Bà Đen', 'Bà Nà',
];

/**
 * Provinces that no longer exist, which bodies of their time are named with after 'tỉnh' or
 * 'Tỉnh ủy' ('UBND tỉnh Hà Sơn Bình' in a land dispute's history, 'Bí thư Tỉnh ủy Sơn Tây' in a
 * biography): the provinces of 1976–2008 split or merged before the 63 of 2008, and the older
 * ones the genre corpus names so (Sơn Tây, Hà Đông, Gia Định). Read only after those words: alone,
 * 'Hà Đông' and 'Sơn Tây' are districts of Hà Nội today.
 */
export const FORMER_PROVINCES: readonly string[] = [
  'Hà Tây', 'Hà Sơn Bình', 'Hà Nam Ninh', 'Nam Hà', 'Hà Bắc', 'Hải Hưng', 'Vĩnh Phú', 'Bắc Thái', 'Hoàng Liên Sơn',
  'Cao Lạng', 'Nghệ Tĩnh', 'Bình Trị Thiên', 'Quảng Nam - Đà Nẵng', 'Nghĩa Bình', 'Phú Khánh', 'Thuận Hải',
  'Gia Lai - Kon Tum', 'Sông Bé', 'Cửu Long', 'Minh Hải', 'Sơn Tây', 'Hà Đông', 'Gia Định', 'Kiến An', 'Hồng Quảng',
  'Hải Ninh',
];

/**
 * Capitalised words that open sentences and never (or hardly ever) begin a place's name: after an
 * abbreviated level word and its dot ('… quy định của UBND TP. Việc bà Hòa đề nghị …', '… của
 * TP. Theo …') the next sentence starts, no city. Mined from the genre corpus (held-out articles
 * left out): words that open a sentence (after '.', '!' or '?') at least ten times and follow a
 * level word or a place noun ('huyện', 'xã', 'TP', 'sông', 'đường' …) at most a twentieth as often.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'Ai', 'Buổi', 'Bài', 'Báo', 'Bây', 'Bên', 'Bí', 'Bản', 'Bất', 'Bằng', 'Bởi', 'Chi', 'Chia', 'Chiều', 'Cho',
  'Chuyện', 'Chú', 'Chúng', 'Chưa', 'Chẳng', 'Chỉ', 'Chủ', 'Cuối', 'Cuộc', 'Các', 'Cách', 'Cán', 'Câu',
  'Còn', 'Có', 'Cùng', 'Căn', 'Cũng', 'Cơ', 'Cả', 'Cấp', 'Cụ', 'Cử', 'Diện', 'Do', 'Doanh', 'Dân', 'Dù',
  'Dư', 'Dưới', 'Dịp', 'Dự', 'Giai', 'Giá', 'Giờ', 'Gần', 'Hay', 'Hiện', 'Hoạt', 'Huyện', 'Hình', 'Hôm',
  'Hơn', 'Hầu', 'Hằng', 'Hệ', 'Họ', 'Học', 'Khi', 'Khu', 'Không', 'Kết', 'Kể', 'Kỷ', 'Liệu', 'Luật', 'Là',
  'Làm', 'Lãnh', 'Lúc', 'Lần', 'Lễ', 'Lực', 'Mong', 'Mà', 'Mặc', 'Mặt', 'Mọi', 'Mỗi', 'Một', 'Mới', 'Mở',
  'Mục', 'Mức', 'Nay', 'Ngay', 'Nghe', 'Nghị', 'Ngoài', 'Nguyên', 'Nguồn', 'Ngân', 'Người', 'Ngược', 'Nhiều',
  'Nhiệm', 'Nhân', 'Nhìn', 'Nhóm', 'Như', 'Nhưng', 'Nhất', 'Nhận', 'Nhằm', 'Nhờ', 'Những', 'Nâng', 'Nó',
  'Nói', 'Nơi', 'Nếu', 'Nổi', 'Nội', 'Phiên', 'Phát', 'Phải', 'Phần', 'Qua', 'Quan', 'Quá', 'Riêng', 'Rất',
  'Rồi', 'Sai', 'Sau', 'So', 'Song', 'Sáng', 'Sản', 'Sắp', 'Sẽ', 'Số', 'Sự', 'Tham', 'Thay', 'Theo', 'Thấy',
  'Thậm', 'Thế', 'Thị', 'Thời', 'Thứ', 'Thực', 'Tinh', 'Tiêu', 'Tiếp', 'Toàn', 'Trao', 'Triển', 'Trong',
  'Trách', 'Trên', 'Trước', 'Trả', 'Trải', 'Trụ', 'Tuyến', 'Tài', 'Tác', 'Tình', 'Tính', 'Tôi', 'Tăng',
  'Tương', 'Tại', 'Tỉnh', 'Tới', 'Từ', 'Tỷ', 'Việc', 'Và', 'Vào', 'Vì', 'Ví', 'Vấn', 'Vẫn', 'Vậy', 'Về',
  'Với', 'Vụ', 'Vừa', 'Xe', 'Xem', 'Xin', 'Xây', 'Ông', 'Đi', 'Điều', 'Điểm', 'Điển', 'Đoàn', 'Đáng', 'Đánh',
  'Đây', 'Đã', 'Đó', 'Đơn', 'Được', 'Đất', 'Đầu', 'Đẩy', 'Đặc', 'Đến', 'Đề', 'Để', 'Đối', 'Đổi', 'Đời',
  'Ảnh', 'Ủy',
]

/**
 * The tasks (TEAM_TASKS, capitalised) and their acronyms a police, market-watch or inspection team ('Đội') is named by: 'Đội
 * CSGT', 'Đội QLTT 12B', 'Đội CSĐT tội phạm về ma túy', 'Đội PCCC'. A 'Đội' before other words is
 * a sports team or a youth group, no office.
 */
export const TEAM_TASKS: readonly string[] = [
  'Cảnh sát', 'Thanh tra', 'Quản lý thị trường', 'Kiểm lâm', 'Trật tự', 'Quy tắc', 'Kiểm soát', 'Tuần tra', 'Điều tra',
  'Phòng cháy', 'Chữa cháy', 'Cứu nạn', 'An ninh', 'Kiểm tra', 'Thi hành án', 'Hải quan',
];
export const TEAM_TASK_ACRONYMS: readonly string[] = [
  'CSGT', 'CSĐT', 'CSHS', 'CSKT', 'CSMT', 'CSCĐ', 'CSTT', 'CSQLHC', 'PCCC', 'CNCH', 'QLTT', 'TTGT', 'TTXD', 'QLĐT', 'ANND',
];

/**
 * Ratings a Party organisation or a unit earns, written by their initials after its head
 * ('xây dựng Đảng bộ TSVM, đơn vị VMTD'): no name of a body.
 */
export const RATING_ACRONYMS: readonly string[] = ['TSVM', 'VMTD', 'HTXSNV', 'HTTNV', 'HTNV', 'TSVMTB', 'VMTDTB'];

/**
 * Names of the armed services that begin with a body's head word: 'Quân chủng Phòng không -
 * Không quân' is no 'Phòng' (division) of anything.
 */
export const SERVICES_NAMED_LIKE_HEADS: readonly string[] = ['Phòng không'];
