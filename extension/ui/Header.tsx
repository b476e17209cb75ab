// The page's article: metadata, language, the 'already saved' badge and the saved facts
// that could not be found on the page again.

import { fieldSummary } from './fields.ts';
import { formatInstant, formatIsoDate, isWebUrl, languageName } from './format.ts';
import { KIND_LABELS, PALETTE } from './palette.ts';
import { effectiveFields, notFoundRows, type PanelState } from './panel-state.ts';

export function Header({ state, onReload }: { state: PanelState; onReload(): void }) {
  const page = state.page;
  const article = page?.analysis.article;
  const language = page?.analysis.language;
  const missing = notFoundRows(state);
  const rows: [string, string | undefined][] = [
    ['Ngày đăng', formatIsoDate(article?.published)],
    ['Nguồn', article?.source],
    ['Tác giả', article?.byline],
    ['Tỉnh', article?.province],
  ];

  return (
    <header class="article">
      <div class="article-top">
        <h1>{article?.title || (page ? 'Không rõ tiêu đề' : 'Bantin')}</h1>
        <button type="button" onClick={onReload} disabled={state.phase === 'loading' || state.saving}>
          Phân tích lại
        </button>
      </div>
      {state.saved ? (
        <p class="saved-badge">
          <span class="badge">Đã lưu</span> lúc {formatInstant(state.saved.savedAt)}
          {state.saved.updatedAt && state.saved.updatedAt !== state.saved.savedAt ? `, cập nhật ${formatInstant(state.saved.updatedAt)}` : ''}
        </p>
      ) : null}
      {page ? (
        <dl class="meta">
          {rows
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          {language ? (
            <div>
              <dt>Ngôn ngữ</dt>
              <dd>
                {languageName(language.code)} ({Math.round(language.score * 100)}%)
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Địa chỉ</dt>
            <dd class="url">
              {isWebUrl(page.url) ? (
                <a href={page.url} target="_blank" rel="noopener noreferrer">
                  {page.url}
                </a>
              ) : (
                page.url
              )}
            </dd>
          </div>
        </dl>
      ) : null}
      {language && language.code !== 'vie' ? <p class="notice">Trang này không phải tiếng Việt: không có dữ kiện nào được trích.</p> : null}
      {missing.length ? (
        <section class="not-found" aria-labelledby="not-found-title">
          <h2 id="not-found-title">Không tìm thấy trên trang ({missing.length})</h2>
          <p class="hint">Không tìm thấy các dữ kiện này trên trang đang mở (trang có thể đã đổi). Dữ kiện đã lưu không bị xóa.</p>
          <ul>
            {missing.map((row) => (
              <li key={row.id} style={{ borderLeftColor: PALETTE[row.kind].border }}>
                <span class="kind-tag">{KIND_LABELS[row.kind]}</span> “{row.quote}”
                <span class="summary"> — {fieldSummary(row.kind, effectiveFields(row))}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}
