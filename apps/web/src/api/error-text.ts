import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError, isConflict } from './api-error.ts';

/** The sentence to show for a failed call: ours for conflicts and transport failures, else the server's. */
export function errorText(e: unknown, t: TFunction): string {
  if (!isApiError(e)) return t('errors.generic');
  if (isConflict(e)) return t('errors.conflict');
  if (e.status === 0) return t('errors.network');
  if (e.message) return e.message;
  if (e.status === 403) return t('errors.forbidden');
  if (e.status === 404) return t('errors.notFound');
  if (e.status === 429) return t('errors.rateLimited');
  if (e.status >= 500) return t('errors.unavailable');
  return t('errors.generic');
}

const pathOf = (path: string): (string | number)[] =>
  path
    .split(/[.[\]/]+/)
    .filter(Boolean)
    .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));

/**
 * Puts the server's `details` onto the matching antd fields. A path may be prefixed (`body.code`) or
 * point inside an array (`unitIds.3`): the message goes to the first segment that names a form field.
 * Returns the messages that matched no field, for the form-level alert.
 */
export function applyFieldErrors(form: FormInstance, e: unknown, fields: readonly string[]): string[] {
  if (!isApiError(e) || e.details.length === 0) return [];
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const issue of e.details) {
    const field = pathOf(issue.path).find(
      (seg): seg is string => typeof seg === 'string' && fields.includes(seg),
    );
    if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else unmatched.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unmatched;
}
