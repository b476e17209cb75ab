// Readable data for the page reading of analyzer/html/: the class-name hints and the key
// names of embedded article data. The rules that use them live in extract.ts and
// embedded.ts; a site that names its lead or its data differently needs a word here, not a
// rule there.

/**
 * Class-name parts that mark a lead (sapo, standfirst): a class token holding one of them
 * as a part ('singular-sapo', 'e-magazine__sapo', 'article__sapo', 'bm-sapo', 'sapo',
 * 'description', 'lead', 'summary', 'chapeau' …). A token's parts are split at '-', '_'
 * and case changes; 'sapo' also counts inside a part ('detailsapo'). The lead is
 * looked for between the headline and the body only, so a 'description' teaser in a
 * related list is never taken.
 */
export const LEAD_CLASS_PARTS: readonly string[] = [
  'sapo',
  'description',
  'desc',
  'lead',
  'summary',
  'chapeau',
  'standfirst',
  'excerpt',
  'intro',
  'teaser',
  'abstract',
  'tomtat', // 'tóm tắt'
  'trichdan', // 'trích dẫn', a portal CMS's lead
];

/** Class-name parts found inside a longer part ('detailsapo', 'newssapo'). */
export const LEAD_CLASS_INFIXES: readonly string[] = ['sapo'];

/**
 * An inline element printed before the lead's first word whose separator is drawn by the
 * site's CSS, not written in the page: VnExpress's `<span class="location-stamp">Hà
 * Nội</span>Chủ tịch …` reads 'Hà Nội - Chủ tịch …' on screen. Its text is followed by
 * ' - ' in the extracted text.
 */
export const STAMP_CLASSES: readonly string[] = ['location-stamp', 'locationstamp', 'location_stamp'];

// ---------------------------------------------------------------------------------------
// Embedded article data (JSON-LD, __NEXT_DATA__, window.__INITIAL_STATE__ …)

/** schema.org types whose objects are articles. */
export const ARTICLE_TYPES: readonly string[] = [
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'WebPage',
];

/**
 * Globals that frameworks fill with the page's data in an inline script
 * (`window.__INITIAL_STATE__ = {…};`). Any `window.__NAME__ = {…}` holding JSON is read;
 * these are only the common names, for the documentation.
 */
export const STATE_GLOBALS: readonly string[] = ['__INITIAL_STATE__', '__PRELOADED_STATE__', '__NUXT__', '__APOLLO_STATE__', '__DATA__'];

/** Keys of an article object that hold its body: text, HTML, or a list of blocks. */
export const BODY_KEYS: readonly string[] = [
  'articleBody',
  'body',
  'bodys',
  'bodyHtml',
  'body_html',
  'content',
  'contents',
  'contentHtml',
  'content_html',
  'htmlContent',
  'fullContent',
  'detail',
  'html',
];

/** Keys of a body block that hold its text or HTML. */
export const BLOCK_TEXT_KEYS: readonly string[] = ['content', 'text', 'html', 'value', 'body'];

/** Body blocks of these types are media, not text (their 'content' is an address). */
export const MEDIA_BLOCK_TYPES: readonly string[] = ['image', 'photo', 'picture', 'video', 'audio', 'embed', 'ad', 'ads', 'advertisement', 'gallery', 'slideshow', 'iframe', 'map'];

/** Keys of an article object, in order of preference, for its other fields. */
export const TITLE_KEYS: readonly string[] = ['headline', 'title', 'name'];
export const LEAD_KEYS: readonly string[] = ['sapo', 'description', 'summary', 'lead', 'intro', 'excerpt', 'teaser', 'abstract', 'desc'];
export const DATE_KEYS: readonly string[] = [
  'datePublished',
  'publishedAt',
  'published_at',
  'publishDate',
  'publish_date',
  'publishedDate',
  'publishedTime',
  'published_time',
  'pubDate',
  'date',
  'createdAt',
  'created_at',
];
export const AUTHOR_KEYS: readonly string[] = ['author', 'authors', 'byline', 'authorName', 'author_name', 'creator'];
export const PERSON_NAME_KEYS: readonly string[] = ['name', 'fullName', 'fullname', 'full_name', 'displayName', 'display_name', 'title'];
export const SITE_KEYS: readonly string[] = ['publisher', 'source', 'sourceName', 'source_name', 'publisherName', 'siteName'];
