/**
 * Party and State document types, issuer codes and look-alikes.
 *
 * Source: notes/domain.md a.1 (State: Nghị định 30/2020/NĐ-CP Phụ lục III, QPPL codes) and
 * a.2 (Party: Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW).
 *
 * Code shapes (the parser handles them; listed here only for orientation):
 *   State   N/TYPE-ISSUER            123/QĐ-UBND, 45/KH-UBND, 977/QĐ-TTg
 *   QPPL    N/YYYY/TYPE-ISSUER       15/2020/NĐ-CP, 31/2020/QĐ-UBND
 *   Law     N/YYYY/QH<khóa>          06/2022/QH15
 *   Letter  N/ISSUER-UNIT            123/UBND-NC, 5588/BGDĐT-GDPT   (Công văn: no type in the code)
 *   Party   N-TYPE/ISSUER            05-CT/TW, 15-KH/TU, 36-HD/VPTW
 *
 * Case: codes are compared case-insensitively (news prints QYĐ, CTR, TTR for QyĐ, CTr, TTr), and
 * the matcher folds Ð (U+00D0) to Đ. Abbreviations are written here as usually printed.
 */

export type DocumentTypeName =
  | 'Chỉ thị'
  | 'Nghị quyết'
  | 'Kế hoạch'
  | 'Quyết định'
  | 'Hướng dẫn'
  | 'Kết luận'
  | 'Thông báo'
  | 'Quy định'
  | 'Nghị định'
  | 'Thông tư'
  | 'Luật'
  | 'Công văn'
  | 'Báo cáo'
  | 'Chương trình'
  | 'Đề án'
  | 'Tờ trình'
  | 'Quy chế'

export interface DocumentType {
  /** full type name, the `type` of a document fact */
  name: DocumentTypeName
  /** how the type is written before a number in prose, canonical case */
  words: readonly string[]
  /** abbreviations inside codes (and sometimes before them in prose: 'NQ số 12-NQ/TW') */
  abbreviations: readonly string[]
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Chỉ thị', words: ['Chỉ thị'], abbreviations: ['CT'] },
  {
    name: 'Nghị quyết',
    words: ['Nghị quyết', 'Nghị quyết liên tịch'],
    abbreviations: ['NQ', 'NQLT'], // NQLT = Nghị quyết liên tịch (joint), still a Nghị quyết
  },
  { name: 'Kế hoạch', words: ['Kế hoạch'], abbreviations: ['KH'] },
  // QĐ: in State codes always Quyết định. In Party codes QĐ is also used for Quy định issued by the
  // Bộ Chính trị or Ban Bí thư ('144-QĐ/TW'); the type word in the prose decides.
  { name: 'Quyết định', words: ['Quyết định'], abbreviations: ['QĐ'] },
  { name: 'Hướng dẫn', words: ['Hướng dẫn', 'Hướng dẫn liên tịch'], abbreviations: ['HD'] },
  { name: 'Kết luận', words: ['Kết luận'], abbreviations: ['KL'] },
  // 'Thông báo kết luận' is a Thông báo (Party TB).
  { name: 'Thông báo', words: ['Thông báo', 'Thông báo kết luận'], abbreviations: ['TB'] },
  // QĐi: Party Quy định ('08-QĐi/TW'); QyĐ: State Quy định (NĐ 30/2020), printed 'QYĐ' in news.
  { name: 'Quy định', words: ['Quy định'], abbreviations: ['QĐi', 'QyĐ'] },
  { name: 'Nghị định', words: ['Nghị định'], abbreviations: ['NĐ'] },
  // TT = Thông tư in State codes ('01/2011/TT-BNV'). CAUTION: in Party codes ('N-TT/TW') TT means
  // Thông tri, a type outside this list. TTLT = Thông tư liên tịch (joint circular), still a Thông tư.
  { name: 'Thông tư', words: ['Thông tư', 'Thông tư liên tịch'], abbreviations: ['TT', 'TTLT'] },
  // A Luật carries no type abbreviation: its code is 'N/YYYY/QH<khóa>' ('Luật số 06/2022/QH15').
  { name: 'Luật', words: ['Luật', 'Bộ luật'], abbreviations: [] },
  // Party công văn: '123-CV/TU'. State công văn have no type in the code ('123/UBND-NC').
  // CĐ: a Công điện (official dispatch, '2/CĐ-UBND', '01/CĐ-TTg') is no type of the contract's
  // list (check.py DOC_TYPES): its code is cited as the official letter it is (genre batch 2);
  // 'Công điện số 156' without a code is no fact (batch 6), so 'Công điện' is no type word.
  // 'Văn bản số 07/HĐND-TD', 'văn bản số 640': a numbered 'văn bản' is the official letter it is
  // (genre batches 7 and 8), unless its code names another type ('văn bản số 04/KH-…': Kế hoạch;
  // GENERIC_TYPE_WORDS below).
  { name: 'Công văn', words: ['Công văn', 'Văn bản'], abbreviations: ['CV', 'CĐ'] },
  { name: 'Báo cáo', words: ['Báo cáo'], abbreviations: ['BC'] },
  // CTr (NĐ 30; some copies print 'Ctr'; news 'CTR'). 'Chương trình hành động số 15-CTr/TU'.
  { name: 'Chương trình', words: ['Chương trình', 'Chương trình hành động'], abbreviations: ['CTr', 'Ctr'] },
  { name: 'Đề án', words: ['Đề án'], abbreviations: ['ĐA'] },
  { name: 'Tờ trình', words: ['Tờ trình'], abbreviations: ['TTr'] },
  { name: 'Quy chế', words: ['Quy chế'], abbreviations: ['QC'] },
]

