import { PageHeader } from '../../components/page-header.tsx';
import { BusinessForm } from './business-form.tsx';
import { businessTitle } from './nav.ts';

/** `/businesses/new`: record a conditional business (line, premises, commune, certificate). */
export default function BusinessCreatePage() {
  return (
    <>
      <PageHeader title={businessTitle('create')} />
      <BusinessForm />
    </>
  );
}
