import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePropagandaText } from './i18n.ts';
import { MassEventForm } from './mass-event-form.tsx';
import { propagandaTitle } from './nav.ts';
import { useMassEvent } from './propaganda-api.ts';

/** `/mass-events/:id/edit`. */
export default function MassEventEditPage() {
  const { id = '' } = useParams();
  const { pt } = usePropagandaText();
  const record = useMassEvent(id);
  if (record.isPending) return <Skeleton active />;
  if (record.isError)
    return isApiError(record.error) && record.error.status === 404 ? (
      <Result status="404" title={pt('detail.notFound')} />
    ) : (
      <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${propagandaTitle('eventEdit')}: ${record.data.title}`} />
      <MassEventForm key={record.data.version} record={record.data} onReload={() => void record.refetch()} />
    </>
  );
}
