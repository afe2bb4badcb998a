import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { isApiError, isConflict } from '../../api/api-error.ts';
import { applyFieldErrors } from '../../api/error-text.ts';

/**
 * Save from a modal form: on success refresh the list and close; on field errors mark the fields;
 * on a version conflict offer to reload the record (the user's edits cannot be merged blindly).
 */
export function useEditMutation<TBody, TResult = unknown>(opts: {
  form: FormInstance;
  fields: readonly string[];
  listKey: QueryKey;
  save: (body: TBody) => Promise<TResult>;
  onSaved: (result: TResult, body: TBody) => void;
}) {
  const queryClient = useQueryClient();
  const [extra, setExtra] = useState<string[]>([]);
  // One summary only when the refusal names no field of the form; otherwise the fields say it.
  const [showSummary, setShowSummary] = useState(false);
  const mutation = useMutation({
    mutationFn: opts.save,
    onMutate: () => {
      setExtra([]);
      setShowSummary(false);
    },
    onSuccess: async (result, body) => {
      await queryClient.invalidateQueries({ queryKey: opts.listKey });
      opts.onSaved(result, body);
    },
    onError: (e) => {
      const unmatched = applyFieldErrors(opts.form, e, opts.fields);
      const named = isApiError(e) ? e.details.length - unmatched.length : 0;
      setExtra(unmatched);
      setShowSummary(named === 0 || unmatched.length > 0);
      if (isConflict(e)) void queryClient.invalidateQueries({ queryKey: opts.listKey });
    },
  });
  return { mutation, extra, showSummary: mutation.isError && showSummary };
}
