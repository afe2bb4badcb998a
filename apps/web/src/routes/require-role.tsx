import type { Role } from '@pcmt/contracts';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useSession } from '../features/auth/session.ts';

/**
 * Hides pages the user's roles do not open. It only spares a pointless screen: the server
 * refuses the data anyway (403/404), so this is not the access control.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useSession();
  if (!hasAnyRole(me, roles))
    return <Result status="403" title={t('errors.forbiddenPage')} subTitle={t('errors.forbiddenPageHint')} />;
  return children;
}
