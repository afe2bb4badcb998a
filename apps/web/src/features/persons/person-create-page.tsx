import { PageHeader } from '../../components/page-header.tsx';
import { personTitle } from './nav.ts';
import { PersonForm } from './person-form.tsx';

/** `/persons/new`: a new record (duplicates are checked by the server before it is saved). */
export default function PersonCreatePage() {
  return (
    <>
      <PageHeader title={personTitle('create')} />
      <PersonForm />
    </>
  );
}
