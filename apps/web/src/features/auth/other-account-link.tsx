import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout } from './session.ts';

/** Leaves a half-finished sign-in (wrong account, lost phone) without waiting for the session to expire. */
export function OtherAccountLink() {
  const { t } = useTranslation();
  const logout = useLogout();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="link"
      block
      loading={busy}
      onClick={() => {
        setBusy(true);
        void logout().finally(() => setBusy(false));
      }}
    >
      {t('auth.otherAccount')}
    </Button>
  );
}
