import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { applyFieldErrors } from '../../api/error-text.ts';

/**
 * Server refusals land on the fields they name; the form shows one summary only for what matched no field
 * (or for an error without details). `summary` is what to pass to <ErrorAlert>, `extra` its unmatched lines.
 */
export function useServerErrors(form: FormInstance, fields: readonly string[]) {
  const [summary, setSummary] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const onError = useCallback(
    (e: unknown) => {
      const unmatched = applyFieldErrors(form, e, fields);
      const matchedSome =
        typeof e === 'object' &&
        e !== null &&
        'details' in e &&
        (e as { details: unknown[] }).details.length > unmatched.length;
      setExtra(unmatched);
      setSummary(matchedSome && unmatched.length === 0 ? null : e);
    },
    [form, fields],
  );
  const clear = useCallback(() => {
    setSummary(null);
    setExtra([]);
  }, []);
  return { summary, extra, onError, clear };
}