/** Type words that yield to the type a code names ('văn bản số 04/KH-UBND' is a Kế hoạch). */
export const GENERIC_TYPE_WORDS: readonly string[] = ['Văn bản']

/**
 * Citations without a symbol ('Chỉ thị số 16 của Bộ Chính trị', 'Nghị định 47 và 112', 'QĐ 33'):
 * which type words may stand before a bare number (FACTS.md, DECISIONS.md 'documents cited
 * without a symbol').
 */
export const SHORT_CITATION = {
  /** Abbreviated types printed in prose before a bare number ('QĐ 33', 'NQ 20'). */
  proseAbbreviations: ['QĐ', 'NQ', 'NĐ'],
  /**
   * Type words that are only nouns, so that even in lower case and without 'số' they cite a
   * document ('nghị quyết 39 của Bộ Chính trị'). The others are verbs too ('quyết định 4 nội
   * dung', 'báo cáo 1.527 cơ sở', 'kế hoạch 5 năm'): lower case, they cite only with 'số'.
   */
  nounOnlyTypes: ['Chỉ thị', 'Nghị quyết', 'Nghị định', 'Thông tư', 'Công văn'],
  /**
   * Types whose bare number names a programme, a plan or a project, not a document ('Chương
   * trình 135', 'Đề án 125', 'Đề án 1816'): cited only with 'số' or as 'Chương trình hành động'.
   */
  namedByNumber: ['Chương trình', 'Đề án'],
  /**
   * Capitalised words before a type word that make it part of a firm's or an office's name
   * ('Công ty Luật số 5', 'Văn phòng Luật sư số 2'): no document there.
   */
  nameHeadsBefore: ['Công ty', 'Cty', 'Văn phòng', 'Hãng', 'Đoàn'],
  /** Types after which a bare year is the law's year, not its number ('Luật 2008'). */
  yearNamed: ['Luật'],
} as const

/*
 * Abbreviations seen in codes whose type is outside the list above. Decision: OMIT them (no
 * document type), except joint forms, which map to their base type above (TTLT → Thông tư,
 * NQLT → Nghị quyết). A code with one of these is still code-shaped, so the parser may want to
 * recognise and skip it rather than misread it:
 *   L      Lệnh (of the Chủ tịch nước, 'L-CTN')          PL     Pháp lệnh
 *   TC     Thông cáo                                       (CĐ Công điện: read as Công văn, above)
 *   PA     Phương án (not an Đề án)                        DA     Dự án
 *   TT     Thông tri — only in Party codes (see Thông tư)  BB     Biên bản
 *   HĐ     Hợp đồng                                        BGN    Bản ghi nhớ (formerly GN)
 *   BTT    Bản thỏa thuận (formerly TTh)                   GUQ    Giấy ủy quyền (formerly UQ)
 *   GM     Giấy mời                                        GGT    Giấy giới thiệu
 *   GNP    Giấy nghỉ phép (formerly NP)                    PG, PC, PB   Phiếu gửi / chuyển / báo
 *   VBHN   Văn bản hợp nhất ('05/VBHN-VPQH')
 *   Copies: BS (Party bản sao, '24-BS/UBKTTU'), SY (sao y), TrS (trích sao), SL (sao lục).
 */

