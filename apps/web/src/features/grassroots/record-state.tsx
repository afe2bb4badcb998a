import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result, Skeleton } from 'antd';
import type { ReactElement } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useGrassrootsText } from './i18n.ts';

/** A record page's loading, 404 and error states; `render` once the record is here. */
export function RecordState<T>({
  query,
  back,
  render,
}: {
  query: UseQueryResult<T, unknown>;
  back: string;
  render: (record: T) => ReactElement;
}) {
  const { gt } = useGrassrootsText();
  const navigate = useNavigate();
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return isApiError(query.error) && query.error.status === 404 ? (
      <Result
        status="404"
        title={gt('common.notFound')}
        extra={<Button onClick={() => navigate(back)}>{gt('common.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  return render(query.data);
}
