import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePropagandaText } from './i18n.ts';
import { propagandaTitle } from './nav.ts';
import { usePropaganda } from './propaganda-api.ts';
import { PropagandaFormView } from './propaganda-form.tsx';

/** `/propaganda/:id/edit`: the activity's facts and figures. */
export default function PropagandaEditPage() {
  const { id = '' } = useParams();
  const { pt } = usePropagandaText();
  const record = usePropaganda(id);
  if (record.isPending) return <Skeleton active />;
  if (record.isError)
    return isApiError(record.error) && record.error.status === 404 ? (
      <Result status="404" title={pt('detail.notFound')} />
    ) : (
      <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${propagandaTitle('edit')}: ${record.data.title}`} />
      <PropagandaFormView
        key={record.data.version}
        record={record.data}
        onReload={() => void record.refetch()}
      />
    </>
  );
}
