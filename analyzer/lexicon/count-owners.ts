/**
 * More words that tie a figure to its owner and its date (refine/count-subjects.ts; FACTS.md
 * count `subject`, `asOf`; DECISIONS.md `count subject`, `count asOf`), beside lexicon/figures.ts:
 * the whole country, regions, bodies that are no offices, the verbs of a figure frame, and the
 * words of a period or a comparison that open or follow a date.
 */

/**
 * The whole country as the owner of a figure, as `toàn tỉnh` is the province's: 'trên toàn quốc
 * có 157 dự án', 'khu vực đô thị cả nước có 1,7 triệu người' → COUNTRY_NAME.
 */
export const WHOLE_COUNTRY = ['toàn quốc', 'cả nước', 'trên toàn quốc', 'trên cả nước', 'trên phạm vi cả nước', 'trên phạm vi toàn quốc', 'nước ta'] as const;
/** The country the whole-country words name, written as the subject (COUNTRY_OWNERS in figures.ts). */
export const COUNTRY_NAME = 'Việt Nam';

/**
 * Regions of the country, places that own figures as provinces do ('tổng dư nợ tín dụng trên
 * địa bàn các tỉnh Tây Nguyên đạt …, tăng 19,5%' → 'Tây Nguyên'); written as the text writes
 * them (capitals as in the names).
 */
export const REGIONS = [
  'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Việt Bắc', 'Tây Nam Bộ', 'Đông Nam Bộ', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ',
  'Bắc Trung Bộ', 'Nam Trung Bộ', 'Duyên hải Nam Trung Bộ', 'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng',
] as const;

/**
 * Before a region's name: where the figure is ('trên địa bàn các tỉnh Tây Nguyên', 'tại khu
 * vực Tây Nguyên', 'vùng Tây Bắc').
 */
export const REGION_FRAMES = ['trên địa bàn các tỉnh', 'trên địa bàn', 'tại khu vực', 'khu vực', 'vùng', 'các tỉnh', 'toàn vùng', 'ở vùng', 'ở khu vực', 'ở', 'tại'] as const;

/**
 * Heads of bodies that are no offices (enterprises, cooperatives) but own what is theirs after
 * 'của': '12 dự án của tập đoàn Mường Thanh' → 'Tập đoàn Mường Thanh' (the head capitalised,
 * the name as written).
 */
export const ENTERPRISE_HEADS = ['tập đoàn', 'tổng công ty', 'công ty', 'ngân hàng', 'hợp tác xã'] as const;

/**
 * Verbs that state a place's figure after its noun, besides the verbs of having: 'tổng nguồn
 * vốn huy động trên địa bàn … tăng 24%', 'Tổng số doanh nghiệp … trên địa bàn tỉnh X … là 886
 * doanh nghiệp'. Only after a place: a body that 'tăng' something acts.
 */
export const FIGURE_VERBS = ['là', 'đạt', 'ước đạt', 'tăng', 'ước tăng', 'giảm', 'ước giảm', 'chiếm'] as const;

/**
 * What a figure's verb may take before the number, naming the kind of figure: 'ngành nông
 * nghiệp … vẫn đạt mức tăng trưởng 2,45%', 'tăng ở mức 5%'.
 */
export const FIGURE_VERB_OBJECTS = ['mức tăng trưởng', 'mức tăng', 'tốc độ tăng trưởng', 'tỷ lệ', 'tỉ lệ', 'mức', 'ở mức'] as const;

/**
 * Verbs of need, a place's figure as the verbs of having are ('Đến 2020, cả nước cần xấp xỉ 1
 * triệu căn hộ và chỉ riêng Hà Nội cần khoảng 100 ngàn căn hộ'). Only after a place (the
 * country, a region, a province, a named unit): what a body needs is no figure it has. A surplus
 * is the same figure the other way ('toàn huyện Cẩm Xuyên đang dư thừa 67 nhà văn hóa thôn').
 */
