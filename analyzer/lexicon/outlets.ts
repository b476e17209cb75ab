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
}

export const OUTLETS: readonly Outlet[] = [
  // ── Party papers of the centrally-run cities ──────────────────────────────────────────────
  {
    name: 'Báo Hànộimới', // the Hà Nội Party paper
    province: 'Hà Nội',
    hosts: ['hanoimoi.vn', 'hanoimoi.com.vn'], // .com.vn is the earlier host [mem]
    tags: [],
    aliases: ['Hànộimới', 'Hà Nội Mới', 'Báo Hà Nội Mới', 'Hànộimới điện tử'],
  },
  {
    name: 'Báo Sài Gòn Giải Phóng', // the Thành phố Hồ Chí Minh Party paper
    province: 'Thành phố Hồ Chí Minh',
    hosts: ['sggp.org.vn'],
    tags: [],
    aliases: ['Sài Gòn Giải Phóng', 'SGGP', 'Báo SGGP'],
  },
  { name: 'Báo Hải Phòng', province: 'Hải Phòng', hosts: ['baohaiphong.com.vn', 'baohaiphong.vn'], tags: [], aliases: [] },
  { name: 'Báo Đà Nẵng', province: 'Đà Nẵng', hosts: ['baodanang.vn'], tags: [], aliases: [] },
  { name: 'Báo Cần Thơ', province: 'Cần Thơ', hosts: ['baocantho.com.vn'], tags: [], aliases: [] },
  {
    name: 'Báo Huế', // Báo Thừa Thiên Huế before Huế became a centrally-run city (1/1/2025)
    province: 'Huế',
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
  { name: 'Báo Nghệ An', province: 'Nghệ An', hosts: ['baonghean.vn'], tags: [], aliases: [] },
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
  {
    name: 'Báo Nhân Dân',
    hosts: ['nhandan.vn', 'nhandan.com.vn'], // .com.vn = former host [mem]
    tags: ['NDO'], // [mem]
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
    name: 'Thông tấn xã Việt Nam', // also printed as a credit '(Nguồn: TTXVN)'
    hosts: ['vnanet.vn', 'baotintuc.vn'], // baotintuc.vn = Báo Tin tức of TTXVN [mem]
    tags: ['TTXVN'],
    aliases: ['TTXVN', 'Báo Tin tức'],
  },
  { name: 'VietnamPlus', hosts: ['vietnamplus.vn'], tags: [], aliases: ['Vietnam+', 'Báo điện tử VietnamPlus'] }, // TTXVN's e-paper
  { name: 'VnExpress', hosts: ['vnexpress.net'], tags: [], aliases: ['Báo VnExpress'] },
  { name: 'Báo Tuổi Trẻ', hosts: ['tuoitre.vn'], tags: ['TTO'], aliases: ['Tuổi Trẻ', 'Tuổi Trẻ Online'] }, // tag [mem]
  { name: 'Báo Thanh Niên', hosts: ['thanhnien.vn'], tags: [], aliases: ['Thanh Niên'] },
  { name: 'Báo Dân trí', hosts: ['dantri.com.vn'], tags: [], aliases: ['Dân trí'] },
  { name: 'Báo VietNamNet', hosts: ['vietnamnet.vn'], tags: [], aliases: ['VietNamNet'] },
  { name: 'Báo Lao Động', hosts: ['laodong.vn'], tags: ['LĐO'], aliases: ['Lao Động'] }, // tag [mem]
  { name: 'Báo Người Lao Động', hosts: ['nld.com.vn'], tags: ['NLĐO'], aliases: ['Người Lao Động'] }, // tag [mem]
  { name: 'Báo Tiền Phong', hosts: ['tienphong.vn'], tags: ['TPO'], aliases: ['Tiền Phong'] }, // tag [mem]
  {
    name: 'Báo Chính phủ',
    hosts: ['baochinhphu.vn'],
    tags: [],
    aliases: ['Báo điện tử Chính phủ', 'Báo Điện tử Chính phủ'],
  },
  {
    name: 'Báo Quân đội nhân dân',
    hosts: ['qdnd.vn'],
    tags: ['QĐND'], // [mem]
    aliases: ['Quân đội nhân dân', 'QĐND'],
  },
  { name: 'Báo Công an nhân dân', hosts: ['cand.com.vn'], tags: [], aliases: ['Công an nhân dân', 'CAND'] },
  { name: 'Đài Tiếng nói Việt Nam', hosts: ['vov.vn'], tags: ['VOV.VN'], aliases: ['VOV'] }, // 'VOV.VN -' seen in public pages
  { name: 'Đài Truyền hình Việt Nam', hosts: ['vtv.vn'], tags: [], aliases: ['VTV'] }, // [mem]
]
