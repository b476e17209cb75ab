// The page's article: metadata, language, the 'already saved' badge, the saved facts that
// could not be found on the page again, and those found with some of their mentions missing
// (each lost mention with its saved quote and context).

import { kindLabel, t } from '../i18n/index.ts';
import { fieldSummary } from './fields.ts';
import { formatInstant, formatIsoDate, isWebUrl, languageName } from './format.ts';
import { PALETTE } from './palette.ts';
import { effectiveFields, mentionsLostRows, notFoundRows, type FactRow, type PanelState } from './panel-state.ts';
import type { LostMention } from './port.ts';

/** Lost mentions listed per fact; the rest are counted. */
export const LOST_MENTIONS_LISTED = 10;

/** White space of a context as one space (the saved text's line breaks are not the panel's). */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export function Header({ state, onReload }: { state: PanelState; onReload(): void }) {
  const page = state.page;
  const article = page?.analysis.article;
  const language = page?.analysis.language;
  const missing = notFoundRows(state);
  const partly = mentionsLostRows(state);
  const lostCount = partly.reduce((n, r) => n + r.mentionsLost!.mentions.length, 0);
  const MentionsHeading = missing.length ? 'h3' : 'h2';
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
      {missing.length || partly.length ? (
        <section class="not-found" aria-labelledby={missing.length ? 'not-found-title' : 'mentions-lost-title'}>
          {missing.length ? (
            <>
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
            </>
          ) : null}
          {partly.length ? (
            <div class="mentions-lost">
              <MentionsHeading id="mentions-lost-title">{t('header.mentionsLostTitle', { count: lostCount })}</MentionsHeading>
              <p class="hint">{t('header.mentionsLostHint')}</p>
              <ul>
                {partly.map((row) => (
                  <PartlyLost key={row.id} row={row} />
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </header>
  );
}

/** A saved fact still on the page, with the mentions of it that are not: which, and where they were. */
function PartlyLost({ row }: { row: FactRow }) {
  const { total, mentions } = row.mentionsLost!;
  const listed = mentions.slice(0, LOST_MENTIONS_LISTED);
  const more = mentions.length - listed.length;
  return (
    <li class="partly-lost" style={{ borderLeftColor: PALETTE[row.kind].border }}>
      <span class="kind-tag">{kindLabel(row.kind)}</span> “{row.quote}”
      <span class="summary"> — {t('facts.tagMentionsLost', { count: mentions.length, total })}</span>
      <ul class="lost-mentions" aria-label={t('header.lostMentionsOf', { quote: row.quote })}>
        {listed.map((m) => (
          <li key={m.mention}>
            <span class="mention-no">{t('header.lostMention', { index: m.mention + 1, total })}</span> <LostContext mention={m} />
          </li>
        ))}
        {more > 0 ? <li class="more">{t('header.moreLostMentions', { count: more })}</li> : null}
      </ul>
    </li>
  );
}

/** The lost mention's quote in the saved text, with the words around it. */
function LostContext({ mention }: { mention: LostMention }) {
  const before = oneLine(mention.prefix).trimStart();
  const after = oneLine(mention.suffix).trimEnd();
  return (
    <q class="context">
      {before ? `…${before}` : ''}
      <b>{mention.quote}</b>
      {after ? `${after}…` : ''}
    </q>
  );
}