export const PLACE_NEED_VERBS = ['cần', 'cần có', 'còn thiếu', 'thiếu', 'dư thừa', 'còn dư thừa'] as const;

/** Verbs of what happens in a place, whose figure it then is: 'trên cả nước liên tiếp xảy ra 19 vụ đuối nước' (only after a place). */
export const PLACE_EVENT_VERBS = ['xảy ra', 'liên tiếp xảy ra', 'đã xảy ra'] as const;

/** Adverbs between an owner and its verb of having besides HAVING_ADVERBS (figures.ts): 'Sở TN&MT vốn có đến sáu phó giám đốc'. */
export const MORE_HAVING_ADVERBS = ['vốn', 'vốn đã', 'trước đó', 'mới'] as const;

/** After a verb of having, a word that stresses the number: 'vốn có đến sáu phó giám đốc', 'có tới 30 hộ'. */
export const AMOUNT_STRESS = ['đến', 'tới', 'lên đến', 'lên tới'] as const;

/**
 * A plural before a unit's word and a coordination of names: 'các xã Hương Thọ (Hương Trà),
 * Dương Hòa (Hương Thủy) có hơn 5 thôn', 'ở 2 xã Nghĩa Hòa và Hòa Phú có 35 hộ dân' (the places
 * together own the figure, written as the text writes them, asides dropped).
 */
export const PLACES_PLURAL = ['các', 'hai', 'ba', 'bốn', 'năm', 'sáu'] as const;

/**
 * After a count and its noun, where it is: '50 dự án nhà ở xã hội đã đăng ký trên địa bàn Hà
 * Nội', '1 trong 6 dự án … trên địa bàn Hà Nội' (the place owns it as 'trên địa bàn tỉnh' does
 * before the number). Not 'thuộc' (OWNER_AFTER in figures.ts: it mostly places the counted).
 */
// ('600.000 lượt CNLĐ trên toàn TP được đào tạo': the whole city, as 'toàn TP có' before the number)
export const PLACE_AFTER_LINKS = ['trên địa bàn', 'trên toàn'] as const;

/**
 * A preposition that opens a sentence's adverbial ending in a date ('Tại thời điểm đấu giá đất
 * năm 2014, …', 'Trong chỉ tiêu giải quyết việc làm năm 2012, …'), or that puts a date first
 * ('Trong năm 2012 mặc dù …', 'Đến 2020, cả nước cần …'): the date opens the sentence.
 */
export const OPENING_PREPOSITIONS = ['trong', 'tại', 'vào', 'đến', 'tính đến', 'tới', 'tính tới', 'đến hết', 'đến cuối'] as const;

/**
 * After an amount that is no count (money, area), the verb that gives its rate: 'đạt khoảng
 * 120.605 tỷ đồng, tăng 24%', 'là 1038,5ha, đạt 94,4% kế hoạch năm'. The rate is the same
 * place's figure.
 */
export const RATE_AFTER_AMOUNT = ['tăng', 'giảm', 'đạt', 'chiếm', 'bằng'] as const;

/**
 * What links a figure to the count before it as a change of it or a second verb of the same
 * owner: '886 doanh nghiệp, tăng 199 doanh nghiệp', '2.256 vụ …, con số này có giảm 157 vụ',
 * 'có 4 Sở, còn thừa 1 Phó giám đốc'; the toll of the cases just counted ('cả nước xảy ra 12.052 vụ
 * tai nạn, làm chết 4.163 người'): the same owner's figures.
 */
export const CHANGE_LINKS = ['tăng', 'tăng thêm', 'giảm', 'giảm đi', 'còn', 'còn thừa', 'thừa', 'làm chết', 'làm bị thương'] as const;
/** Words for the figure just given, before its change: 'con số này có giảm 157 vụ'. */
export const FIGURE_BACK_REFERENCES = ['con số này', 'con số đó', 'số này', 'số đó'] as const;

/**
 * A period that ends in the date after it and opens the sentence: 'Sáu tháng đầu năm 2017 có
 * 33.000 tin bài', 'Trong 6 tháng đầu năm 2017, …', 'Cuối năm 2016, …'. The date is the figure's.
 */
