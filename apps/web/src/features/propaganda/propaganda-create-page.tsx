import { PageHeader } from '../../components/page-header.tsx';
import { propagandaTitle } from './nav.ts';
import { PropagandaFormView } from './propaganda-form.tsx';

/** `/propaganda/new`: record a propaganda activity with every field (the quick entry is `/propaganda/record`). */
export default function PropagandaCreatePage() {
  return (
    <>
      <PageHeader title={propagandaTitle('create')} />
      <PropagandaFormView />
    </>
  );
}
