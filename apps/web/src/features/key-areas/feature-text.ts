import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The dotted keys of a feature's text tree (`list.create`, `field.decisionNumber`…). */
export type TextPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : TextPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A typed `t` for one feature's namespace of keys (`key_areas.list.create` → `tx('list.create')`). The
 * feature's texts are added lazily with its pages (like the hotspot register's), so they are not in
 * i18next's declared resources; this keeps the keys checked anyway.
 */
export function useFeatureText<K extends string>(namespace: string) {
  const { t, i18n } = useTranslation();
  const tx = useCallback(
    (key: K, vars?: Record<string, string | number>): string =>
      (t as unknown as (k: string, v?: object) => string)(`${namespace}.${key}`, vars),
    [t, namespace],
  );
  const language = i18n.language === 'en' ? ('en' as const) : ('vi' as const);
  return { tx, t, language };
}

/** A bilingual text from the server (`{vi, en}`) in the UI language. */
export const inLanguage = (text: { vi: string; en: string } | null | undefined, language: 'vi' | 'en') =>
  text ? text[language] : '';
