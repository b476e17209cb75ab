// The page's article: metadata, language, the 'already saved' badge and the saved facts
// that could not be found on the page again.

import { kindLabel, t } from '../i18n/index.ts';
import { fieldSummary } from './fields.ts';
import { formatInstant, formatIsoDate, isWebUrl, languageName } from './format.ts';
import { PALETTE } from './palette.ts';
import { effectiveFields, notFoundRows, type PanelState } from './panel-state.ts';

export function Header({ state, onReload }: { state: PanelState; onReload(): void }) {
  const page = state.page;
  const article = page?.analysis.article;
  const language = page?.analysis.language;
  const missing = notFoundRows(state);
  const rows: [string, string | undefined][] = [
    [t('label.published'), formatIsoDate(article?.published)],
    [t('label.source'), article?.source],
    [t('label.author'), article?.byline],
    [t('label.province'), article?.province],
  ];

  return (
    <header class="article">
      <div class="article-top">
        <h1>{article?.title || (page ? t('header.untitled') : t('manifest.name'))}</h1>
        <button type="button" onClick={onReload} disabled={state.phase === 'loading' || state.saving}>
          {t('header.reanalyze')}
        </button>
      </div>
      {state.saved ? (
        <p class="saved-badge">
          <span class="badge">{t('header.savedBadge')}</span> {t('header.savedAt', { time: formatInstant(state.saved.savedAt) })}
          {state.saved.updatedAt && state.saved.updatedAt !== state.saved.savedAt ? t('header.updatedAt', { time: formatInstant(state.saved.updatedAt) }) : ''}
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
              <dt>{t('header.language')}</dt>
              <dd>
                {languageName(language.code)} ({Math.round(language.score * 100)}%)
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('header.address')}</dt>
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
      {language && language.code !== 'vie' ? <p class="notice">{t('header.notVietnamese')}</p> : null}
      {missing.length ? (
        <section class="not-found" aria-labelledby="not-found-title">
          <h2 id="not-found-title">{t('header.notFoundTitle', { count: missing.length })}</h2>
          <p class="hint">{t('header.notFoundHint')}</p>
          <ul>
            {missing.map((row) => (
              <li key={row.id} style={{ borderLeftColor: PALETTE[row.kind].border }}>
                <span class="kind-tag">{kindLabel(row.kind)}</span> “{row.quote}”
                <span class="summary"> — {fieldSummary(row.kind, effectiveFields(row))}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}
