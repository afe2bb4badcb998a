import { Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useCaseText } from './i18n.ts';

/**
 * A record page's loading, 404 (missing or out of scope: the server says the same for both) and error states;
 * `children` renders the record once it is there.
 */
export function RecordState<T>({
  query,
  back,
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
  };
  back: string;
  children: (record: T) => ReactNode;
}) {
  const { ct } = useCaseText();
  const navigate = useNavigate();
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return isApiError(query.error) && query.error.status === 404 ? (
      <Result
        status="404"
        title={ct('common.notFound')}
        extra={<Button onClick={() => navigate(back)}>{ct('common.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  return <>{query.data !== undefined && children(query.data)}</>;
}
