import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { isConflict } from '../../api/api-error.ts';
import { applyFieldErrors } from '../../api/error-text.ts';

/**
 * Save from a modal form: on success refresh the list and close; on field errors mark the fields;
 * on a version conflict offer to reload the record (the user's edits cannot be merged blindly).
 */
export function useEditMutation<TBody>(opts: {
  form: FormInstance;
  fields: readonly string[];
  listKey: QueryKey;
  save: (body: TBody) => Promise<unknown>;
  onSaved: () => void;
}) {
  const queryClient = useQueryClient();
  const [extra, setExtra] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: opts.save,
    onMutate: () => setExtra([]),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: opts.listKey });
      opts.onSaved();
    },
    onError: (e) => {
      setExtra(applyFieldErrors(opts.form, e, opts.fields));
      if (isConflict(e)) void queryClient.invalidateQueries({ queryKey: opts.listKey });
    },
  });
  return { mutation, extra };
}
