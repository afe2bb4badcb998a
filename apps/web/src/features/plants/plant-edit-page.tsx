import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { usePlantText } from './i18n.ts';
import { plantTitle } from './nav.ts';
import { PlantForm } from './plant-form.tsx';
import { usePlant } from './plants-api.ts';

/** `/plants/:id/edit`: the detection's facts (destruction and hand-over through status moves). */
export default function PlantEditPage() {
  const { id = '' } = useParams();
  const { pt } = usePlantText();
  const plant = usePlant(id);
  if (plant.isPending) return <Skeleton active />;
  if (plant.isError)
    return isApiError(plant.error) && plant.error.status === 404 ? (
      <Result status="404" title={pt('detail.notFound')} />
    ) : (
      <ErrorAlert error={plant.error} onRetry={() => void plant.refetch()} />
    );
  return (
    <>
      <PageHeader title={plantTitle('edit')} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <PlantForm key={plant.data.version} plant={plant.data} onReload={() => void plant.refetch()} />
    </>
  );
}
