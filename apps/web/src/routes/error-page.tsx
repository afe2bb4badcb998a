import { Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { errorText } from '../api/error-text.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import NotFoundPage from './not-found-page.tsx';

/** A lazy chunk that vanished because a new version was deployed while the tab stayed open. */
const isStaleChunk = (e: unknown): boolean =>
  e instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(e.message);

/** Route error boundary: whatever broke, the user gets a way out and the id the help desk needs. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.crashTitle'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const requestId = isApiError(error) ? error.requestId : null;
  const stale = isStaleChunk(error);
  if (!isApiError(error)) console.error(error);
  return (
    <Result
      status="error"
      title={t('errors.crashTitle')}
      subTitle={
        stale ? t('errors.staleVersion') : isApiError(error) ? errorText(error, t) : t('errors.crashHint')
      }
      extra={
        <Flex vertical align="center" gap={12}>
          {requestId && (
            <Typography.Text type="secondary">
              {t('errors.requestId')}: <Typography.Text copyable>{requestId}</Typography.Text>
            </Typography.Text>
          )}
          <Flex gap={8} justify="center">
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('common.reloadPage')}
            </Button>
            <Button href="/">{t('common.backHome')}</Button>
          </Flex>
        </Flex>
      }
    />
  );
}
