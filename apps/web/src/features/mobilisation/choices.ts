import { ethnicGroupOptions } from '@pcmt/contracts';
import { fold } from '../../i18n/format.ts';

/** The 54 groups, searchable without diacritics and by their common spellings ("meo", "hmong" → Mông). */
export const ethnicityOptions = ethnicGroupOptions.map((g) => ({
  value: g.code,
  label: g.name,
  search: fold([g.name, ...g.variants].join(' ')).replace(/['-]/g, ''),
}));
export const ethnicitySearch = {
  filterOption: (input: string, o?: { search?: string }) =>
    String(o?.search ?? '').includes(fold(input).replace(/['-]/g, '')),
};

export const many = <T extends string>(v: string | undefined) => (v?.split(',') ?? []) as T[];
export const joined = (v: readonly string[]) => (v.length ? v.join(',') : undefined);
