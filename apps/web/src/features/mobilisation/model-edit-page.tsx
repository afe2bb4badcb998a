import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useMobilisationText } from './i18n.ts';
import { useModel } from './mobilisation-api.ts';
import { ModelForm } from './model-form.tsx';
import { mobilisationTitle } from './nav.ts';

/** `/models/:id/edit`: the model's facts and evaluation. */
export default function ModelEditPage() {
  const { id = '' } = useParams();
  const { mt } = useMobilisationText();
  const model = useModel(id);
  if (model.isPending) return <Skeleton active />;
  if (model.isError)
    return isApiError(model.error) && model.error.status === 404 ? (
      <Result status="404" title={mt('detail.notFound')} />
    ) : (
      <ErrorAlert error={model.error} onRetry={() => void model.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${mobilisationTitle('modelEdit')}: ${model.data.name}`} />
      <ModelForm key={model.data.version} model={model.data} onReload={() => void model.refetch()} />
    </>
  );
}
