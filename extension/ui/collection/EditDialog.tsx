// Correcting a fact's fields or an article's fields, note and tags from the collection, in
// a modal dialog. The forms only collect and check what is typed; the caller stores it.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactKind } from '../../../analyzer/contract.ts';
import type { ArticlePatch } from '../../storage/articles.ts';
import type { ArticleHeader, FactRow } from '../../storage/collection.ts';
import type { FieldsPatch } from '../../storage/types.ts';
import { FieldsForm } from '../FieldsForm.tsx';
import { currentLanguage, kindLabel, localeOf, t, type MessageKey } from '../../i18n/index.ts';
import { fieldsPatchFrom, formValuesOf, type FieldValues } from '../fields.ts';
import { DATE_PREFIX } from './url-state.ts';

function Modal({ title, onClose, children }: { title: string; onClose(): void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} class="modal" aria-labelledby="modal-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}

export function EditFactDialog({ row, onSave, onClose }: { row: FactRow; onSave(patch: FieldsPatch): void; onClose(): void }) {
  const kind = row.fact.kind as FactKind;
  const before = row.fields as FieldValues;
  return (
    <Modal title={t('edit.fact', { kind: kindLabel(kind).toLocaleLowerCase(localeOf(currentLanguage())), quote: row.fact.quote })} onClose={onClose}>
      <FieldsForm
        kind={kind}
        idPrefix="edit-fact"
        initial={formValuesOf(kind, before)}
        submitLabel={t('action.save')}
        onCancel={onClose}
        onSubmit={(typed) => {
          const patch = fieldsPatchFrom(kind, before, typed);
          if (!patch.ok) return patch.errors;
          if (Object.keys(patch.value).length) onSave(patch.value);
          else onClose();
          return undefined;
        }}
      />
    </Modal>
  );
}

const ARTICLE_FIELDS = [
  { name: 'title', label: 'label.title' },
  { name: 'source', label: 'label.source' },
  { name: 'province', label: 'label.province' },
  { name: 'published', label: 'edit.published' },
  { name: 'byline', label: 'label.author' },
] as const satisfies readonly { name: string; label: MessageKey }[];

export function EditArticleDialog({ article, onSave, onClose }: { article: ArticleHeader; onSave(patch: ArticlePatch): void; onClose(): void }) {
  const [values, setValues] = useState<Record<string, string>>({
    title: article.title ?? '',
    source: article.source ?? '',
    province: article.province ?? '',
    published: article.published ?? '',
    byline: article.byline ?? '',
    tags: article.tags.join(', '),
    note: article.note,
  });
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const published = values.published.trim();
    if (published && !(DATE_PREFIX.test(published) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(published))) {
      setError(t('edit.badPublished'));
      return;
    }
    const patch: ArticlePatch = { note: values.note, tags: values.tags.split(',').map((t) => t.trim()).filter(Boolean) };
    for (const f of ARTICLE_FIELDS) {
      const was = (article as unknown as Record<string, string | undefined>)[f.name] ?? '';
      if (values[f.name].trim() !== was) patch[f.name] = values[f.name].trim() || null;
    }
    onSave(patch);
  };
  const input = (name: string, label: string, multiline = false) => (
    <div class="field" key={name}>
      <label for={`edit-article-${name}`}>{label}</label>
      {multiline ? (
        <textarea id={`edit-article-${name}`} rows={4} value={values[name]} onInput={(e) => setValues({ ...values, [name]: (e.currentTarget as HTMLTextAreaElement).value })} />
      ) : (
        <input id={`edit-article-${name}`} value={values[name]} onInput={(e) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value })} />
      )}
    </div>
  );
  return (
    <Modal title={t('edit.article')} onClose={onClose}>
      <form class="fields-form" onSubmit={submit} noValidate>
        {ARTICLE_FIELDS.map((f) => input(f.name, t(f.label)))}
        {input('tags', t('edit.tags'))}
        {input('note', t('label.note'), true)}
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit">{t('action.save')}</button>
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
