// The interface's language: t(key, params) gives a message of the catalogue (catalogue.ts)
// in the language in use. Each context (side panel, collection page, background, content
// script) holds the language in use here; setting.ts sets it from the stored choice, else
// the browser's language, and changes it the moment the choice changes.
//
// Why not browser.i18n.getMessage: it only speaks the browser's language, which a setting
// cannot change while the browser runs. Both catalogues are small, so every context carries
// both and picks. (The manifest, which only the browser reads, uses _locales/: locales.ts.)
//
// Pure: no browser API is needed (the browser's language is read if there is one), so the
// unit tests and the content script use it as it is.

import type { FactKind } from '../../analyzer/contract.ts';
import { CATALOGUE } from './catalogue.ts';

export type Language = 'en' | 'vi';
export const LANGUAGES: readonly Language[] = ['en', 'vi'];
/** The language for a browser in neither language; the manifest's default_locale. */
export const DEFAULT_LANGUAGE: Language = 'en';

export type MessageKey = keyof typeof CATALOGUE;

/** The {names} in a message. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type PlaceholdersOf<K extends MessageKey> = Placeholders<(typeof CATALOGUE)[K]['en']>;
export type MessageParams<K extends MessageKey> = { [P in PlaceholdersOf<K>]: string | number };
/** No second argument for a message without placeholders; every placeholder's value otherwise. */
export type ParamsArg<K extends MessageKey> = [PlaceholdersOf<K>] extends [never] ? [] : [params: MessageParams<K>];

/** A language tag of the browser ('vi', 'vi-VN', 'en-US', 'fr') as one of ours. */
export function languageOfTag(tag: string | undefined): Language {
  return tag?.toLowerCase().split(/[-_]/)[0] === 'vi' ? 'vi' : DEFAULT_LANGUAGE;
}

/** The browser's interface language where this code runs (the navigator's outside an extension). */
export function browserLanguageTag(): string | undefined {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?(): string } }; chrome?: { i18n?: { getUILanguage?(): string } } };
  try {
    return g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
  } catch {
    return undefined;
  }
}

let current: Language = languageOfTag(browserLanguageTag());
const listeners = new Set<(language: Language) => void>();

/** The language in use. */
export function currentLanguage(): Language {
  return current;
}

/** Switches the language in use; the listeners redraw what they showed. */
export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const listener of [...listeners]) listener(language);
}

/** Calls back after every change of the language in use; returns the unsubscribe. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message in the language in use. */
export function t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string {
  return translate(current, key, ...params);
}

/** The message in a given language (the language in use aside). */
export function translate<K extends MessageKey>(language: Language, key: K, ...params: ParamsArg<K>): string {
  return formatMessage(language, CATALOGUE[key][language], params[0] as Record<string, string | number> | undefined);
}

/**
 * Fills a message's {placeholders}. Numbers are written the language's way (10,000 in
 * English, 10.000 in Vietnamese; pass a string to keep digits as they are, as for ids). With
 * a numeric `count`, 'one | other' picks the form.
 */
export function formatMessage(language: Language, message: string, params?: Readonly<Record<string, string | number>>): string {
  let text = message;
  const count = params?.count;
  if (typeof count === 'number' && text.includes(' | ')) {
    const [one, other] = text.split(' | ');
    text = pluralRules(language).select(count) === 'one' ? one : (other ?? one);
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/** The locale the language's numbers and dates are written in. */
export function localeOf(language: Language = current): string {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
const plurals = new Map<Language, Intl.PluralRules>();

/** 10000 → '10.000' (Vietnamese) or '10,000' (English). */
export function formatNumber(n: number, language: Language = current): string {
  let f = numberFormats.get(language);
  if (!f) numberFormats.set(language, (f = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 20 })));
  return f.format(n);
}

function pluralRules(language: Language): Intl.PluralRules {
  let p = plurals.get(language);
  if (!p) plurals.set(language, (p = new Intl.PluralRules(localeOf(language))));
  return p;
}

/** A fact kind's name ('Văn bản' / 'Document'). */
export function kindLabel(kind: FactKind): string {
  return t(`kind.${kind}`);
}

/** A message to show later, in whatever language is in use then (held in a component's state). */
export interface Phrase {
  text(): string;
}

export function phrase(make: () => string): Phrase {
  return { text: make };
}
