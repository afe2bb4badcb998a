import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('layout.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={setLanguage}
      options={[
        { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
        { value: 'en', label: 'EN', title: 'English' },
      ]}
    />
  );
}
