import { Skeleton } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { personTitle } from './nav.ts';
import { PersonForm } from './person-form.tsx';
import { usePerson } from './persons-api.ts';

/** `/persons/:id/edit`: the record's fields; the CCCD and health details are replaced only when typed again. */
export default function PersonEditPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  return (
    <>
      <PageHeader title={personTitle('edit')} />
      {person.isPending ? (
        <Skeleton active />
      ) : person.isError ? (
        <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        <PersonForm key={person.data.version} person={person.data} />
      )}
    </>
  );
}
