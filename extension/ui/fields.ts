// The fields of each fact kind as the side panel edits them: labels, which are required,
// how a typed string becomes a canonical value, and what a valid value is (FACTS.md).
// Pure: no DOM, no browser API. Labels, hints and errors are messages of the catalogue
// (extension/i18n), in the language in use.

import type { FactKind } from '../../analyzer/contract.ts';
import { canonical } from '../../analyzer/text/normalize.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { FieldsPatch } from '../storage/types.ts';

/** A fact's canonical fields, loosely typed for the UI (the storage checks them again by kind). */
export type FieldValues = Record<string, string | number>;

/** What the researcher typed, one string per field. */
export type FormValues = Record<string, string>;

export type FieldErrors = Record<string, string>;

export type FieldType =
  /** Free text. */
  | 'text'
  /** A number ≥ 0 (count value). */
  | 'count'
  /** A four-digit year (award year). */
  | 'year'
  /** An ISO date, month, quarter, year or date-time (document issued). */
  | 'date'
  /** A date fact's value: like 'date', or an interval '2010/2015'. */
  | 'date-value'
  /** One of `choices` (or none when optional). */
  | 'choice';

export interface FieldSpec {
  name: string;
  /** Message keys of the label and of the hint shown under the input: t(spec.label). */
  label: Extract<MessageKey, `field.${string}`>;
  type: FieldType;
  required: boolean;
  choices?: readonly { value: string; label: ChoiceKey }[];
  hint?: Extract<MessageKey, `hint.${string}`>;
}

type ChoiceKey = Extract<MessageKey, `approx.${string}` | `level.${string}`>;

/** The values of a count's `approx` and an office's `level`; their words are `approx.<value>`, `level.<value>`. */
export const APPROX_VALUES = ['over', 'under', 'about'] as const;
export const LEVEL_VALUES = ['central', 'province', 'district', 'commune'] as const;

const approxChoices = APPROX_VALUES.map((value) => ({ value, label: `approx.${value}` as const }));
const levelChoices = LEVEL_VALUES.map((value) => ({ value, label: `level.${value}` as const }));

export const FIELD_SPECS: Readonly<Record<FactKind, readonly FieldSpec[]>> = {
  document: [
    { name: 'type', label: 'field.document.type', type: 'text', required: true, hint: 'hint.documentType' },
    { name: 'number', label: 'field.document.number', type: 'text', required: true },
    { name: 'symbol', label: 'field.document.symbol', type: 'text', required: false, hint: 'hint.documentSymbol' },
    { name: 'code', label: 'field.document.code', type: 'text', required: false, hint: 'hint.documentCode' },
    { name: 'issued', label: 'field.document.issued', type: 'date', required: false, hint: 'hint.date' },
    { name: 'issuer', label: 'field.document.issuer', type: 'text', required: false },
  ],
  date: [{ name: 'value', label: 'field.date.value', type: 'date-value', required: true, hint: 'hint.dateValue' }],
  count: [
    { name: 'value', label: 'field.count.value', type: 'count', required: true, hint: 'hint.countValue' },
    { name: 'unit', label: 'field.count.unit', type: 'text', required: true, hint: 'hint.countUnit' },
    { name: 'approx', label: 'field.count.approx', type: 'choice', required: false, choices: approxChoices },
    { name: 'subject', label: 'field.count.subject', type: 'text', required: false, hint: 'hint.countSubject' },
    { name: 'asOf', label: 'field.count.asOf', type: 'date', required: false, hint: 'hint.date' },
  ],
  award: [
    { name: 'name', label: 'field.award.name', type: 'text', required: true },
    { name: 'grantor', label: 'field.award.grantor', type: 'text', required: false },
    { name: 'recipient', label: 'field.award.recipient', type: 'text', required: false },
    { name: 'year', label: 'field.award.year', type: 'year', required: false },
  ],
  office: [
    { name: 'name', label: 'field.office.name', type: 'text', required: true },
    { name: 'level', label: 'field.office.level', type: 'choice', required: false, choices: levelChoices },
    { name: 'province', label: 'field.office.province', type: 'text', required: false },
  ],
  person: [
    { name: 'name', label: 'field.person.name', type: 'text', required: true },
    { name: 'role', label: 'field.person.role', type: 'text', required: false },
  ],
};

