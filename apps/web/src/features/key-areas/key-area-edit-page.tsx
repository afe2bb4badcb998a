import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useAreaText } from './i18n.ts';
import { KeyAreaForm } from './key-area-form.tsx';
import { useKeyArea } from './key-areas-api.ts';
import { areaTitle } from './nav.ts';

/** `/key-areas/:id/edit`: the decision's facts (removal goes through its own decision, not here). */
export default function KeyAreaEditPage() {
  const { id = '' } = useParams();
  const { at } = useAreaText();
  const area = useKeyArea(id);
  if (area.isPending) return <Skeleton active />;
  if (area.isError)
    return isApiError(area.error) && area.error.status === 404 ? (
      <Result status="404" title={at('common.notFound')} />
    ) : (
      <ErrorAlert error={area.error} onRetry={() => void area.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${areaTitle('edit')}: ${area.data.unit.name}`} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <KeyAreaForm key={area.data.version} area={area.data} onReload={() => void area.refetch()} />
    </>
  );
}
