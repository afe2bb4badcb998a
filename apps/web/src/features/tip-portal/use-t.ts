import { useTranslation } from 'react-i18next';

/** i18next's `t` (for the shell's shared error texts, `errors.*`). */
export const useI18nT = () => useTranslation().t;
