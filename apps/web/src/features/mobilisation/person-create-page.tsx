import { PageHeader } from '../../components/page-header.tsx';
import { mobilisationTitle } from './nav.ts';
import { PersonForm } from './person-form.tsx';

/** `/prestigious-persons/new`: record a prestigious person or religious dignitary. */
export default function PersonCreatePage() {
  return (
    <>
      <PageHeader title={mobilisationTitle('personCreate')} />
      <PersonForm />
    </>
  );
}
