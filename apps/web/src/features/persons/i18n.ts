import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';

// The tables are in `i18n-vi.ts` and `i18n-en.ts`; this file registers them and gives the feature its `t`.
export { en, vi };

// Loaded with the persons pages (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type PersonTextKey = TextPaths<(typeof vi)['persons']>;

/** `t` for this feature's keys (`pt('list.create')`). */
export function usePersonText() {
  const { tx, t, language } = useFeatureText<PersonTextKey>('persons');
  return { pt: tx, t, language };
}
