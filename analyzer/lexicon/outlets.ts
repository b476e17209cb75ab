/**
 * News outlets: provincial Party papers (one per 2008-era province) and the main national outlets.
 *
 * Source: notes/domain.md f.3. Status there: "seen" = the domain appeared in public URLs;
 * entries marked [mem] below are from memory and not verified.
 *
 * - `name` is the value for `article.source` ('Báo Bắc Ninh').
 * - `province` is a `Province.name` from provinces.ts; omitted for national outlets.
 * - `hosts` are bare hostnames without `www.` (match the URL host or a printed 'BAOTAYNINH.VN').
 * - `tags` are dateline tags printed at the start of the lead ('LSO-', '(GLO)', '(BBNĐT)').
 *   Only tags that are distinctive enough to identify the paper are listed.
 * - `aliases` are other printed names of the same outlet. ASCII-folded forms
 *   ('Bao dien tu Bac Ninh') are produced by the matcher.
 *
 * 2025: most provincial papers merged with the provincial radio/TV station into
 * "Báo và Phát thanh, Truyền hình <tỉnh>", and papers of merged provinces combined on 1/7/2025
 * (e.g. Báo Long An's last issue 30/6/2025). Only the names/hosts known for sure are listed.
 * The aggregator baomoi.com is deliberately not an outlet.
 */

export interface Outlet {
  /** 'Báo Bắc Ninh' */
  name: string
  /** Province.name */
  province?: string
  /** bare hostnames without www: 'baobacninh.com.vn' */
  hosts: readonly string[]
  /** dateline tags printed in text: 'LSO', 'GLO', 'QTO', 'BBNĐT' */
  tags: readonly string[]
  /** other printed names, e.g. 'Báo điện tử Bắc Ninh', 'Hànộimới' */
  aliases: readonly string[]
  /**
   * A city's Party paper that reports from the whole country as well: the article's province is
   * the one its text names, the paper's only when it names none ('(SGGP).- Ngày 30-5, Bí thư
   * Tỉnh ủy Đồng Tháp …' is about Đồng Tháp).
   */
  national?: boolean
  /**
   * The city of a city paper that is no Party paper (no `province`: the extension does not run on
   * its host by itself): like a `national` paper's, the article's province when the text names
   * none. Genre gold: 17 of 18 'Báo Kinh tế & Đô thị' articles are Hà Nội's. ('Báo An ninh Thủ
   * đô' has none: the police paper reports the Ministry's central departments, national news.)
   */
  homeCity?: string
  /**
   * The outlet's name where its tag opens the lead ('(VOV) - Sáng 12/5, …'): the genre gold spells
   * the outlet out there, as 'LSO-' is 'Báo Lạng Sơn', while a byline's credit keeps the tag.
   */
  leadName?: string
  /** The outlet's name where the article ends crediting it ('Theo Dân trí', 'Nguồn: …'), when the gold spells it so. */
  quotedName?: string
}

