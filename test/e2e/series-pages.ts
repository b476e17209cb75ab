// Three made-up articles of a provincial paper (body, place, people and figures invented)
// that give one Party committee's membership in three different years: the series journey
// of collection-pictures.e2e.test.ts (Chromium) and collection-pictures.firefox.e2e.test.ts
// (Firefox). Served under the outlet's own host (baotayninh.vn is in the outlet lexicon), so
// Bantin reads them by itself, like the fixture pages of pages.ts.

export const SERIES_BODY = 'Đảng bộ xã Phước Khê Đông';
/** How the collection folds the body (group-key.ts), as its subject words and series key. */
export const SERIES_WORDS = 'phuoc khe dong';
export const SERIES_HOST = 'baotayninh.vn';

interface SeriesPage {
  path: string;
  published: string;
  title: string;
  paragraphs: string[];
  /** The membership figure the page gives, and the date it holds at (asOf). */
  members: number;
  asOf: string;
}

const PAGES: SeriesPage[] = [
  {
    path: '/xay-dung-dang/phuoc-khe-dong-tong-ket-2021-a1001.html',
    published: '2022-01-08T07:30:00+07:00',
    title: 'Đảng bộ xã Phước Khê Đông tổng kết công tác xây dựng Đảng năm 2021',
    paragraphs: [
      'Sáng 7/1, Đảng bộ xã Phước Khê Đông tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.',
      'Ngày 20/12/2021, Đảng bộ xã Phước Khê Đông có 9 chi bộ trực thuộc với 310 đảng viên. Trong năm, các chi bộ duy trì nền nếp sinh hoạt, chất lượng sinh hoạt chi bộ từng bước được nâng lên.',
      'Hội nghị cũng đánh giá kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, công tác kiểm tra, giám sát và công tác dân vận trong năm qua.',
    ],
    members: 310,
    asOf: '2021-12-20',
  },
  {
    path: '/xay-dung-dang/phuoc-khe-dong-tong-ket-2022-a1002.html',
    published: '2023-01-10T08:00:00+07:00',
    title: 'Phước Khê Đông: nâng cao chất lượng sinh hoạt chi bộ',
    paragraphs: [
      'Ngày 9/1, Đảng bộ xã Phước Khê Đông tổng kết công tác năm 2022, đề ra phương hướng nhiệm vụ năm 2023.',
      'Tính đến ngày 31/12/2022, Đảng bộ xã Phước Khê Đông hiện có 10 chi bộ với 334 đảng viên. Công tác phát triển đảng viên được chú trọng, nhất là trong đoàn viên thanh niên.',
      'Các chi bộ ấp đã bám sát nghị quyết, vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự ở địa bàn.',
    ],
    members: 334,
    asOf: '2022-12-31',
  },
  {
    path: '/xay-dung-dang/phuoc-khe-dong-tong-ket-2023-a1003.html',
    published: '2024-01-15T09:15:00+07:00',
    title: 'Đảng bộ xã Phước Khê Đông phát triển đảng viên mới',
    paragraphs: [
      'Chiều 14/1, Đảng bộ xã Phước Khê Đông tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.',
      'Đến hết năm 2023, Đảng bộ xã Phước Khê Đông có 352 đảng viên. Năm qua, công tác tạo nguồn phát triển đảng viên được quan tâm thực hiện thường xuyên.',
      'Hội nghị biểu dương các chi bộ hoàn thành xuất sắc nhiệm vụ và đề ra chỉ tiêu phấn đấu cho năm 2024.',
    ],
    members: 352,
    asOf: '2023',
  },
];

function html(p: SeriesPage): string {
  const paragraphs = p.paragraphs.map((x) => `<p>${x}</p>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>${p.title} | Báo Tây Ninh</title>
<meta property="og:title" content="${p.title}">
<meta property="og:site_name" content="Báo Tây Ninh">
<meta property="article:published_time" content="${p.published}">
</head>
<body>
<header><a href="/">Báo Tây Ninh</a><nav><a href="/xay-dung-dang">Xây dựng Đảng</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main>
<article>
<h1>${p.title}</h1>
<div class="meta">Thứ ${new Date(p.published).getUTCDay() + 1}, ${p.published.slice(8, 10)}/${p.published.slice(5, 7)}/${p.published.slice(0, 4)}</div>
${paragraphs}
<p class="author">Minh Khê</p>
</article>
</main>
<footer>Báo Tây Ninh điện tử</footer>
</body>
</html>`;
}

export interface ServedSeriesPage {
  /** Where the browser loads it (http, under the outlet's host). */
  address: string;
  host: string;
  path: string;
  html: string;
  members: number;
  asOf: string;
  published: string;
}

export const SERIES_PAGES: ServedSeriesPage[] = PAGES.map((p) => ({
  address: `http://${SERIES_HOST}${p.path}`,
  host: SERIES_HOST,
  path: p.path,
  html: html(p),
  members: p.members,
  asOf: p.asOf,
  published: p.published,
}));

/** The page served at this host and path, if it is one of them. */
export const seriesPageAt = (host: string, path: string): string | undefined => SERIES_PAGES.find((p) => p.host === host && p.path === path)?.html;
