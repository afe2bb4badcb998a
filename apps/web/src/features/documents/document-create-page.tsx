import { PageHeader } from '../../components/page-header.tsx';
import { DocumentForm } from './document-form.tsx';
import { documentTitle } from './nav.ts';

/** `/documents/new`: record a directive, plan, law or decision (desk work: no phone quick entry). */
export default function DocumentCreatePage() {
  return (
    <>
      <PageHeader title={documentTitle('create')} />
      <DocumentForm />
    </>
  );
}