/**
 * Type words that may be followed by what the document does before 'số' and its code: 'Quyết
 * định khởi tố bị can số 363/C46 (P12)', 'Quyết định xử phạt vi phạm hành chính số …'. Not the
 * types that are also common nouns before a certificate's or a form's number ('phù hợp quy định
 * an toàn thực phẩm số 2653/2013/ATTP-XNCB').
 */
export const QUALIFIED_TYPE_WORDS: readonly string[] = ['Quyết định']

/**
 * Type words of the document types left out above (Thông tri, Lệnh, Pháp lệnh …): a code cited
 * after one is no document fact, even where its abbreviation looks like a listed type's
 * ('Thông tri số 07-TT/TC', 'Thông tri số 297/TT-TƯ': TT is Thông tư only in State codes).
 */
export const OMITTED_TYPE_WORDS: readonly string[] = [
  'Thông tri', 'Lệnh', 'Pháp lệnh', 'Thông cáo', 'Biên bản', 'Hợp đồng', 'Giấy mời', 'Phương án', 'Văn bản hợp nhất',
]

/**
 * Issuer groups of enterprises' codes: a State-owned group's or a company board's decision
 * ('785/QĐ-DKVN' of PetroVietnam, 'QĐ-HĐTV' of a members' council) is no Party or State
 * document (FACTS.md: a Party or State document; genre batch 7).
 */
export const ENTERPRISE_ISSUER_CODES: readonly string[] = ['DKVN', 'PVN', 'EVN', 'TKV', 'VNPT', 'HĐTV', 'HĐQT']

/**
 * Heads of a firm's or an association's name: a letter such a body sends ('Cty CP … đã có
 * công văn số 140', 'Hiệp hội Cao su Việt Nam đã có công văn số 119/HHCS') is no Party or State
 * document (genre batch 19).
 */
export const ENTERPRISE_HEADS: readonly string[] = [
  'Công ty', 'Cty', 'Tổng công ty', 'Tổng Công ty', 'Tập đoàn', 'Hiệp hội', 'Ngân hàng TMCP', 'Doanh nghiệp', 'Hợp tác xã', 'HTX',
]

export interface Issuer {
  /** as printed in codes: 'TW', 'TU', 'UBND', 'TTg' */
  code: string
  /** body the code stands for */
  name?: string
  level: 'central' | 'province' | 'district' | 'commune' | 'any'
}

/**
 * Issuer codes (the part after the slash in Party codes, after the type in State codes).
 * 'QH' is followed by the khóa digits ('QH15'), 'UBTVQH' too ('UBTVQH15'): code handles the digits.
 * The Party code names the committee or agency, not the organ that signed (/TU may be the Tỉnh ủy's
 * or its Ban Thường vụ's document).
 */
