import { ethnicGroupOptions, propagandaLanguageLabel } from '@pcmt/contracts';
import { fold } from '../../i18n/format.ts';

/** The province's own languages first (Kon Tum, Quảng Ngãi), then the other groups: Tiếng Việt is code 01. */
const LOCAL = ['01', '16', '12', '29', '10', '53', '52', '18', '30'];

export const languageOptions = [
  ...LOCAL.flatMap((c) => ethnicGroupOptions.filter((g) => g.code === c)),
  ...ethnicGroupOptions.filter((g) => !LOCAL.includes(g.code)),
].map((g) => ({
  value: g.code,
  label: propagandaLanguageLabel(g.code),
  search: fold([g.name, ...g.variants, g.code === '01' ? 'Tiếng Việt Kinh' : ''].join(' ')).replace(
    /['-]/g,
    '',
  ),
}));
export const languageSearch = {
  filterOption: (input: string, o?: { search?: string }) =>
    String(o?.search ?? '').includes(fold(input).replace(/['-]/g, '')),
};
