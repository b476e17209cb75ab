// Every word of the extension's interface, in English and in Vietnamese, side by side: the
// one source of the messages. t() (index.ts) reads it in the pages, the background and the
// content script; locales.ts writes it out as _locales/<lang>/messages.json for the browser
// (the manifest's __MSG_…__ names).
//
// Keys are dotted ('panel.save') and written in _locales with '_' ('panel_save'). A message
// may hold {placeholders}, the same ones in both languages (test/i18n.test.ts checks it);
// a number is shown in the language's way (10,000 / 10.000). An English message with a
// {count} may give its singular and plural as 'one | other'; Vietnamese has one form.
//
// Some English messages keep Vietnamese words on purpose: examples of what to type
// ('Chỉ thị, Nghị quyết'), which are the words of the articles, and the endonym 'Tiếng Việt'
// (test/i18n.test.ts lists them).

export const CATALOGUE = {
  // --- what the browser shows itself (manifest, toolbar button, shortcuts) --------------
  'manifest.name': { en: 'Bantin', vi: 'Bantin' },
  'manifest.description': {
    en: 'Highlights and collects facts from Vietnamese provincial news.',
    vi: 'Tô sáng và thu thập dữ kiện từ báo chí địa phương Việt Nam.',
  },
  'manifest.actionTitle': { en: 'Bantin: analyze this page (Alt+Shift+B)', vi: 'Bantin: phân tích trang này (Alt+Shift+B)' },
  'manifest.commandAnalyze': { en: 'Analyze this page', vi: 'Phân tích trang này' },
  'manifest.commandSave': { en: 'Save the ticked facts', vi: 'Lưu các dữ kiện đã chọn' },

  // --- context menus (the page's, and the toolbar button's own) --------------------------
  'menu.analyzePage': { en: 'Analyze this page', vi: 'Phân tích trang này' },
  'menu.analyzeSelection': { en: 'Analyze the selected text', vi: 'Phân tích đoạn đã chọn' },
  'menu.openCollection': { en: 'Open the collection', vi: 'Mở bộ sưu tập' },

  // --- the interface language setting ------------------------------------------------------
  'language.label': { en: 'Interface language', vi: 'Ngôn ngữ giao diện' },
  'language.auto': { en: 'Browser ({language})', vi: 'Theo trình duyệt ({language})' },
  // Each language by its own name, whatever the interface's language.
  'language.en': { en: 'English', vi: 'English' },
  'language.vi': { en: 'Tiếng Việt', vi: 'Tiếng Việt' },

  // --- fact kinds ---------------------------------------------------------------------------
  'kind.document': { en: 'Document', vi: 'Văn bản' },
  'kind.date': { en: 'Date', vi: 'Ngày tháng' },
  'kind.count': { en: 'Count', vi: 'Số lượng' },
  'kind.award': { en: 'Award', vi: 'Khen thưởng' },
  'kind.office': { en: 'Office', vi: 'Cơ quan' },
  'kind.person': { en: 'Person', vi: 'Nhân vật' },

  // --- fields of each kind (ui/fields.ts FIELD_SPECS), their hints and choices -----------
  'field.document.type': { en: 'Document type', vi: 'Loại văn bản' },
  'field.document.number': { en: 'Number', vi: 'Số' },
  'field.document.symbol': { en: 'Symbol', vi: 'Ký hiệu' },
  'field.document.code': { en: 'Code', vi: 'Số hiệu' },
  'field.document.issued': { en: 'Issued', vi: 'Ngày ban hành' },
  'field.document.issuer': { en: 'Issuer', vi: 'Cơ quan ban hành' },
  'field.date.value': { en: 'Value', vi: 'Giá trị' },
  'field.count.value': { en: 'Number', vi: 'Số' },
  'field.count.unit': { en: 'Unit', vi: 'Đơn vị' },
  'field.count.approx': { en: 'Approximation', vi: 'Ước lượng' },
  'field.count.subject': { en: 'Whose', vi: 'Của' },
  'field.count.asOf': { en: 'As of', vi: 'Tính đến' },
  'field.award.name': { en: 'Award', vi: 'Tên khen thưởng' },
  'field.award.grantor': { en: 'Granted by', vi: 'Cấp tặng' },
  'field.award.recipient': { en: 'Recipient', vi: 'Nơi nhận' },
  'field.award.year': { en: 'Year', vi: 'Năm' },
  'field.office.name': { en: 'Name', vi: 'Tên cơ quan' },
  'field.office.level': { en: 'Level', vi: 'Cấp' },
  'field.office.province': { en: 'Province', vi: 'Tỉnh' },
  'field.person.name': { en: 'Full name', vi: 'Họ tên' },
  'field.person.role': { en: 'Position', vi: 'Chức vụ' },

  'hint.documentType': { en: 'As the article writes it: Chỉ thị, Nghị quyết, Kế hoạch…', vi: 'Chỉ thị, Nghị quyết, Kế hoạch…' },
  'hint.documentSymbol': {
    en: 'CT/TW (none when the document is cited by type and number only)',
    vi: 'CT/TW (không có khi văn bản chỉ được nêu loại và số)',
  },
  'hint.documentCode': { en: '06-CT/TW', vi: '06-CT/TW' },
  'hint.date': {
    en: 'ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 or 2012-08-27T10:05',
    vi: 'ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 hoặc 2012-08-27T10:05',
  },
  'hint.dateValue': {
    en: 'ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 or 2012-08-27T10:05; a term: 2010/2015',
    vi: 'ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 hoặc 2012-08-27T10:05; nhiệm kỳ: 2010/2015',
  },
  'hint.countValue': {
    en: 'A number ≥ 0, without a thousands separator: 1200, 95.5',
    vi: 'Số ≥ 0, không dấu phân cách hàng nghìn: 1200, 95.5',
  },
  'hint.countUnit': { en: 'As the article writes it: đảng viên, chi bộ, %', vi: 'đảng viên, chi bộ, %' },
  'hint.countSubject': { en: 'The body or place the figure belongs to, as written: Đảng bộ xã X, Gia Lai', vi: 'cơ quan hay địa phương có số liệu: Đảng bộ xã X, Gia Lai' },

  'approx.over': { en: 'over', vi: 'trên' },
  'approx.under': { en: 'under', vi: 'dưới' },
  'approx.about': { en: 'about', vi: 'khoảng' },
  'level.central': { en: 'central', vi: 'Trung ương' },
  'level.province': { en: 'province', vi: 'tỉnh' },
  'level.district': { en: 'district', vi: 'huyện' },
  'level.commune': { en: 'commune', vi: 'xã' },

  // One line of an award's fields: 'Bằng khen · by: UBND tỉnh · to: …'.
  'summary.grantor': { en: 'by: {grantor}', vi: 'cấp: {grantor}' },
  'summary.subject': { en: 'of {subject}', vi: 'của {subject}' },
  'summary.asOf': { en: 'as of {asOf}', vi: 'tính đến {asOf}' },
  'summary.recipient': { en: 'to: {recipient}', vi: 'nhận: {recipient}' },

  // --- what a typed field value is refused for ---------------------------------------------
  'fieldError.required': { en: 'Required', vi: 'Không được để trống' },
  'fieldError.negative': { en: 'The number must be ≥ 0', vi: 'Số phải ≥ 0' },
  'fieldError.grouped': {
    en: 'Write the number without a thousands separator (1200, not 1.200)',
    vi: 'Viết số không có dấu phân cách hàng nghìn (1200, không phải 1.200)',
  },
  'fieldError.notNumber': { en: 'Must be a number ≥ 0, for example 49 or 95.5', vi: 'Phải là một số ≥ 0, ví dụ 49 hoặc 95.5' },
  'fieldError.tooLarge': { en: 'The number is too large', vi: 'Số quá lớn' },
  'fieldError.year': { en: 'A year has four digits, for example 2012', vi: 'Năm gồm bốn chữ số, ví dụ 2012' },
  'fieldError.date': {
    en: 'Not a valid date. ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 or 2012-08-27T10:05',
    vi: 'Ngày không hợp lệ. ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 hoặc 2012-08-27T10:05',
  },
  'fieldError.dateValue': {
    en: 'Not a valid date. ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 or 2012-08-27T10:05; a term: 2010/2015',
    vi: 'Ngày không hợp lệ. ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 hoặc 2012-08-27T10:05; nhiệm kỳ: 2010/2015',
  },
  'fieldError.choice': { en: 'Not one of the choices', vi: 'Giá trị không có trong danh sách' },
  'fieldError.unknownField': { en: "The field '{field}' is not one of this kind", vi: "Trường '{field}' không thuộc loại này" },
  'fieldError.numberValue': { en: 'Must be a number ≥ 0', vi: 'Phải là một số ≥ 0' },
  'fieldError.yearValue': { en: 'A year has four digits', vi: 'Năm gồm bốn chữ số' },
  'fieldError.text': { en: 'Must be text', vi: 'Phải là chữ' },

  // --- the page's detected language (the analyzer's ISO 639-3 code) ------------------------
  'detected.vie': { en: 'Vietnamese', vi: 'Tiếng Việt' },
  'detected.eng': { en: 'English', vi: 'Tiếng Anh' },
  'detected.und': { en: 'Undetermined', vi: 'Chưa xác định' },

  // --- words shared by the side panel and the collection -----------------------------------
  'label.published': { en: 'Published', vi: 'Ngày đăng' },
  'label.source': { en: 'Source', vi: 'Nguồn' },
  'label.author': { en: 'Author', vi: 'Tác giả' },
  'label.province': { en: 'Province', vi: 'Tỉnh' },
  'label.title': { en: 'Title', vi: 'Tiêu đề' },
  'label.article': { en: 'Article', vi: 'Bài báo' },
  'label.facts': { en: 'Facts', vi: 'Dữ kiện' },
  'label.fact': { en: 'Fact', vi: 'Dữ kiện' },
  'label.kind': { en: 'Kind', vi: 'Loại' },
  'label.quote': { en: 'Quote', vi: 'Trích dẫn' },
  'label.note': { en: 'Note', vi: 'Ghi chú' },
  'label.tags': { en: 'Tags', vi: 'Thẻ' },
  'label.tag': { en: 'Tag', vi: 'Thẻ' },
  'label.actions': { en: 'Actions', vi: 'Thao tác' },
  'action.edit': { en: 'Edit', vi: 'Sửa' },
  'action.delete': { en: 'Delete', vi: 'Xóa' },
  'action.close': { en: 'Close', vi: 'Đóng' },
  'action.cancel': { en: 'Cancel', vi: 'Hủy' },
  'action.save': { en: 'Save', vi: 'Lưu' },

  // --- side panel: the article header ----------------------------------------------------
  'header.untitled': { en: 'Untitled', vi: 'Không rõ tiêu đề' },
  'header.reanalyze': { en: 'Analyze again', vi: 'Phân tích lại' },
  'header.savedBadge': { en: 'Saved', vi: 'Đã lưu' },
  'header.savedAt': { en: 'on {time}', vi: 'lúc {time}' },
  'header.updatedAt': { en: ', updated {time}', vi: ', cập nhật {time}' },
  'header.language': { en: 'Language', vi: 'Ngôn ngữ' },
  'header.address': { en: 'Address', vi: 'Địa chỉ' },
  'header.notVietnamese': {
    en: 'This page is not in Vietnamese: no facts were extracted.',
    vi: 'Trang này không phải tiếng Việt: không có dữ kiện nào được trích.',
  },
  'header.notFoundTitle': { en: 'Not found on the page ({count})', vi: 'Không tìm thấy trên trang ({count})' },
  'header.notFoundHint': {
    en: 'These facts were not found on the open page (it may have changed). Saved facts are not deleted.',
    vi: 'Không tìm thấy các dữ kiện này trên trang đang mở (trang có thể đã đổi). Dữ kiện đã lưu không bị xóa.',
  },
  'header.mentionsLostTitle': {
    en: 'Mention no longer on the page ({count}) | Mentions no longer on the page ({count})',
    vi: 'Lần nhắc không còn trên trang ({count})',
  },
  'header.mentionsLostHint': {
    en: 'These saved facts are still on the page, but no longer everywhere the saved article named them. Nothing saved is deleted.',
    vi: 'Các dữ kiện đã lưu này vẫn có trên trang, nhưng không còn ở mọi chỗ bài đã lưu nhắc đến. Không có gì đã lưu bị xóa.',
  },
  'header.lostMentionsOf': { en: 'Mentions of “{quote}” no longer on the page', vi: 'Các lần nhắc “{quote}” không còn trên trang' },
  'header.lostMention': { en: 'Mention {index} of {total}:', vi: 'Lần nhắc {index}/{total}:' },
  'header.moreLostMentions': { en: 'and {count} more', vi: 'và {count} lần nhắc khác' },

  // --- side panel: the facts -----------------------------------------------------------------
  'facts.kept': { en: '{checked} of {total} kept', vi: '{checked} trên {total} được giữ' },
  'facts.none': { en: 'None', vi: 'Không có' },
  'facts.keep': { en: 'Keep “{quote}”', vi: 'Giữ “{quote}”' },
  'facts.scrollTo': { en: 'Scroll to it on the page', vi: 'Cuộn tới chỗ này trên trang' },
  'facts.mentions': { en: 'Named {count} time on the page | Named {count} times on the page', vi: '{count} lần nhắc trên trang' },
  'facts.previousMention': { en: 'Previous mention', vi: 'Lần nhắc trước' },
  'facts.nextMention': { en: 'Next mention', vi: 'Lần nhắc sau' },
  'facts.tagManual': { en: 'manual', vi: 'thêm tay' },
  'facts.tagUnsaved': { en: 'not saved', vi: 'chưa lưu' },
  'facts.tagCorrected': { en: 'corrected', vi: 'đã sửa' },
  'facts.tagNotOnPage': { en: 'not on the page', vi: 'không thấy trên trang' },
  'facts.tagMentionsLost': {
    en: '{count} of {total} mentions no longer on the page',
    vi: '{count}/{total} lần nhắc không còn trên trang',
  },
  'facts.apply': { en: 'Apply', vi: 'Áp dụng' },

  // --- side panel: a fact added by hand from the page's selection ---------------------------
  'manual.title': { en: 'Add a fact by hand', vi: 'Thêm dữ kiện thủ công' },
  'manual.fromSelection': { en: 'Add from the selection', vi: 'Thêm từ vùng chọn' },
  'manual.selectFirst': {
    en: 'Select a passage of the article on the page, then click again.',
    vi: 'Hãy bôi đen một đoạn trong bài trên trang rồi bấm lại.',
  },
  'manual.selection': { en: 'Selection:', vi: 'Vùng chọn:' },
  'manual.kind': { en: 'Kind of fact', vi: 'Loại dữ kiện' },
  'manual.add': { en: 'Add', vi: 'Thêm' },

  // --- side panel: note and tags ----------------------------------------------------------
  'notes.title': { en: 'Note and tags', vi: 'Ghi chú và thẻ' },
  'notes.tagsHint': { en: 'Separated by commas: awards, Gia Lai', vi: 'Phân cách bằng dấu phẩy: thi đua, Gia Lai' },
  'notes.tagList': { en: 'Tags', vi: 'Các thẻ' },
  'notes.removeTag': { en: 'Remove the tag {tag}', vi: 'Bỏ thẻ {tag}' },

  // --- side panel: the page, saving ----------------------------------------------------------
  'panel.noTab': { en: 'No tab is open in this window.', vi: 'Không có thẻ nào đang mở trong cửa sổ này.' },
  'panel.noPage': { en: 'No page has been analyzed yet.', vi: 'Chưa có trang nào được phân tích.' },
  'panel.tabChanged': {
    en: 'The tab shown has changed; the unsaved changes still belong to the previous page.',
    vi: 'Thẻ đang xem đã đổi; các thay đổi chưa lưu vẫn thuộc trang cũ.',
  },
  'panel.analyzeNewPage': { en: 'Analyze the new page (drop the unsaved changes)', vi: 'Phân tích trang mới (bỏ thay đổi chưa lưu)' },
  'panel.dismiss': { en: 'Dismiss', vi: 'Đóng thông báo' },
  'panel.analyzing': { en: 'Analyzing the page…', vi: 'Đang phân tích trang…' },
  'panel.saving': { en: 'Saving…', vi: 'Đang lưu…' },
  'panel.unsaved': { en: 'Unsaved changes', vi: 'Có thay đổi chưa lưu' },
  'panel.savedUnknown': {
    en: 'Whether this page is saved is not known yet: analyze it again',
    vi: 'Chưa biết trang này đã lưu hay chưa: hãy phân tích lại',
  },
  'panel.save': { en: 'Save ({count})', vi: 'Lưu ({count})' },
  'panel.shortcutInPanel': { en: 'in the panel', vi: 'trong bảng' },
  'panel.shortcutOnPage': { en: 'on the page', vi: 'trên trang' },
  'panel.openCollection': { en: 'Open the collection', vi: 'Mở bộ sưu tập' },
  'panel.textRead': { en: 'Text read: {count} characters, {from}', vi: 'Văn bản đã đọc: {count} ký tự, {from}' },
  'panel.textFrom.readability': { en: 'from the article on the page', vi: 'lấy từ bài viết trên trang' },
  'panel.textFrom.embedded': { en: "from the page's embedded article data", vi: 'lấy từ dữ liệu bài viết nhúng trong trang' },
  'panel.textFrom.body': { en: 'from the whole page (no article found)', vi: 'lấy từ toàn trang (không tìm thấy bài viết)' },
  'panel.textFrom.selection': { en: 'from your selection', vi: 'lấy từ đoạn bạn chọn' },
  'panel.cannotCorrect': { en: 'Could not correct it: {errors}', vi: 'Không sửa được: {errors}' },
  'panel.cannotAdd': { en: 'Could not add it: {errors}', vi: 'Không thêm được: {errors}' },
  'panel.selectionMismatch': {
    en: 'Could not add it: the selection does not match the analyzed text. Analyze the page again.',
    vi: 'Không thêm được: vùng chọn không khớp với văn bản đã phân tích. Hãy phân tích lại trang.',
  },
  'panel.nothingToSave': { en: 'No analyzed page to save yet.', vi: 'Chưa có trang nào được phân tích để lưu.' },

  // 'Saved (new article): 12 added, 0 kept, 0 dropped, 1 manual fact.'
  'save.saved': { en: 'Saved', vi: 'Đã lưu' },
  'save.savedNew': { en: 'Saved (new article)', vi: 'Đã lưu (bài mới)' },
  'save.added': { en: '{count} added', vi: 'thêm {count}' },
  'save.kept': { en: '{count} kept', vi: 'giữ {count}' },
  'save.dropped': { en: '{count} dropped', vi: 'bỏ {count}' },
  'save.manual': { en: '{count} manual fact | {count} manual facts', vi: '{count} dữ kiện thêm tay' },
  'save.updated': { en: '{count} saved fact updated | {count} saved facts updated', vi: '{count} dữ kiện đã lưu được cập nhật' },
  'save.partial': {
    en: 'The article was saved, but only {manualDone}/{manualTotal} manual facts and {updatesDone}/{updatesTotal} changes to saved facts were written: {error}',
    vi: 'Bài đã được lưu, nhưng {manualDone}/{manualTotal} dữ kiện thêm tay và {updatesDone}/{updatesTotal} thay đổi dữ kiện đã lưu mới được ghi: {error}',
  },

  // --- errors: background, content script, messaging, storage -----------------------------
  'error.noAccess': {
    en: 'Bantin may not read this page yet. Click the Bantin button in the toolbar (or press Alt+Shift+B, or right-click → {menu}), then try again.',
    vi: 'Bantin chưa được phép đọc trang này. Bấm nút Bantin trên thanh công cụ (hoặc Alt+Shift+B, hoặc chuột phải → {menu}) rồi thử lại.',
  },
  'error.noActiveTab': { en: 'No tab is open.', vi: 'Không có thẻ nào đang mở.' },
  'error.noAnalysis': { en: 'The page gave no analysis.', vi: 'Trang không trả về kết quả phân tích.' },
  'error.saveArticleFirst': { en: 'Save this article before adding facts to it.', vi: 'Hãy lưu bài này trước khi thêm dữ kiện.' },
  'error.nothingToSave': { en: 'This page has no facts to save.', vi: 'Trang này không có dữ kiện nào để lưu.' },
  'error.noSelection': { en: 'No text is selected on the page.', vi: 'Chưa chọn đoạn văn bản nào trên trang.' },
  'error.noArticle': {
    en: 'No article to read was found on this page. Select a passage, then use "{menu}".',
    vi: 'Không tìm thấy bài viết để đọc trên trang này. Hãy chọn đoạn văn bản rồi dùng "{menu}".',
  },
  'error.noAnswer': {
    en: "No answer to '{type}' (the background or the page did not respond).",
    vi: "Không nhận được trả lời cho '{type}' (phần nền hoặc trang không phản hồi).",
  },
  'error.noAnswerShort': { en: "No answer to '{type}'.", vi: "Không nhận được trả lời cho '{type}'." },
  'error.badAnswer': { en: "Malformed answer to '{type}': {issues}", vi: "Trả lời sai dạng cho '{type}': {issues}" },
  'error.pageUnreachable': {
    en: 'Could not reach the page (reload it, then try again): {error}',
    vi: 'Không liên lạc được với trang (hãy tải lại trang rồi thử lại): {error}',
  },
  'error.backgroundUnreachable': {
    en: "Could not reach the extension's background: {error}",
    vi: 'Không liên lạc được với phần nền của tiện ích: {error}',
  },
  'error.badTabState': { en: 'Invalid tab state: {error}', vi: 'Trạng thái thẻ không hợp lệ: {error}' },
  'error.badAnalysis': { en: 'Invalid analysis result: {error}', vi: 'Kết quả phân tích không hợp lệ: {error}' },
  'error.storageFull': {
    en:
      "The browser's storage for Bantin is full, so this change was not saved. " +
      'Open the collection, export JSON (everything) as a backup, delete the articles you no longer need, then try again; ' +
      'or free some disk space.',
    vi:
      'Bộ nhớ của trình duyệt dành cho Bantin đã đầy nên thay đổi này chưa được lưu. ' +
      'Hãy mở bộ sưu tập, xuất JSON (tất cả) để sao lưu, xóa những bài không còn cần, rồi thử lại; ' +
      'hoặc giải phóng dung lượng ổ đĩa.',
  },
  'error.articleNotFound': {
    en: 'No saved article has the id {id} (it may have been deleted in another tab).',
    vi: 'Không có bài đã lưu nào mang mã {id} (có thể bài đã bị xóa ở một thẻ khác).',
  },
  'error.factNotFound': {
    en: 'No saved fact has the id {id} (it may have been deleted in another tab).',
    vi: 'Không có dữ kiện đã lưu nào mang mã {id} (có thể dữ kiện đã bị xóa ở một thẻ khác).',
  },

  // Importing a collection export, undoing a deletion (storage/transfer.ts, storage/removal.ts).
  'import.notText': { en: 'The file is not text.', vi: 'Tệp không phải văn bản.' },
  'import.tooLarge': {
    en: 'The file is larger than {size} MB; no Bantin export is this big.',
    vi: 'Tệp lớn hơn {size} MB; không bản xuất Bantin nào lớn như vậy.',
  },
  'import.notJson': {
    en: 'The file is not valid JSON ({error}); it may be truncated.',
    vi: 'Tệp không phải JSON hợp lệ ({error}); có thể tệp đã bị cắt cụt.',
  },
  'import.notExport': { en: 'The file is JSON but not a Bantin collection export.', vi: 'Tệp là JSON nhưng không phải bản xuất bộ sưu tập Bantin.' },
  'import.invalid': { en: 'The file cannot be imported: {issues}. Nothing was changed.', vi: 'Không nhập được tệp: {issues}. Không có gì bị thay đổi.' },
  // Progress of a long import or export, and its cancel (ui/collection/TransferProgress.tsx).
  'transfer.importing': { en: 'Importing {file}', vi: 'Đang nhập {file}' },
  'transfer.exportingCsv': { en: 'Exporting CSV', vi: 'Đang xuất CSV' },
  'transfer.exportingJson': { en: 'Exporting JSON', vi: 'Đang xuất JSON' },
  'transfer.checking': { en: 'reading and checking the file…', vi: 'đang đọc và kiểm tra tệp…' },
  'transfer.read': { en: 'reading', vi: 'đang đọc' },
  'transfer.write': { en: 'writing', vi: 'đang ghi' },
  'transfer.format': { en: 'making the file', vi: 'đang tạo tệp' },
  'transfer.articles': { en: 'articles {done} / {total}', vi: 'bài {done} / {total}' },
  'transfer.facts': { en: 'facts {done} / {total}', vi: 'dữ kiện {done} / {total}' },
  'transfer.percent': { en: '{task}: {percent}% done', vi: '{task}: đã xong {percent}%' },
  'transfer.cancel': { en: 'Cancel', vi: 'Hủy' },
  'transfer.cancelHint': { en: 'Esc cancels', vi: 'Esc để hủy' },
  'transfer.cancelled': { en: 'Cancelled: nothing was changed.', vi: 'Đã hủy: không có gì bị thay đổi.' },
  'transfer.importCancelled': { en: 'Import of {file} cancelled: nothing was changed.', vi: 'Đã hủy nhập {file}: không có gì bị thay đổi.' },
  'transfer.exportCancelled': { en: 'Export cancelled: no file was saved.', vi: 'Đã hủy xuất: không có tệp nào được lưu.' },
  'undo.savedAgain': {
    en: "Cannot undo: '{title}' has been saved again since it was deleted.",
    vi: "Không hoàn tác được: '{title}' đã được lưu lại sau khi bị xóa.",
  },

  // --- on the page: the legend and the tooltip (highlight/draw.ts) ------------------------
  'legend.label': { en: 'Bantin: legend', vi: 'Bantin: chú giải' },
  'legend.facts': { en: '{title} · {count} fact | {title} · {count} facts', vi: '{title} · {count} dữ kiện' },
  'legend.hide': { en: 'Hide the legend', vi: 'Ẩn chú giải' },
  'legend.notFound': {
    en: '{count} fact not found on the page | {count} facts not found on the page',
    vi: '{count} dữ kiện không tìm thấy trên trang',
  },
  'legend.mentionsLost': {
    en: '{count} mention not found on the page | {count} mentions not found on the page',
    vi: '{count} lần nhắc không tìm thấy trên trang',
  },
  'tooltip.mention': { en: 'Mention {index}/{total}', vi: 'Lần nhắc {index}/{total}' },
  'tooltip.saved': { en: 'Saved', vi: 'Đã lưu' },
  'tooltip.ticked': { en: 'ticked', vi: 'đã chọn' },
  'tooltip.unticked': { en: 'not ticked', vi: 'chưa chọn' },
  'tooltip.manual': { en: 'added by hand', vi: 'thêm tay' },
  'tooltip.unsaved': { en: 'New, not saved', vi: 'Mới, chưa lưu' },

  // --- the collection page ---------------------------------------------------------------
  'collection.title': { en: 'Bantin – Collection', vi: 'Bantin – Bộ sưu tập' },
  'collection.viewFacts': { en: 'Facts', vi: 'Dữ kiện' },
  'collection.viewGroups': { en: 'Groups', vi: 'Đối chiếu' },
  'collection.viewArticles': { en: 'Articles', vi: 'Bài báo' },
  'collection.viewPictures': { en: 'Pictures', vi: 'Hình' },
  'collection.viewSeries': { en: 'Series', vi: 'Số liệu' },
  'collection.countSeries': { en: '{count} series', vi: '{count} chuỗi số liệu' },
  'collection.opening': { en: 'Opening the collection…', vi: 'Đang mở bộ sưu tập…' },
  'collection.updatedElsewhere': {
    en: 'Bantin has just been updated in another tab. Reload this page (F5) to go on.',
    vi: 'Bantin vừa được cập nhật ở một thẻ khác. Hãy tải lại trang này (F5) để tiếp tục.',
  },
  'collection.blocked': {
    en: 'The collection is waiting: a Bantin tab or panel of an older version is still open, so the data cannot be upgraded yet. Close the other Bantin tabs and panels; this page will then go on by itself.',
    vi: 'Bộ sưu tập đang chờ: một thẻ hoặc bảng Bantin của phiên bản cũ còn mở nên chưa nâng cấp được dữ liệu. Hãy đóng các thẻ và bảng Bantin khác; trang này sẽ tự mở tiếp.',
  },
  'collection.newerVersion': {
    en: 'The collection was made by a newer version of Bantin. Update Bantin.',
    vi: 'Bộ sưu tập được tạo bởi một phiên bản Bantin mới hơn. Hãy cập nhật Bantin.',
  },
  'collection.diskFull': {
    en: "The browser's storage is full, so the collection cannot be opened. Free some disk space, then reload the page.",
    vi: 'Bộ nhớ của trình duyệt đã đầy nên không mở được bộ sưu tập. Hãy giải phóng dung lượng đĩa rồi tải lại trang.',
  },
  'collection.cannotOpen': { en: 'Could not open the collection: {error}', vi: 'Không mở được bộ sưu tập: {error}' },
  'collection.countFacts': { en: '{count} fact | {count} facts', vi: '{count} dữ kiện' },
  'collection.countGroups': { en: '{count} group | {count} groups', vi: '{count} nhóm' },
  'collection.countArticles': { en: '{count} article | {count} articles', vi: '{count} bài' },
  'collection.totalFacts': { en: '{count} fact saved | {count} facts saved', vi: '{count} dữ kiện đã lưu' },
  'collection.deletedFact': { en: "Deleted the fact '{quote}'.", vi: "Đã xóa dữ kiện '{quote}'." },
  'collection.deletedArticle': {
    en: "Deleted the article '{title}' and its {count} fact. | Deleted the article '{title}' and its {count} facts.",
    vi: "Đã xóa bài '{title}' và {count} dữ kiện của nó.",
  },
  'collection.undone': { en: 'Undone.', vi: 'Đã hoàn tác.' },
  'collection.exported': { en: 'Exported {count} fact ({format}). | Exported {count} facts ({format}).', vi: 'Đã xuất {count} dữ kiện ({format}).' },
  'collection.importTooLarge': {
    en: 'The file {file} is larger than {size} MB; it is not a Bantin export.',
    vi: 'Tệp {file} lớn hơn {size} MB; không phải bản xuất của Bantin.',
  },
  'collection.cannotImport': { en: 'Could not import {file}: {error}', vi: 'Không nhập được {file}: {error}' },
  'collection.imported': {
    en: 'Imported {file}: new articles {articlesAdded}, articles already saved (merged) {articlesMerged}, new facts {factsAdded}, facts already saved {factsSkipped}.',
    vi: 'Đã nhập {file}: {articlesAdded} bài mới, {articlesMerged} bài đã có (gộp), {factsAdded} dữ kiện mới, {factsSkipped} dữ kiện đã có.',
  },
  'collection.confirmWipe': {
    en: 'Delete the whole collection (every article, fact, note and tag)? This cannot be undone. Export "JSON – everything" first to keep a backup.',
    vi: 'Xóa toàn bộ bộ sưu tập (mọi bài, dữ kiện, ghi chú, thẻ)? Không thể hoàn tác. Nên "Xuất JSON – tất cả" trước để có bản sao lưu.',
  },
  'collection.wiped': { en: 'Deleted the whole collection.', vi: 'Đã xóa toàn bộ bộ sưu tập.' },
  'collection.export': { en: 'Export', vi: 'Xuất' },
  'collection.exportCsvFiltered': { en: 'Export CSV (filtered)', vi: 'Xuất CSV (đang lọc)' },
  'collection.exportJsonFiltered': { en: 'Export JSON (filtered)', vi: 'Xuất JSON (đang lọc)' },
  'collection.exportCsvAll': { en: 'CSV – everything', vi: 'CSV – tất cả' },
  'collection.exportJsonAll': { en: 'JSON – everything', vi: 'JSON – tất cả' },
  'collection.import': { en: 'Import JSON…', vi: 'Nhập JSON…' },
  'collection.importFile': { en: 'JSON file to import', vi: 'Tệp JSON để nhập' },
  'collection.wipe': { en: 'Delete everything…', vi: 'Xóa toàn bộ…' },
  'collection.undo': { en: 'Undo', vi: 'Hoàn tác' },
  'collection.views': { en: 'View', vi: 'Cách xem' },
  'collection.groupFilter': { en: 'Group: {group}', vi: 'Nhóm: {group}' },
  'collection.articleFilter': { en: 'Article #{id}', vi: 'Bài #{id}' },
  // Parts of an export's file name (bantin-filtered-2026-11-25.csv): letters, digits and '-' only.
  'collection.fileAll': { en: 'all', vi: 'tat-ca' },
  'collection.fileFiltered': { en: 'filtered', vi: 'da-loc' },

  'filters.label': { en: 'Filter facts', vi: 'Lọc dữ kiện' },
  'filters.search': { en: 'Search (accents optional)', vi: 'Tìm (không cần dấu)' },
  'filters.all': { en: 'All', vi: 'Tất cả' },
  'filters.from': { en: 'Published from', vi: 'Đăng từ' },
  'filters.to': { en: 'to', vi: 'đến' },
  'filters.code': { en: 'Document code', vi: 'Số hiệu văn bản' },
  'filters.unticked': { en: 'Also unticked facts', vi: 'Cả dữ kiện đã bỏ chọn' },

  'factsView.label': { en: 'Saved facts', vi: 'Dữ kiện đã lưu' },
  'factsView.corrected': { en: 'Corrected', vi: 'Đã sửa' },
  'factsView.correctedTag': { en: 'corrected', vi: 'sửa' },
  'factsView.edit': { en: 'Edit: {quote}', vi: 'Sửa: {quote}' },
  'factsView.delete': { en: 'Delete: {quote}', vi: 'Xóa: {quote}' },

  'articlesView.label': { en: 'Saved articles', vi: 'Bài đã lưu' },
  'articlesView.factsOf': { en: 'Facts of: {title}', vi: 'Dữ kiện của: {title}' },
  'articlesView.edit': { en: 'Edit the article: {title}', vi: 'Sửa bài: {title}' },
  'articlesView.delete': { en: 'Delete the article: {title}', vi: 'Xóa bài: {title}' },

  'groups.articles': { en: 'Articles', vi: 'Số bài' },
  'groups.times': { en: 'Times', vi: 'Số lần' },
  'groups.span': { en: 'From – to', vi: 'Từ – đến' },
  'groups.groupBy': { en: 'Group by', vi: 'Nhóm theo' },
  'groups.tableLabel': { en: 'Grouped by {kind}', vi: 'Nhóm theo {kind}' },
  'groups.mentionedIn': { en: 'Articles that name it', vi: 'Các bài nhắc đến' },
  'groups.articleCount': { en: '{count} article | {count} articles', vi: '{count} bài' },
  'groups.timeCount': { en: '{count} time | {count} times', vi: '{count} lần' },
  'groups.showFacts': { en: 'Show the facts', vi: 'Xem các dữ kiện' },
  'groups.showPictures': { en: 'Pictures', vi: 'Xem hình' },
  'groups.pick': { en: 'Pick a group to see the articles that name it.', vi: 'Chọn một nhóm để xem các bài nhắc đến nó.' },

  'charts.svg': { en: 'SVG', vi: 'SVG' },
  'charts.png': { en: 'PNG', vi: 'PNG' },
  'charts.saveSvg': { en: 'Save “{chart}” as SVG', vi: 'Lưu “{chart}” dạng SVG' },
  'charts.savePng': { en: 'Save “{chart}” as PNG', vi: 'Lưu “{chart}” dạng PNG' },
  'charts.showTable': { en: 'The numbers as a table', vi: 'Xem số liệu dạng bảng' },

  'pictures.ofFilter': { en: 'The facts of the filter:', vi: 'Các dữ kiện đang lọc:' },
  'pictures.ofGroup': { en: '{kind} “{group}”:', vi: '{kind} “{group}”:' },
  'pictures.summary': { en: '{facts} facts from {articles} articles.', vi: '{facts} dữ kiện từ {articles} bài.' },
  'pictures.undated': {
    en: '{facts} facts of {articles} articles without a publication date are not on the timeline.',
    vi: '{facts} dữ kiện của {articles} bài không có ngày đăng không nằm trên trục thời gian.',
  },
  'pictures.empty': { en: 'Nothing to draw: no fact passes the filter.', vi: 'Không có gì để vẽ: không dữ kiện nào khớp bộ lọc.' },
  'pictures.articlesPerMonth': { en: 'Articles per month', vi: 'Số bài theo tháng' },
  'pictures.articlesPerMonthLabel': {
    en: 'Column chart: {articles} articles by month of publication, {months} months from {first} to {last}.',
    vi: 'Biểu đồ cột: {articles} bài theo tháng đăng, {months} tháng từ {first} đến {last}.',
  },
  'pictures.factsPerMonth': { en: 'Facts per month, by kind', vi: 'Số dữ kiện theo tháng, theo loại' },
  'pictures.factsPerMonthLabel': {
    en: 'Column chart: {facts} facts by month of their article’s publication, by kind ({kinds}).',
    vi: 'Biểu đồ cột: {facts} dữ kiện theo tháng đăng bài, theo loại ({kinds}).',
  },
  'pictures.mode': { en: 'Kinds', vi: 'Các loại' },
  'pictures.stacked': { en: 'stacked', vi: 'chồng lên nhau' },
  'pictures.split': { en: 'one band each', vi: 'tách từng loại' },
  'pictures.provinces': { en: 'Where the facts come from: articles per province', vi: 'Dữ kiện từ đâu: số bài theo tỉnh' },
  'pictures.provincesLabel': {
    en: 'Bar chart: {articles} articles from {provinces} provinces, most first.',
    vi: 'Biểu đồ thanh: {articles} bài từ {provinces} tỉnh, nhiều nhất trước.',
  },
  'pictures.noProvince': { en: '(no province)', vi: '(không rõ tỉnh)' },
  'pictures.month': { en: 'Month', vi: 'Tháng' },
  'pictures.articles': { en: 'Articles', vi: 'Số bài' },
  'pictures.facts': { en: 'Facts', vi: 'Số dữ kiện' },
  'pictures.total': { en: 'Total', vi: 'Tổng' },
  'pictures.factCount': { en: '{count} fact | {count} facts', vi: '{count} dữ kiện' },

  'series.filterLabel': { en: 'Filter series', vi: 'Lọc chuỗi số liệu' },
  'series.subjectWords': { en: 'Subject (accents optional)', vi: 'Chủ thể (không cần dấu)' },
  'series.unitWords': { en: 'Unit', vi: 'Đơn vị' },
  'series.subjectExample': { en: 'dang bo xa', vi: 'dang bo xa' },
  'series.unitExample': { en: 'dang vien', vi: 'dang vien' },
  'series.exportCsv': { en: 'Export series CSV', vi: 'Xuất CSV số liệu' },
  'series.file': { en: 'series', vi: 'so-lieu' },
  'series.exported': { en: 'Exported {count} figures of {series} series (CSV).', vi: 'Đã xuất {count} số liệu của {series} chuỗi (CSV).' },
  'series.tableLabel': { en: 'Figures over time, by subject and unit', vi: 'Số liệu theo thời gian, theo chủ thể và đơn vị' },
  'series.subject': { en: 'Subject', vi: 'Chủ thể' },
  'series.unit': { en: 'Unit', vi: 'Đơn vị' },
  'series.points': { en: 'Figures', vi: 'Số điểm' },
  'series.latest': { en: 'Latest', vi: 'Mới nhất' },
  'series.trend': { en: 'Over time', vi: 'Diễn biến' },
  'series.figuresOf': { en: 'Figures of the subject', vi: 'Số liệu của chủ thể' },
  'series.chartTitle': { en: '{unit} ({count} figure) | {unit} ({count} figures)', vi: '{unit} ({count} số liệu)' },
  'series.chartLabel': {
    en: 'Line chart: {subject}, {unit}, {count} figures, {span}.',
    vi: 'Biểu đồ đường: {subject}, {unit}, {count} số liệu, {span}.',
  },
  'series.pointsCaption': { en: 'Figures of {subject} in {unit}', vi: 'Số liệu của {subject}, đơn vị {unit}' },
  'series.date': { en: 'As of', vi: 'Tính đến' },
  'series.value': { en: 'Value', vi: 'Giá trị' },
  'series.pick': {
    en: 'Pick a subject to see its figures with their quotes.',
    vi: 'Chọn một chủ thể để xem các số liệu và trích dẫn của nó.',
  },
  'series.none': {
    en: 'No figure with a subject among the saved counts of this filter.',
    vi: 'Không có số liệu nào có chủ thể trong các số lượng đã lưu của bộ lọc này.',
  },

  'edit.fact': { en: 'Edit the {kind}: {quote}', vi: 'Sửa {kind}: {quote}' },
  'edit.article': { en: 'Edit the saved article', vi: 'Sửa bài đã lưu' },
  'edit.published': { en: 'Published (2012-08-27)', vi: 'Ngày đăng (2012-08-27)' },
  'edit.tags': { en: 'Tags (separated by commas)', vi: 'Thẻ (cách nhau bằng dấu phẩy)' },
  'edit.badPublished': {
    en: 'The publication date must look like 2012-08-27 (or 2012-08-27T10:05).',
    vi: 'Ngày đăng phải có dạng 2012-08-27 (hoặc 2012-08-27T10:05).',
  },
} as const satisfies Record<string, { readonly en: string; readonly vi: string }>;
