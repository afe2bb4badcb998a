import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';

// The tables are in `i18n-vi.ts` and `i18n-en.ts`; this file registers them and gives the feature its `t`.
export { en, vi };

i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type TipTextKey = TextPaths<(typeof vi)['tips']>;

/** `t` for this feature's keys (`tt('list.create')`). */
export function useTipText() {
  const { tx, t, language } = useFeatureText<TipTextKey>('tips');
  return { tt: tx, t, language };
}
