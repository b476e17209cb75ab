// The article's note and tags. Tags are typed comma-separated and shown as chips; a chip's
// button removes that tag.

import { t } from '../i18n/index.ts';
import type { PanelAction, PanelState } from './panel-state.ts';

export function NoteTags({ state, disabled, dispatch }: { state: PanelState; disabled: boolean; dispatch(action: PanelAction): void }) {
  const remove = (tag: string) => dispatch({ type: 'tags', input: state.tags.filter((t) => t !== tag).join(', ') });
  return (
    <section class="note-tags" aria-labelledby="note-tags-title">
      <h2 id="note-tags-title" class="visually-hidden">
        {t('notes.title')}
      </h2>
      <div class="field">
        <label for="article-note">{t('label.note')}</label>
        <textarea
          id="article-note"
          rows={3}
          value={state.note}
          disabled={disabled}
          onInput={(e) => dispatch({ type: 'note', note: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
      <div class="field">
        <label for="article-tags">{t('label.tags')}</label>
        <input
          id="article-tags"
          type="text"
          value={state.tagsInput}
          disabled={disabled}
          aria-describedby="article-tags-hint"
          onInput={(e) => dispatch({ type: 'tags', input: (e.currentTarget as HTMLInputElement).value })}
        />
        <small id="article-tags-hint" class="hint">
          {t('notes.tagsHint')}
        </small>
        {state.tags.length ? (
          <ul class="chips" aria-label={t('notes.tagList')}>
            {state.tags.map((tag) => (
              <li key={tag} class="chip">
                {tag}
                <button type="button" aria-label={t('notes.removeTag', { tag })} disabled={disabled} onClick={() => remove(tag)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
