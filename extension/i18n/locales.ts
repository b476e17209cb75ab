// The catalogue as the WebExtension convention wants it, for what the browser reads itself:
// _locales/<lang>/messages.json (written into the build by wxt.config.ts) and the
// manifest's __MSG_<name>__ references. Generated, never edited: catalogue.ts is the source.
//
// A message name is its key with '.' written '_' ('manifest.actionTitle' →
// 'manifest_actionTitle'); a {placeholder} becomes $placeholder$ with its content $1, $2 …
// in the order the English message names them (the order getMessage's substitutions take).

import { CATALOGUE } from './catalogue.ts';
import type { Language, MessageKey } from './index.ts';

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The message name of a key in _locales ([A-Za-z0-9_] only). */
export function messageName(key: MessageKey): string {
  return key.replace(/\./g, '_');
}

/** `__MSG_<name>__`: a manifest field the browser fills in its own language. */
export function manifestMessage(key: MessageKey): string {
  return `__MSG_${messageName(key)}__`;
}

/** The {placeholders} of a message, each once, in order of appearance. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** The contents of _locales/<language>/messages.json. */
export function localeMessages(language: Language): Record<string, LocaleMessage> {
  const out: Record<string, LocaleMessage> = {};
  for (const key of Object.keys(CATALOGUE) as MessageKey[]) {
    const order = placeholdersOf(CATALOGUE[key].en);
    // '$' starts a placeholder in messages.json: a literal one is written '$$'.
    const message = CATALOGUE[key][language].replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, name: string) => `$${name}$`);
    const entry: LocaleMessage = { message };
    if (order.length) entry.placeholders = Object.fromEntries(order.map((name, i) => [name, { content: `$${i + 1}` }]));
    out[messageName(key)] = entry;
  }
  return out;
}