export const ISSUER_CODES: readonly Issuer[] = [
  // ── Party, central ────────────────────────────────────────────────────────────────────────
  { code: 'TW', name: 'Trung ương', level: 'central' }, // Ban Chấp hành TW, Bộ Chính trị, Ban Bí thư all use /TW
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', level: 'central' },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương', level: 'central' },
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', level: 'central' },
  { code: 'BDVTW', name: 'Ban Dân vận Trung ương', level: 'central' },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương', level: 'central' }, // from 2025 [?]
  { code: 'BNCTW', name: 'Ban Nội chính Trung ương', level: 'central' },
  { code: 'BKTTW', name: 'Ban Kinh tế Trung ương', level: 'central' },
  { code: 'BĐNTW', name: 'Ban Đối ngoại Trung ương', level: 'central' },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', level: 'central' },
  { code: 'HĐLLTW', name: 'Hội đồng Lý luận Trung ương', level: 'central' },
  { code: 'QUTW', name: 'Quân ủy Trung ương', level: 'central' }, // [mem]

  // ── Party, province (Tỉnh ủy, or Thành ủy of a centrally-run city) ────────────────────────
  // TU is also used by a Thành ủy of a provincial city and possibly a Thị ủy (district level) [?].
  { code: 'TU', name: 'Tỉnh ủy', level: 'province' },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy', level: 'province' },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', level: 'province' },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy', level: 'province' },
  { code: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy', level: 'province' },
  { code: 'BTGDVTU', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', level: 'province' }, // 2025 [?]
  { code: 'BNCTU', name: 'Ban Nội chính Tỉnh ủy', level: 'province' },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', level: 'province' },
  { code: 'ĐUK', name: 'Đảng ủy Khối', level: 'province' }, // [mem]
  { code: 'BCSĐ', name: 'Ban cán sự đảng', level: 'any' }, // [mem]
  { code: 'ĐĐ', name: 'Đảng đoàn', level: 'any' }, // [mem]

  // ── Party, district (until 30/6/2025) ─────────────────────────────────────────────────────
  { code: 'HU', name: 'Huyện ủy', level: 'district' },
  { code: 'QU', name: 'Quận ủy', level: 'district' },
  { code: 'ThU', name: 'Thị ủy', level: 'district' }, // [?] Thị ủy may also use TU
  { code: 'VPHU', name: 'Văn phòng Huyện ủy', level: 'district' }, // [mem]
  { code: 'BTCHU', name: 'Ban Tổ chức Huyện ủy', level: 'district' }, // [mem]
  { code: 'BTGHU', name: 'Ban Tuyên giáo Huyện ủy', level: 'district' }, // [mem]
  { code: 'BDVHU', name: 'Ban Dân vận Huyện ủy', level: 'district' }, // [mem]
  { code: 'UBKTHU', name: 'Ủy ban Kiểm tra Huyện ủy', level: 'district' }, // [mem]

  // ── Party, commune / cơ sở ────────────────────────────────────────────────────────────────
  { code: 'ĐU', name: 'Đảng ủy', level: 'commune' }, // Đảng ủy xã, phường, cơ quan [mem]
  { code: 'CB', name: 'Chi bộ', level: 'commune' }, // [mem]
  { code: 'ĐH', name: 'Đại hội', level: 'any' }, // congress documents, '01-NQ/ĐH' [mem]

  // ── State, central ────────────────────────────────────────────────────────────────────────
  { code: 'CP', name: 'Chính phủ', level: 'central' },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', level: 'central' },
  { code: 'QH', name: 'Quốc hội', level: 'central' }, // + khóa digits: QH11, QH13, QH15
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', level: 'central' }, // + khóa digits
  { code: 'CTN', name: 'Chủ tịch nước', level: 'central' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', level: 'central' },
  { code: 'VPQH', name: 'Văn phòng Quốc hội', level: 'central' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', level: 'central' },
  { code: 'VKSNDTC', name: 'Viện Kiểm sát nhân dân tối cao', level: 'central' },
  { code: 'KTNN', name: 'Kiểm toán Nhà nước', level: 'central' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', level: 'central' },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước', level: 'central' },
  // Ministries and ministry-level bodies. BCT = Bộ Công Thương IN A CODE only (in prose: Bộ Chính trị).
  { code: 'BNV', name: 'Bộ Nội vụ', level: 'central' },
  { code: 'BTC', name: 'Bộ Tài chính', level: 'central' }, // in prose BTC usually = Ban Tổ chức
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', level: 'central' },
  { code: 'BCT', name: 'Bộ Công Thương', level: 'central' },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', level: 'central' },
  { code: 'BYT', name: 'Bộ Y tế', level: 'central' },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', level: 'central' },
  { code: 'BTP', name: 'Bộ Tư pháp', level: 'central' },
  { code: 'BXD', name: 'Bộ Xây dựng', level: 'central' },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', level: 'central' },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'central' },
  { code: 'BNN&PTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'central' }, // variant spelling
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', level: 'central' },
  { code: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', level: 'central' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'central' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', level: 'central' },
  { code: 'BQP', name: 'Bộ Quốc phòng', level: 'central' },
  { code: 'BCA', name: 'Bộ Công an', level: 'central' },
  { code: 'BNG', name: 'Bộ Ngoại giao', level: 'central' },
  { code: 'UBDT', name: 'Ủy ban Dân tộc', level: 'central' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', level: 'central' }, // 2025 [? code]
  { code: 'BDTTG', name: 'Bộ Dân tộc và Tôn giáo', level: 'central' }, // 2025 [? code]

  // ── State, local (province, district or commune) ──────────────────────────────────────────
  { code: 'UBND', name: 'Ủy ban nhân dân', level: 'any' },
  { code: 'HĐND', name: 'Hội đồng nhân dân', level: 'any' },
  { code: 'TTHĐND', name: 'Thường trực Hội đồng nhân dân', level: 'any' }, // [?]
  { code: 'UB', name: 'Ủy ban nhân dân', level: 'any' }, // older form: 'QĐ-UB' [mem]
  // 'QĐ-CT' = decision of the Chủ tịch UBND (older/variant). CAUTION: CT is also the type Chỉ thị;
  // only the position in the code (after the type) makes it an issuer.
  { code: 'CT', name: 'Chủ tịch Ủy ban nhân dân', level: 'any' }, // [mem]
  { code: 'CTUBND', name: 'Chủ tịch Ủy ban nhân dân', level: 'any' }, // [mem]
  { code: 'VP', name: 'Văn phòng', level: 'any' }, // letters of an office: '156/VP-KGVX'

  // ── State, provincial departments (Sở …) [mem] ────────────────────────────────────────────
  { code: 'SNV', name: 'Sở Nội vụ', level: 'province' },
  { code: 'STC', name: 'Sở Tài chính', level: 'province' },
  { code: 'SKHĐT', name: 'Sở Kế hoạch và Đầu tư', level: 'province' },
  { code: 'STP', name: 'Sở Tư pháp', level: 'province' },
  { code: 'SCT', name: 'Sở Công Thương', level: 'province' },
  { code: 'SXD', name: 'Sở Xây dựng', level: 'province' },
  { code: 'SGTVT', name: 'Sở Giao thông vận tải', level: 'province' },
  { code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo', level: 'province' },
  { code: 'SYT', name: 'Sở Y tế', level: 'province' },
  { code: 'SLĐTBXH', name: 'Sở Lao động - Thương binh và Xã hội', level: 'province' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', level: 'province' },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', level: 'province' },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', level: 'province' },
  { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn', level: 'province' }, // short form
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', level: 'province' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', level: 'province' },
]

/**
 * Unit codes that follow the issuer in a State công văn symbol ('123/UBND-NC', '156/VP-KGVX').
 * They are not issuers and not types; sets vary by province [mem]. Same shape as Issuer.
 */
export const LETTER_UNIT_CODES: readonly Issuer[] = [
  { code: 'VP', name: 'Văn phòng', level: 'any' },
  { code: 'NC', name: 'Nội chính', level: 'any' },
  { code: 'KT', name: 'Kinh tế', level: 'any' },
  { code: 'KGVX', name: 'Khoa giáo - Văn xã', level: 'any' },
  { code: 'TH', name: 'Tổng hợp', level: 'any' },
  { code: 'VX', name: 'Văn xã', level: 'any' },
  { code: 'XD', name: 'Xây dựng', level: 'any' },
  { code: 'NN', name: 'Nông nghiệp', level: 'any' },
  { code: 'CN', name: 'Công nghiệp', level: 'any' },
]

/**
 * Strings that look like document codes but are not documents (domain.md a.2 "False friends",
 * b.2). Use them as must-not-match test cases for the document rule.
 */
export const DOCUMENT_FALSE_FRIENDS: readonly string[] = [
  // standards
  'ISO 9001:2008',
  'TCVN ISO 9001:2015',
  // diseases and viruses
  'COVID-19',
  'A/H1N1', // contains a slash
  'H5N1',
  'SARS-CoV-2',
  // vehicle plates, roads, road kilometres
  '77A-123.45',
  'QL1A',
  'ĐT 639',
  'Km 12+500',
  // phone numbers
  '0236.3650403',
  // ratios and round-the-clock
  '36/36',
  '5/5 chi bộ',
  '7/10 tiêu chí',
  '24/7',
  // product and military model numbers
  'Su-30MK2',
  'iPhone 15',
]
