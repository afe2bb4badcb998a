import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from './feature-text.ts';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';

// The tables are in `i18n-vi.ts` and `i18n-en.ts`; this file registers them and gives the feature its `t`.
export { en, vi };

// Loaded with the key-communes pages (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type AreaTextKey = TextPaths<(typeof vi)['key_areas']>;

/** `t` for this feature's keys (`at('list.create')`). */
export function useAreaText() {
  const { tx, t, language } = useFeatureText<AreaTextKey>('key_areas');
  return { at: tx, t, language };
}

/** The label key of a commune figure (`population` → `figures.population`). */
export const inputLabelKey = (k: string) => `figures.${k}` as AreaTextKey;