/** How a field's value reads: the word of a choice ('over' → 'trên'), anything else as it is. */
export function fieldValueText(name: string, value: unknown): string {
  if (name === 'approx' && (APPROX_VALUES as readonly unknown[]).includes(value)) return t(`approx.${value as (typeof APPROX_VALUES)[number]}`);
  if (name === 'level' && (LEVEL_VALUES as readonly unknown[]).includes(value)) return t(`level.${value as (typeof LEVEL_VALUES)[number]}`);
  return String(value);
}

// --- dates ---------------------------------------------------------------------------

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const YEAR = /^\d{4}$/;

/** One ISO date of FACTS.md: '2006-11-07', '2012-01', '2010-Q4', '2011', '2012-08-27T10:05'. */
export function isIsoDate(value: string): boolean {
  if (YEAR.test(value) || QUARTER.test(value)) return true;
  const m = MONTH.exec(value);
  if (m) return +m[2] >= 1 && +m[2] <= 12;
  const d = DAY.exec(value);
  if (!d) return false;
  const [, y, mo, da, hh, mi, ss] = d;
  const date = new Date(Date.UTC(+y, +mo - 1, +da));
  if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +da) return false;
  if (hh !== undefined && (+hh > 23 || +mi > 59 || (ss !== undefined && +ss > 59))) return false;
  return true;
}

/** A date fact's value: an ISO date as above, or an interval of two ('2010/2015') in order. */
export function isDateFactValue(value: string): boolean {
  const parts = value.split('/');
  if (parts.length === 1) return isIsoDate(value);
  if (parts.length !== 2 || !parts.every(isIsoDate)) return false;
  const [a, b] = parts;
  return a.slice(0, 4) <= b.slice(0, 4) && a !== b;
}

// --- typed strings → values ----------------------------------------------------------

