import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { BusinessForm } from './business-form.tsx';
import { useBusiness } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { businessTitle } from './nav.ts';

/** `/businesses/:id/edit`: the record's facts (status through transitions, risk through inspections). */
export default function BusinessEditPage() {
  const { id = '' } = useParams();
  const { bt } = useBusinessText();
  const business = useBusiness(id);
  if (business.isPending) return <Skeleton active />;
  if (business.isError)
    return isApiError(business.error) && business.error.status === 404 ? (
      <Result status="404" title={bt('detail.notFound')} />
    ) : (
      <ErrorAlert error={business.error} onRetry={() => void business.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${businessTitle('edit')}: ${business.data.name}`} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <BusinessForm
        key={business.data.version}
        business={business.data}
        onReload={() => void business.refetch()}
      />
    </>
  );
}
