import { PageHeader } from '../../components/page-header.tsx';
import { ModelForm } from './model-form.tsx';
import { mobilisationTitle } from './nav.ts';

/** `/models/new`: record a model initiative. */
export default function ModelCreatePage() {
  return (
    <>
      <PageHeader title={mobilisationTitle('modelCreate')} />
      <ModelForm />
    </>
  );
}