export const PERIOD_BEFORE_DATE = ['tháng đầu', 'tháng cuối', 'đầu', 'cuối', 'hết', 'giữa'] as const;
/** Number words before 'tháng' in such a period ('Sáu tháng đầu năm'). */
export const PERIOD_NUMBER_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'] as const;

/** Before a date that is a comparison's base, never the date a figure holds at: 'tăng 19,5% so với cuối năm 2015'. */
export const COMPARISON_BEFORE_DATE = ['so với', 'so'] as const;

/** Places below a commune, which a commune's name after a comma only locates ('Xóm Nhót, xã Thanh Hối có 150 hộ dân': the hamlet's). */
export const SMALL_PLACES = ['xóm', 'thôn', 'bản', 'ấp', 'làng', 'buôn', 'khu phố', 'tổ dân phố', 'khối'] as const;

/**
 * Heads of bodies named with lower-case words and then a place, no offices ('Hội người cao tuổi
 * huyện Nhà Bè có 85 hộ'): the place ends the body's name and owns nothing.
 */
export const BODY_HEADS_BEFORE_PLACE = ['Hội', 'Chi hội', 'Công đoàn', 'Đoàn', 'Câu lạc bộ', 'Hợp tác xã', 'Trung tâm', 'Trường', 'Bệnh viện', 'Công ty', 'Phòng', 'Ban'] as const;

/**
 * Heads of plans named with lower-case words and then a place ('quy hoạch thủy điện vừa và nhỏ
 * tỉnh Quảng Nam có 32 dự án'): the plan has the figure, the place only names whose plan it is
 * (genre43: no subject).
 */
export const PLAN_HEADS_BEFORE_PLACE = ['quy hoạch', 'kế hoạch', 'đề án', 'đồ án'] as const;

/**
 * Surnames that open a person's name: a 'place' of three or more words after a level word that
 * begins with one is a person named after a body ('Chủ tịch UBND huyện Đinh Hữu Hạnh').
 */
export const PERSON_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh',
  'Trịnh', 'Đoàn', 'Lương', 'Lâm', 'Tạ', 'Đào', 'Chu', 'Tô', 'Vương', 'Kiều', 'Lại', 'Quách', 'Triệu', 'Phùng', 'Hứa', 'Lưu',
  'Đàm', 'Nông', 'Lò', 'Mạc', 'Trương', 'Nghiêm', 'Thân', 'Văn',
] as const;

/**
 * Teams named by what they do, no office of their own: the subject of the members they are made
 * of, as written ('Đoàn thanh tra gồm 12 thành viên' → 'Đoàn thanh tra'; DECISIONS: 'X gồm').
 */
export const TEAM_OWNERS = [
  'Đoàn thanh tra', 'Đoàn kiểm tra', 'Đoàn công tác', 'Đoàn giám sát', 'Đoàn khảo sát', 'Đoàn liên ngành',
  'Tổ công tác', 'Tổ thanh tra', 'Tổ kiểm tra', 'Tổ giúp việc', 'Tổ liên ngành',
] as const;

/**
 * Time adverbs that may open a clause before its subject: a place named bare after one still
 * opens its clause ('Hiện tại Hà Nội có 1.155 nhà chung cư' → 'Hà Nội'), the capitalised adverb
 * is no name going on.
 */
export const FRONTED_TIME_ADVERBS = ['hiện tại', 'hiện nay', 'hiện', 'đến nay', 'tới nay', 'hiện giờ'] as const;

/**
 * 'trên địa bàn' written bare after a figure's noun, then its verb: the article's province
 * ('tổng sản phẩm trên địa bàn ước tăng 7,5%', 'tổng sản phẩm quốc nội trên địa bàn vẫn đạt mức
 * tăng trưởng 7,26%'; gold genre17, genre25: 2 of 2).
 */
export const BARE_AREA = ['trên địa bàn'] as const;
