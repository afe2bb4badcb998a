import { agencyKinds, roles } from '@pcmt/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import './field-labels.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping that says nothing to a reader (the edit counter; the record's own id on creation). */
const TECHNICAL = new Set(['version', 'id']);

/** Fields whose value differs (all of them for a creation or a deletion), in a stable order. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => !TECHNICAL.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}

/** The field's label in the UI language; never the raw key. */
export function fieldLabel(field: string, t: TFunction): string {
  const key = `audit.fields.${field}`;
  const label = t(key as 'audit.none');
  return label === key ? t('audit.otherField') : label;
}

/**
 * A stored value as a reader says it: ids become the names the server resolved, codes of roles, agency kinds
 * and statuses their labels, instants dd/mm/yyyy HH:mm in Việt Nam, booleans Có/Không.
 */
export function formatValue(
  value: unknown,
  names: Record<string, string>,
  t: TFunction,
  field?: string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return names[value.toLowerCase()] ?? t('audit.unknownRecord');
    if ((roles as readonly string[]).includes(value)) return t(`roles.${value as (typeof roles)[number]}`);
    if ((agencyKinds as readonly string[]).includes(value))
      return t(`agencyKind.${value as (typeof agencyKinds)[number]}`);
    if (field === 'status' && (value === 'active' || value === 'disabled')) return t(`users.status.${value}`);
    if (INSTANT.test(value)) return formatDateTime(value, { seconds: false });
    if (DATE.test(value)) return formatDate(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.none');
    return value
      .map((v) => (isRecord(v) && typeof v.name === 'string' ? v.name : formatValue(v, names, t, field)))
      .join(', ');
  }
  if (isRecord(value))
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${fieldLabel(k, t)}: ${formatValue(v, names, t, k)}`)
      .join('; ');
  return String(value);
}
