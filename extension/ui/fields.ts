// The fields of each fact kind as the side panel edits them: labels, which are required,
// how a typed string becomes a canonical value, and what a valid value is (FACTS.md).
// Pure: no DOM, no browser API.

import type { FactKind } from '../../analyzer/contract.ts';
import { canonical } from '../../analyzer/text/normalize.ts';
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
  label: string;
  type: FieldType;
  required: boolean;
  choices?: readonly { value: string; label: string }[];
  /** Shown under the input. */
  hint?: string;
}

export const APPROX_LABELS = { over: 'trên', under: 'dưới', about: 'khoảng' } as const;
export const LEVEL_LABELS = { central: 'Trung ương', province: 'tỉnh', district: 'huyện', commune: 'xã' } as const;

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

const DATE_HINT = 'ISO: 2006-11-07, 2012-01, 2010-Q4, 2011 hoặc 2012-08-27T10:05';

export const FIELD_SPECS: Readonly<Record<FactKind, readonly FieldSpec[]>> = {
  document: [
    { name: 'type', label: 'Loại văn bản', type: 'text', required: true, hint: 'Chỉ thị, Nghị quyết, Kế hoạch…' },
    { name: 'number', label: 'Số', type: 'text', required: true },
    { name: 'symbol', label: 'Ký hiệu', type: 'text', required: false, hint: 'CT/TW (không có khi văn bản chỉ được nêu loại và số)' },
    { name: 'code', label: 'Số hiệu', type: 'text', required: false, hint: '06-CT/TW' },
    { name: 'issued', label: 'Ngày ban hành', type: 'date', required: false, hint: DATE_HINT },
    { name: 'issuer', label: 'Cơ quan ban hành', type: 'text', required: false },
  ],
  date: [{ name: 'value', label: 'Giá trị', type: 'date-value', required: true, hint: `${DATE_HINT}; nhiệm kỳ: 2010/2015` }],
  count: [
    { name: 'value', label: 'Số', type: 'count', required: true, hint: 'Số ≥ 0, không dấu phân cách hàng nghìn: 1200, 95.5' },
    { name: 'unit', label: 'Đơn vị', type: 'text', required: true, hint: 'đảng viên, chi bộ, %' },
    { name: 'approx', label: 'Ước lượng', type: 'choice', required: false, choices: choices(APPROX_LABELS) },
    { name: 'subject', label: 'Của', type: 'text', required: false, hint: 'cơ quan hay địa phương có số liệu: Đảng bộ xã X, Gia Lai' },
    { name: 'asOf', label: 'Tính đến', type: 'date', required: false, hint: DATE_HINT },
  ],
  award: [
    { name: 'name', label: 'Tên khen thưởng', type: 'text', required: true },
    { name: 'grantor', label: 'Cấp tặng', type: 'text', required: false },
    { name: 'recipient', label: 'Nơi nhận', type: 'text', required: false },
    { name: 'year', label: 'Năm', type: 'year', required: false },
  ],
  office: [
    { name: 'name', label: 'Tên cơ quan', type: 'text', required: true },
    { name: 'level', label: 'Cấp', type: 'choice', required: false, choices: choices(LEVEL_LABELS) },
    { name: 'province', label: 'Tỉnh', type: 'text', required: false },
  ],
  person: [
    { name: 'name', label: 'Họ tên', type: 'text', required: true },
    { name: 'role', label: 'Chức vụ', type: 'text', required: false },
  ],
};

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
  if (s.startsWith('-')) return 'Số phải ≥ 0';
  if (GROUPED.test(s)) return 'Viết số không có dấu phân cách hàng nghìn (1200, không phải 1.200)';
  if (!NUMBER.test(s)) return 'Phải là một số ≥ 0, ví dụ 49 hoặc 95.5';
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : 'Số quá lớn';
}

function parseOne(spec: FieldSpec, typed: string): { value?: string | number; error?: string } {
  const s = canonicalText(typed);
  if (!s) return spec.required ? { error: 'Không được để trống' } : {};
  switch (spec.type) {
    case 'text':
      return { value: s };
    case 'count': {
      const n = parseCount(s);
      return typeof n === 'number' ? { value: n } : { error: n };
    }
    case 'year':
      return /^\d{4}$/.test(s) ? { value: Number(s) } : { error: 'Năm gồm bốn chữ số, ví dụ 2012' };
    case 'date':
      return isIsoDate(s) ? { value: s } : { error: `Ngày không hợp lệ. ${DATE_HINT}` };
    case 'date-value':
      return isDateFactValue(s) ? { value: s } : { error: `Ngày không hợp lệ. ${DATE_HINT}; nhiệm kỳ: 2010/2015` };
    case 'choice':
      return spec.choices?.some((c) => c.value === s) ? { value: s } : { error: 'Giá trị không có trong danh sách' };
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
    if (!specs.some((s) => s.name === name)) errors[name] = `Trường '${name}' không thuộc loại này`;
  }
  for (const spec of specs) {
    const v = fields[spec.name];
    if (v === undefined || (typeof v === 'string' && !cleanText(v))) {
      if (spec.required) errors[spec.name] = 'Không được để trống';
      continue;
    }
    const bad = (() => {
      switch (spec.type) {
        case 'count':
          return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'Phải là một số ≥ 0';
        case 'year':
          return typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999 ? undefined : 'Năm gồm bốn chữ số';
        case 'date':
          return typeof v === 'string' && isIsoDate(v) ? undefined : `Ngày không hợp lệ. ${DATE_HINT}`;
        case 'date-value':
          return typeof v === 'string' && isDateFactValue(v) ? undefined : `Ngày không hợp lệ. ${DATE_HINT}; nhiệm kỳ: 2010/2015`;
        case 'choice':
          return spec.choices?.some((c) => c.value === v) ? undefined : 'Giá trị không có trong danh sách';
        case 'text':
          return typeof v === 'string' ? undefined : 'Phải là chữ';
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
      const approx = typeof f.approx === 'string' ? APPROX_LABELS[f.approx as keyof typeof APPROX_LABELS] : undefined;
      const figure = [approx, f.value, f.unit].filter((x) => x !== undefined && x !== '').join(' ');
      return parts(figure, f.subject && `của ${f.subject}`, f.asOf && `tính đến ${f.asOf}`);
    }
    case 'award':
      return parts(f.name, f.grantor && `cấp: ${f.grantor}`, f.recipient && `nhận: ${f.recipient}`, f.year);
    case 'office':
      return parts(f.name, typeof f.level === 'string' && LEVEL_LABELS[f.level as keyof typeof LEVEL_LABELS], f.province);
    case 'person':
      return parts(f.name, f.role);
  }
}
