import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useMobilisationText } from './i18n.ts';
import { usePerson } from './mobilisation-api.ts';
import { mobilisationTitle } from './nav.ts';
import { PersonForm } from './person-form.tsx';

/** `/prestigious-persons/:id/edit`: the person's facts (the status moves through transitions). */
export default function PersonEditPage() {
  const { id = '' } = useParams();
  const { mt } = useMobilisationText();
  const person = usePerson(id);
  if (person.isPending) return <Skeleton active />;
  if (person.isError)
    return isApiError(person.error) && person.error.status === 404 ? (
      <Result status="404" title={mt('detail.notFound')} />
    ) : (
      <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${mobilisationTitle('personEdit')}: ${person.data.fullName}`} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <PersonForm key={person.data.version} person={person.data} onReload={() => void person.refetch()} />
    </>
  );
}
