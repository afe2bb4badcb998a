import { PageHeader } from '../../components/page-header.tsx';
import { grassrootsTitle } from './nav.ts';
import { SupportEditor } from './support-form.tsx';

/** `/support/new`: funds or equipment given to a commune's police. */
export default function SupportCreatePage() {
  return (
    <>
      <PageHeader title={grassrootsTitle('supportCreate')} />
      <SupportEditor />
    </>
  );
}
