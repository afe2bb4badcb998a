import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorText } from '../api/error-text.ts';
import { PageSpin } from '../components/page-spin.tsx';
import { loginPath } from '../features/auth/safe-next.ts';
import { SessionContext, useMe } from '../features/auth/session.ts';

/** Everything but /login needs a finished sign-in; unfinished ones resume on the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <PageSpin fullScreen />;
  if (me.isError && !me.data)
    return (
      <Result
        status="warning"
        title={t('errors.sessionCheck')}
        subTitle={errorText(me.error, t)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()} loading={me.isFetching}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  if (me.data?.stage !== 'ready')
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <SessionContext value={me.data}>{children}</SessionContext>;
}