export const OUTLETS: readonly Outlet[] = [
  // ── Party papers of the centrally-run cities ──────────────────────────────────────────────
  {
    // The Hà Nội Party paper, a newspaper named 'Báo X' like every other (FACTS.md's 'Báo Bắc Ninh',
    // DECISIONS 002 'LSO-' → 'Báo Lạng Sơn'): six genre articles name it so (batches 10, 17, 21, 23,
    // 30, 31), four by the bare masthead (1, 11, 14); those batches' article-field floors take the split.
    name: 'Báo Hànộimới',
    province: 'Hà Nội',
    hosts: ['hanoimoi.vn', 'hanoimoi.com.vn'], // .com.vn is the earlier host [mem]
    tags: ['HNM', 'HNMO'], // '(HNM) -' in print, '(HNMO) -' online: seen in the genre corpus
    aliases: ['Hànộimới', 'Hà Nội Mới', 'Báo Hà Nội Mới', 'Hànộimới điện tử'],
    national: true,
  },
  {
    // The Thành phố Hồ Chí Minh Party paper: a newspaper is 'Báo X' (FACTS.md; genre batch 16).
    name: 'Báo Sài Gòn Giải Phóng',
    province: 'Thành phố Hồ Chí Minh',
    hosts: ['sggp.org.vn'],
    tags: ['SGGP', 'SGGPO'], // '(SGGP).- Ngày 27-5, …' and the online '(SGGPO). – Sáng 27-5' seen in the genre corpus
    aliases: ['Sài Gòn Giải Phóng', 'Báo SGGP'],
    national: true,
  },
  { name: 'Báo Hải Phòng', province: 'Hải Phòng', hosts: ['baohaiphong.com.vn', 'baohaiphong.vn'], tags: [], aliases: [] },
  { name: 'Báo Đà Nẵng', province: 'Đà Nẵng', hosts: ['baodanang.vn'], tags: [], aliases: [] },
  { name: 'Báo Cần Thơ', province: 'Cần Thơ', hosts: ['baocantho.com.vn'], tags: [], aliases: [] },
  {
    name: 'Báo Huế', // Báo Thừa Thiên Huế before Huế became a centrally-run city (1/1/2025)
    province: 'Thừa Thiên Huế',
    hosts: ['baothuathienhue.vn', 'huengaynay.vn'],
    tags: [],
    aliases: ['Báo Thừa Thiên Huế', 'Báo Thừa Thiên - Huế', 'Huế Ngày Nay'], // 'Huế Ngày Nay' = huengaynay.vn
  },

  // ── North ─────────────────────────────────────────────────────────────────────────────────
  { name: 'Báo Hà Giang', province: 'Hà Giang', hosts: ['baohagiang.vn'], tags: [], aliases: [] },
  { name: 'Báo Cao Bằng', province: 'Cao Bằng', hosts: ['baocaobang.vn'], tags: [], aliases: [] },
  { name: 'Báo Bắc Kạn', province: 'Bắc Kạn', hosts: ['baobackan.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Tuyên Quang', province: 'Tuyên Quang', hosts: ['baotuyenquang.com.vn'], tags: [], aliases: [] },
  { name: 'Báo Lào Cai', province: 'Lào Cai', hosts: ['baolaocai.vn'], tags: [], aliases: [] },
  {
    name: 'Báo Điện Biên Phủ', // the Điện Biên Party paper
    province: 'Điện Biên',
    hosts: ['baodienbienphu.vn', 'baodienbienphu.com.vn'], // .com.vn = former host
    tags: ['ĐBP'], // [mem]
    aliases: [],
  },
  { name: 'Báo Lai Châu', province: 'Lai Châu', hosts: ['baolaichau.vn'], tags: [], aliases: [] },
  { name: 'Báo Sơn La', province: 'Sơn La', hosts: ['baosonla.org.vn', 'baodientusonla.com.vn'], tags: [], aliases: [] },
  { name: 'Báo Yên Bái', province: 'Yên Bái', hosts: ['baoyenbai.com.vn'], tags: ['YBĐT'], aliases: [] }, // tag seen in a public page
  { name: 'Báo Hòa Bình', province: 'Hòa Bình', hosts: ['baohoabinh.com.vn'], tags: ['HBĐT'], aliases: [] }, // tag seen on baohoabinh.com.vn
  { name: 'Báo Thái Nguyên', province: 'Thái Nguyên', hosts: ['baothainguyen.vn'], tags: [], aliases: [] },
  { name: 'Báo Lạng Sơn', province: 'Lạng Sơn', hosts: ['baolangson.vn'], tags: ['LSO'], aliases: [] }, // 'LSO-' (seed)
  { name: 'Báo Quảng Ninh', province: 'Quảng Ninh', hosts: ['baoquangninh.vn', 'baoquangninh.com.vn'], tags: [], aliases: [] },
  {
    name: 'Báo Bắc Giang',
    province: 'Bắc Giang',
    hosts: ['baobacgiang.vn', 'baobacgiang.com.vn'], // both [mem]
    tags: ['BGĐT'], // [mem]
    aliases: [],
  },
  { name: 'Báo Phú Thọ', province: 'Phú Thọ', hosts: ['baophutho.vn'], tags: [], aliases: [] },

  // ── Red River Delta ───────────────────────────────────────────────────────────────────────
  { name: 'Báo Vĩnh Phúc', province: 'Vĩnh Phúc', hosts: ['baovinhphuc.com.vn'], tags: [], aliases: [] }, // host [mem]
  {
    name: 'Báo Bắc Ninh',
    province: 'Bắc Ninh',
    // baobacninhtv.vn = the merged paper after 2025 (`-postid<N>.bbg` URLs of the old Báo Bắc Giang CMS)
    hosts: ['baobacninh.com.vn', 'baobacninhtv.vn'],
    tags: ['BBNĐT'],
    aliases: ['Báo điện tử Bắc Ninh', 'Báo Bắc Ninh điện tử', 'Báo và Phát thanh, Truyền hình Bắc Ninh'], // last one [mem]
  },
  { name: 'Báo Hải Dương', province: 'Hải Dương', hosts: ['baohaiduong.vn'], tags: [], aliases: [] },
  { name: 'Báo Hưng Yên', province: 'Hưng Yên', hosts: ['baohungyen.vn'], tags: [], aliases: [] },
  { name: 'Báo Thái Bình', province: 'Thái Bình', hosts: ['baothaibinh.com.vn'], tags: [], aliases: [] },
  { name: 'Báo Hà Nam', province: 'Hà Nam', hosts: ['baohanam.com.vn'], tags: [], aliases: [] }, // host [mem]
  {
    name: 'Báo Nam Định',
    province: 'Nam Định',
    hosts: ['baonamdinh.com.vn', 'baonamdinh.vn'], // .com.vn seen; .vn [?]
    tags: [],
    aliases: [],
  },
  { name: 'Báo Ninh Bình', province: 'Ninh Bình', hosts: ['baoninhbinh.org.vn'], tags: [], aliases: [] },

  // ── North Central ─────────────────────────────────────────────────────────────────────────
  { name: 'Báo Thanh Hóa', province: 'Thanh Hóa', hosts: ['baothanhhoa.vn'], tags: [], aliases: [] },
  { name: 'Báo Nghệ An', province: 'Nghệ An', hosts: ['baonghean.vn'], tags: ['Baonghean'], aliases: [] }, // '(Baonghean) -' seen
  { name: 'Báo Hà Tĩnh', province: 'Hà Tĩnh', hosts: ['baohatinh.vn'], tags: [], aliases: [] },
  { name: 'Báo Quảng Bình', province: 'Quảng Bình', hosts: ['baoquangbinh.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Quảng Trị', province: 'Quảng Trị', hosts: ['baoquangtri.vn'], tags: ['QTO'], aliases: [] },

  // ── South Central Coast ───────────────────────────────────────────────────────────────────
  { name: 'Báo Quảng Nam', province: 'Quảng Nam', hosts: ['baoquangnam.vn'], tags: ['QNO'], aliases: [] }, // tag [mem]
  { name: 'Báo Quảng Ngãi', province: 'Quảng Ngãi', hosts: ['baoquangngai.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Bình Định', province: 'Bình Định', hosts: ['baobinhdinh.vn'], tags: ['BĐ'], aliases: [] }, // tag '(BĐ) -' leads its articles
  { name: 'Báo Phú Yên', province: 'Phú Yên', hosts: ['baophuyen.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Khánh Hòa', province: 'Khánh Hòa', hosts: ['baokhanhhoa.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Ninh Thuận', province: 'Ninh Thuận', hosts: ['baoninhthuan.com.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Bình Thuận', province: 'Bình Thuận', hosts: ['baobinhthuan.com.vn'], tags: [], aliases: [] }, // host [mem]

  // ── Central Highlands ─────────────────────────────────────────────────────────────────────
  { name: 'Báo Kon Tum', province: 'Kon Tum', hosts: ['baokontum.com.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Gia Lai', province: 'Gia Lai', hosts: ['baogialai.com.vn', 'm.baogialai.com.vn'], tags: ['GLO'], aliases: [] }, // tag [mem]
  { name: 'Báo Đắk Lắk', province: 'Đắk Lắk', hosts: ['baodaklak.vn'], tags: [], aliases: [] },
  { name: 'Báo Đắk Nông', province: 'Đắk Nông', hosts: ['baodaknong.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Lâm Đồng', province: 'Lâm Đồng', hosts: ['baolamdong.vn'], tags: [], aliases: [] },

  // ── Southeast ─────────────────────────────────────────────────────────────────────────────
  { name: 'Báo Bình Phước', province: 'Bình Phước', hosts: ['baobinhphuoc.com.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Tây Ninh', province: 'Tây Ninh', hosts: ['baotayninh.vn'], tags: [], aliases: [] }, // prints 'BAOTAYNINH.VN' (seed)
  {
    name: 'Báo Bình Dương',
    province: 'Bình Dương',
    hosts: ['baobinhduong.vn', 'baobinhduong.org.vn'],
    tags: ['BDO'], // [mem]
    aliases: [],
  },
  { name: 'Báo Đồng Nai', province: 'Đồng Nai', hosts: ['baodongnai.com.vn'], tags: [], aliases: [] },
  {
    name: 'Báo Bà Rịa - Vũng Tàu',
    province: 'Bà Rịa - Vũng Tàu',
    hosts: ['baobariavungtau.com.vn'], // [mem]
    tags: [],
    aliases: ['Báo Bà Rịa-Vũng Tàu', 'Báo BR-VT'],
  },

  // ── Mekong Delta ──────────────────────────────────────────────────────────────────────────
  { name: 'Báo Long An', province: 'Long An', hosts: ['baolongan.vn'], tags: [], aliases: [] }, // host [mem]; last issue 30/6/2025
  { name: 'Báo Ấp Bắc', province: 'Tiền Giang', hosts: ['baoapbac.vn'], tags: [], aliases: [] }, // Tiền Giang Party paper; host [mem]
  { name: 'Báo Đồng Khởi', province: 'Bến Tre', hosts: ['baodongkhoi.vn'], tags: [], aliases: [] }, // Bến Tre Party paper; host [mem]
  { name: 'Báo Trà Vinh', province: 'Trà Vinh', hosts: ['baotravinh.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Vĩnh Long', province: 'Vĩnh Long', hosts: ['baovinhlong.com.vn'], tags: [], aliases: [] },
  { name: 'Báo Đồng Tháp', province: 'Đồng Tháp', hosts: ['baodongthap.vn'], tags: [], aliases: [] },
  { name: 'Báo An Giang', province: 'An Giang', hosts: ['baoangiang.com.vn'], tags: [], aliases: [] },
  { name: 'Báo Kiên Giang', province: 'Kiên Giang', hosts: ['baokiengiang.vn'], tags: [], aliases: [] },
  { name: 'Báo Hậu Giang', province: 'Hậu Giang', hosts: ['baohaugiang.com.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Sóc Trăng', province: 'Sóc Trăng', hosts: ['baosoctrang.org.vn'], tags: [], aliases: [] }, // host [mem]
  { name: 'Báo Bạc Liêu', province: 'Bạc Liêu', hosts: ['baobaclieu.vn'], tags: [], aliases: [] }, // host [mem]
  {
    name: 'Báo Cà Mau',
    province: 'Cà Mau',
    hosts: ['baocamau.vn', 'baocamau.com.vn'], // .com.vn = former host
    tags: ['CMO'], // '(CMO)' seen on baocamau.vn
    aliases: [],
  },

  // ── National outlets (no province) ────────────────────────────────────────────────────────
  // `name`: a newspaper is 'Báo X', as the seeds name the provincial papers and genre batches 2–6
  // name the national ones they credit by a tag ('ANTĐ -' → 'Báo An ninh Thủ đô', '(HQ Online)' →
  // 'Báo Hải quan'); an online paper credited by its own name keeps it as printed ('Dân trí',
  // 'Dân Việt', 'VTC News', 'VnExpress'). Tags and credits
  // marked 'seen' were read in the genre corpus (leads like 'KTĐT -', '(HQ Online) -', endings
  // like 'Hà Anh (TTXVN)', 'Ngọc Thành/VOV.VN', 'Theo VGP'); hosts without a mark are [mem].
  {
    name: 'Báo Nhân Dân',
    hosts: ['nhandan.vn', 'nhandan.com.vn'], // .com.vn = former host [mem]
    tags: ['NDO', 'NDĐT'], // NDO [mem]; 'NDĐT-' seen
    aliases: ['Nhân Dân', 'Báo Nhân Dân điện tử', 'Nhân Dân điện tử'],
  },
  {
    name: 'Báo Điện tử Đảng Cộng sản Việt Nam',
    hosts: ['dangcongsan.vn'], // incl. per-Tỉnh ủy sections such as /tinhuylaichau
    tags: ['ĐCSVN'], // [mem]
    aliases: ['Báo điện tử Đảng Cộng sản Việt Nam', 'Đảng Cộng sản Việt Nam điện tử'],
  },
  { name: 'Tạp chí Cộng sản', hosts: ['tapchicongsan.org.vn'], tags: [], aliases: [] }, // [mem]
  {
    // The agency as its credits print it ('Hà Anh (TTXVN)', 'TTXVN/Tin Tức'), as most genre batches
    // write its source (2, 5; batches 4 and 6 spell it out).
    name: 'TTXVN',
    hosts: ['vnanet.vn'],
    tags: ['TTXVN'], // '(TTXVN)' after the author: seen
    aliases: ['Thông tấn xã Việt Nam'],
  },
  // TTXVN's daily, on its own address; 'TTXVN/Tin Tức' after an article is the agency's credit
  // (annotators wrote TTXVN, Thông tấn xã Việt Nam and Báo Tin Tức for it: the agency is kept).
  { name: 'Báo Tin tức', hosts: ['baotintuc.vn'], tags: [], aliases: [] }, // host [mem]
  // TTXVN's e-paper, named as its credit prints it ('(Vietnam+)' after the byline: genre batch 31).
  { name: 'Vietnam+', hosts: ['vietnamplus.vn'], tags: [], aliases: ['VietnamPlus', 'Báo điện tử VietnamPlus'] },
  { name: 'VnExpress', hosts: ['vnexpress.net'], tags: ['VNE'], aliases: ['Báo VnExpress'] }, // '(VNE)', 'Theo VNE' seen
  { name: 'Báo Tuổi Trẻ', hosts: ['tuoitre.vn'], tags: ['TTO'], aliases: ['Tuổi Trẻ', 'Tuổi Trẻ Online'] }, // tag '(TTO)' seen
  { name: 'Báo Thanh Niên', hosts: ['thanhnien.vn'], tags: ['TNO'], aliases: ['Thanh Niên'] }, // '(TNO) Sáng 31.5, …' lead seen (genre batch 33)
  // An online paper credited by its own name keeps it ('Dân trí': genre batches 1, 11, 13, 14;
  // batch 8 wrote 'Báo Dân trí').
  // An article that ends 'Theo Dân trí' is the paper's: 'Báo Dân trí' (batches 8 twice, 35).
  { name: 'Dân trí', hosts: ['dantri.com.vn'], tags: [], aliases: ['Báo Dân trí', 'Dân Trí'], quotedName: 'Báo Dân trí' }, // '(Dân trí)', 'Theo Dân trí' seen
  // ('Trao đổi với VietNam Net': spelled in two words too, not VietnamPlus)
  { name: 'VietNamNet', hosts: ['vietnamnet.vn'], tags: [], aliases: ['Báo VietNamNet', 'VietNam Net', 'Vietnam Net'] },
  { name: 'Báo Lao Động', hosts: ['laodong.vn'], tags: ['LĐO'], aliases: ['Lao Động'] }, // tag [mem]
  { name: 'Báo Người Lao Động', hosts: ['nld.com.vn'], tags: ['NLĐO'], aliases: ['Người Lao Động'] }, // 'NLĐO' seen
  { name: 'Báo Tiền Phong', hosts: ['tienphong.vn'], tags: ['TPO', 'TP'], aliases: ['Tiền Phong'] }, // 'TP -' (print) and 'TPO' seen
  {
    // The Government's news paper, VGP News in English: 'Theo VGP' credits it (genre batch 19), and
    // annotators name it so where the text calls it so (batch 6: 'phóng viên Báo điện tử Chính phủ').
    name: 'Báo điện tử Chính phủ',
    hosts: ['baochinhphu.vn'],
    tags: ['VGP'], // 'Theo VGP' seen (2017)
    aliases: ['Báo Chính phủ', 'Báo Điện tử Chính phủ', 'VGP News'],
  },
  {
    // The Government portal, named as its lead tag prints it ('(Chinhphu.vn) -', 2013), as genre
    // batches 14 and 15 write it (batch 3 wrote 'Cổng Thông tin điện tử Chính phủ').
    name: 'Chinhphu.vn',
    hosts: ['chinhphu.vn'],
    tags: [],
    aliases: ['Cổng Thông tin điện tử Chính phủ', 'Cổng TTĐT Chính phủ'],
  },
  {
    name: 'Báo Quân đội nhân dân',
    hosts: ['qdnd.vn'],
    tags: ['QĐND', 'QĐND Online'], // '(QĐND) -', 'QĐND Online -' seen
    aliases: ['Quân đội nhân dân', 'QĐND'],
  },
  { name: 'Báo Công an nhân dân', hosts: ['cand.com.vn'], tags: [], aliases: ['Công an nhân dân', 'CAND'] },
  // The radio as its byline credits print it ('Name/VOV.VN'), as genre batches 9, 11, 12, 28, 32
  // write it; its dateline tag '(VOV) -' is spelled out (batches 30, 32, 33, 35, 36; 11 kept 'VOV').
  {
    name: 'VOV',
    hosts: ['vov.vn'],
    tags: ['VOV.VN', 'VOV'],
    aliases: ['Đài Tiếng nói Việt Nam'],
    leadName: 'Đài Tiếng nói Việt Nam',
  }, // '(VOV) -', 'Name/VOV.VN' seen
  // The television as its credits print it ('Theo VTV'), like VOV (genre batch 11).
  { name: 'VTV', hosts: ['vtv.vn'], tags: [], aliases: ['Đài Truyền hình Việt Nam'] }, // host [mem]
  // Hà Nội and Thành phố Hồ Chí Minh papers that are not Party papers: no province (the
  // extension runs by itself only on the Party papers' hosts); the text gives their province.
  { name: 'Báo Kinh tế & Đô thị', hosts: ['kinhtedothi.vn'], tags: ['KTĐT'], aliases: ['Kinh tế & Đô thị', 'Kinh tế và Đô thị'], homeCity: 'Hà Nội' }, // 'KTĐT -' seen
  { name: 'Báo An ninh Thủ đô', hosts: ['anninhthudo.vn'], tags: ['ANTĐ'], aliases: ['An ninh Thủ đô'] }, // 'ANTĐ -' seen (genre batch 1)
  { name: 'Báo Pháp luật TP.HCM', hosts: ['plo.vn'], tags: ['PLO', 'PL'], aliases: ['Pháp luật TP.HCM', 'Pháp luật TP HCM', 'Pháp luật Thành phố Hồ Chí Minh'] }, // '(PL)-' seen
  // The city's name written out, as provinces are (DECISIONS; genre batch 16).
  { name: 'Báo Công an Thành phố Hồ Chí Minh', hosts: ['congan.com.vn'], tags: ['CATP'], aliases: ['Báo Công an TP.HCM', 'Công an TP.HCM', 'Công an Thành phố Hồ Chí Minh'] }, // '(CATP)' seen
  { name: 'Thời báo Kinh tế Sài Gòn', hosts: ['thesaigontimes.vn'], tags: ['TBKTSG', 'TBKTSG Online'], aliases: [] }, // '(TBKTSG Online) -' seen
  // Papers of central bodies and associations, credited in the genre corpus.
  { name: 'Báo Hải quan', hosts: ['haiquanonline.com.vn'], tags: ['HQ Online'], aliases: ['Hải quan'] }, // '(HQ Online) -' seen
  { name: 'Báo Giáo dục & Thời đại', hosts: ['giaoducthoidai.vn'], tags: ['GD&TĐ'], aliases: ['Giáo dục & Thời đại', 'Giáo dục và Thời đại'] }, // '(GD&TĐ) -' seen
  { name: 'Báo Giáo dục Việt Nam', hosts: ['giaoduc.net.vn'], tags: ['GDVN'], aliases: ['Giáo dục Việt Nam'] }, // '(GDVN) -' seen
  // Its name written out ('và'), as genre batch 19 writes it for the 'GiadinhNet -' lead.
  { name: 'Báo Gia đình và Xã hội', hosts: ['giadinh.net.vn'], tags: ['GiadinhNet', 'GĐ&XH'], aliases: ['Báo Gia đình & Xã hội', 'Gia đình & Xã hội', 'Gia đình và Xã hội'] }, // '(GiadinhNet) -', 'Báo GĐ&XH' seen
  { name: 'Dân Việt', hosts: ['danviet.vn'], tags: [], aliases: ['Báo Dân Việt'] }, // '(Dân Việt) -' seen
  { name: 'Báo Nông nghiệp Việt Nam', hosts: ['nongnghiep.vn'], tags: ['NNVN'], aliases: ['Nông nghiệp Việt Nam'] }, // '(NNVN)' seen
  { name: 'Báo Đại Đoàn Kết', hosts: ['daidoanket.vn'], tags: [], aliases: ['Đại Đoàn Kết'] },
  { name: 'Báo Pháp luật Việt Nam', hosts: ['baophapluat.vn'], tags: ['PLVN'], aliases: ['Pháp luật Việt Nam'] }, // 'PLVN' seen
  { name: 'Báo Công Thương', hosts: ['congthuong.vn', 'baocongthuong.com.vn'], tags: ['CôngThương'], aliases: ['Công Thương'] }, // 'CôngThương - ' lead seen; hosts [mem]
  { name: 'Báo Người Đưa Tin', hosts: ['nguoiduatin.vn'], tags: [], aliases: ['Người Đưa Tin'] }, // 'Nguoiduatin.vn sẽ tiếp tục cập nhật' seen
  { name: 'Báo Đầu tư', hosts: ['baodautu.vn'], tags: [], aliases: [] }, // '(baodautu.vn) Ban Quản lý …' seen (genre batch 31)
  { name: 'Báo Xây dựng', hosts: ['baoxaydung.com.vn'], tags: [], aliases: [] }, // 'Báo Xây dựng trân trọng giới thiệu' seen; host [mem]
  { name: 'Đất Việt', hosts: ['baodatviet.vn'], tags: ['ĐVO'], aliases: [] }, // '(ĐVO) -' seen
  { name: 'Báo Tổ Quốc', hosts: ['toquoc.vn'], tags: ['Toquoc'], aliases: ['Tổ Quốc'] }, // '(Toquoc) -' seen; a newspaper is 'Báo X' (genre batch 10)
  { name: 'PetroTimes', hosts: ['petrotimes.vn'], tags: [], aliases: [] }, // '(PetroTimes) -' seen
  { name: 'Báo Kiến thức', hosts: ['kienthuc.net.vn'], tags: [], aliases: ['Kiến Thức'] }, // '(Kienthuc.net.vn) -' seen; a newspaper is 'Báo X' (genre batch 32)
  { name: 'VnMedia', hosts: ['vnmedia.vn'], tags: [], aliases: [] }, // 'Trao đổi với VnMedia sáng 31/5' seen (genre batch 19)
  { name: 'Infonet', hosts: ['infonet.vn'], tags: [], aliases: [] }, // 'Theo Infonet' seen
  { name: 'VTC News', hosts: ['vtc.vn'], tags: ['VTC'], aliases: [] }, // 'Name/VTC News', '(theo VTC)' seen
  { name: 'Trí Thức Trẻ', hosts: [], tags: [], aliases: [] }, // 'Theo Trí thức trẻ' seen; host not known here
  // Named by its address, as it names itself in the text ('chia sẻ với Zing.vn', 'Trao đổi với Zing.vn';
  // genre batch 21 writes 'Zing.vn').
  { name: 'Zing.vn', hosts: ['zing.vn', 'news.zing.vn', 'znews.vn'], tags: [], aliases: ['Zing', 'Zing News', 'Znews'] },
]
