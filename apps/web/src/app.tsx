import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { isApiError } from './api/api-error.ts';
import { configureApi } from './api/client.ts';
import { PageSpin } from './components/page-spin.tsx';
import { authApi, meKey } from './features/auth/auth-api.ts';
import { onUnauthorized } from './features/auth/session.ts';
import { i18n } from './i18n/index.ts';
import { LoginPage } from './routes/login-chunk.ts';
import { isPortalPath } from './routes/public-paths.ts';
import { router } from './routes/router.tsx';
import { antdTheme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Officers keep tabs open for hours; a refetch on every focus would hammer a provincial server.
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; a 5xx or a dropped connection may.
      retry: (count, e) => count < 2 && (!isApiError(e) || e.status === 0 || e.status >= 500),
    },
    mutations: { retry: false },
  },
});

configureApi({
  onUnauthorized: (e) => onUnauthorized(queryClient, e),
  language: () => i18n.language,
});

// Ask who is signed in at once, in parallel with the page's code: the login page and the route guard both
// wait for this answer, and the query deduplicates it. Not on the anonymous tip portal: its visitors have no
// session and their browser should ask the server for nothing but the portal's own calls.
if (!isPortalPath(window.location.pathname))
  void queryClient
    .prefetchQuery({
      queryKey: meKey,
      queryFn: ({ signal }) => authApi.me(signal),
      staleTime: Number.POSITIVE_INFINITY,
    })
    // Nobody (fully) signed in: the redirect to the login page follows, so its chunk is fetched now.
    .then(() => {
      if (queryClient.getQueryData<{ stage: string }>(meKey)?.stage !== 'ready') void LoginPage.preload();
    });

/**
 * antd's Vietnamese calendar header reads "Th 01 2024"; officers write "tháng 1 năm 2024". The month and year
 * buttons use these formats (dayjs 'vi': MMMM = "tháng 1").
 */
// The bundled CommonJS locale may arrive wrapped in `{ default }` (ant-design#57295): unwrap before overriding.
const viBase = (viVN as unknown as { default?: typeof viVN }).default ?? viVN;
const viLocale: typeof viVN = {
  ...viBase,
  DatePicker: viBase.DatePicker && {
    ...viBase.DatePicker,
    lang: { ...viBase.DatePicker.lang, monthFormat: 'MMMM', yearFormat: '[năm] YYYY' },
  },
};

export function App() {
  const { i18n: current } = useTranslation();
  const vi = current.language !== 'en';
  useEffect(() => {
    dayjs.locale(vi ? 'vi' : 'en');
  }, [vi]);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={vi ? viLocale : enUS} theme={antdTheme}>
        <AntApp>
          <Suspense fallback={<PageSpin fullScreen />}>
            <RouterProvider router={router} />
          </Suspense>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
