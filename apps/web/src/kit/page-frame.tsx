import { Result } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { PageSpin } from '../components/page-spin.tsx';
import { useSession } from '../features/auth/session.ts';
import { allowed } from './permissions.ts';
import type { PageRoute } from './routes.tsx';

/** The registry entry of the page being shown (undefined on the 404 page). */
export function useCurrentRoute(): PageRoute | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle as { route?: PageRoute } | undefined;
    if (handle?.route) return handle.route;
  }
  return undefined;
}

/** Title, permission gate and loading state around every registered page. */
export function PageFrame({ route }: { route: PageRoute }) {
  const { t } = useTranslation();
  const me = useSession();
  const title = route.title(t);
  useEffect(() => {
    document.title = `${title} · PCMT`;
  }, [title]);
  if (!allowed(me, route.gate))
    return <Result status="403" title={t('errors.forbiddenPage')} subTitle={t('errors.forbiddenPageHint')} />;
  const Page = route.page;
  return (
    <Suspense fallback={<PageSpin />}>
      <Page />
    </Suspense>
  );
}