/** NFC, spaces collapsed, trimmed (tags). */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A typed field value in the contract's canonical form: NFC, new-style tone marks ('uỷ' → 'ủy'), one space. */
export function canonicalText(value: string): string {
  return canonical(value);
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const GROUPED = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/;

/** A count's value typed by a person: digits, one decimal separator ('.' or ','). */
export function parseCount(typed: string): number | string {
  const s = typed.replace(/\s+/g, '');
  if (s.startsWith('-')) return t('fieldError.negative');
  if (GROUPED.test(s)) return t('fieldError.grouped');
  if (!NUMBER.test(s)) return t('fieldError.notNumber');
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : t('fieldError.tooLarge');
}

function parseOne(spec: FieldSpec, typed: string): { value?: string | number; error?: string } {
  const s = canonicalText(typed);
  if (!s) return spec.required ? { error: t('fieldError.required') } : {};
  switch (spec.type) {
    case 'text':
      return { value: s };
    case 'count': {
      const n = parseCount(s);
      return typeof n === 'number' ? { value: n } : { error: n };
    }
    case 'year':
      return /^\d{4}$/.test(s) ? { value: Number(s) } : { error: t('fieldError.year') };
    case 'date':
      return isIsoDate(s) ? { value: s } : { error: t('fieldError.date') };
    case 'date-value':
      return isDateFactValue(s) ? { value: s } : { error: t('fieldError.dateValue') };
    case 'choice':
      return spec.choices?.some((c) => c.value === s) ? { value: s } : { error: t('fieldError.choice') };
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The typed strings of one kind's form as canonical fields (empty optional fields left out). */
export function parseFieldValues(kind: FactKind, typed: FormValues): Parsed<FieldValues> {
  const fields: FieldValues = {};
  const errors: FieldErrors = {};
  for (const spec of FIELD_SPECS[kind]) {
    const { value, error } = parseOne(spec, typed[spec.name] ?? '');
    if (error) errors[spec.name] = error;
    else if (value !== undefined) fields[spec.name] = value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: fields };
}

/**
 * The correction that turns `before` into what was typed: only the fields that changed,
 * null for an optional field emptied. An empty patch means nothing changed.
 */
export function fieldsPatchFrom(kind: FactKind, before: FieldValues, typed: FormValues): Parsed<FieldsPatch> {
  const parsed = parseFieldValues(kind, typed);
  if (!parsed.ok) return parsed;
  const patch: FieldsPatch = {};
  for (const spec of FIELD_SPECS[kind]) {
    const now = parsed.value[spec.name];
    const was = before[spec.name];
    if (now === was) continue;
    if (now === undefined) {
      if (was !== undefined) patch[spec.name] = null;
    } else patch[spec.name] = now;
  }
  return { ok: true, value: patch };
}

/** Checks fields that are already values (a fact with a correction applied) by the same rules. */
export function validateFieldValues(kind: FactKind, fields: FieldValues): FieldErrors {
  const errors: FieldErrors = {};
  const specs = FIELD_SPECS[kind];
  for (const name of Object.keys(fields)) {
    if (!specs.some((s) => s.name === name)) errors[name] = t('fieldError.unknownField', { field: name });
  }
  for (const spec of specs) {
    const v = fields[spec.name];
    if (v === undefined || (typeof v === 'string' && !cleanText(v))) {
      if (spec.required) errors[spec.name] = t('fieldError.required');
      continue;
    }
    const bad = (() => {
      switch (spec.type) {
        case 'count':
          return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : t('fieldError.numberValue');
        case 'year':
          return typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999 ? undefined : t('fieldError.yearValue');
        case 'date':
          return typeof v === 'string' && isIsoDate(v) ? undefined : t('fieldError.date');
        case 'date-value':
          return typeof v === 'string' && isDateFactValue(v) ? undefined : t('fieldError.dateValue');
        case 'choice':
          return spec.choices?.some((c) => c.value === v) ? undefined : t('fieldError.choice');
        case 'text':
          return typeof v === 'string' ? undefined : t('fieldError.text');
      }
    })();
    if (bad) errors[spec.name] = bad;
  }
  return errors;
}

/** Canonical fields as the strings a form starts from. */
export function formValuesOf(kind: FactKind, fields: FieldValues): FormValues {
  const out: FormValues = {};
  for (const spec of FIELD_SPECS[kind]) {
    const v = fields[spec.name];
    out[spec.name] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/** Fields with a correction applied (null removes a field). */
export function applyPatch(fields: FieldValues, patch: FieldsPatch | undefined): FieldValues {
  const out: FieldValues = { ...fields };
  for (const [name, value] of Object.entries(patch ?? {})) {
    if (value === null) delete out[name];
    else if (value !== undefined) out[name] = value;
  }
  return out;
}

/** One compact line of a fact's fields: '06-CT/TW · Chỉ thị · 2006-11-07 · Bộ Chính trị'. */
export function fieldSummary(kind: FactKind, f: FieldValues): string {
  const parts = (...xs: (string | number | undefined | false)[]) =>
    xs.filter((x): x is string | number => x !== undefined && x !== false && x !== '').join(' · ');
  switch (kind) {
    case 'document':
      return f.code ? parts(f.code, f.type, f.issued, f.issuer) : parts(`${f.type ?? ''} ${f.number ?? ''}`.trim(), f.issued, f.issuer);
    case 'date':
      return parts(f.value);
    case 'count': {
      const approx = typeof f.approx === 'string' ? fieldValueText('approx', f.approx) : undefined;
      const figure = [approx, f.value, f.unit].filter((x) => x !== undefined && x !== '').join(' ');
      return parts(figure, f.subject && t('summary.subject', { subject: String(f.subject) }), f.asOf && t('summary.asOf', { asOf: String(f.asOf) }));
    }
    case 'award':
      return parts(f.name, f.grantor && t('summary.grantor', { grantor: String(f.grantor) }), f.recipient && t('summary.recipient', { recipient: String(f.recipient) }), f.year);
    case 'office':
      return parts(f.name, typeof f.level === 'string' && fieldValueText('level', f.level), f.province);
    case 'person':
      return parts(f.name, f.role);
  }
}
