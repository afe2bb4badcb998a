import { PageHeader } from '../../components/page-header.tsx';
import { KeyAreaForm } from './key-area-form.tsx';
import { areaTitle } from './nav.ts';

/** `/key-areas/new`: designate a commune by a decision, on the basis of its classification. */
export default function KeyAreaCreatePage() {
  return (
    <>
      <PageHeader title={areaTitle('create')} />
      <KeyAreaForm />
    </>
  );
}
