import { PageHeader } from '../../components/page-header.tsx';
import { DifficultyEditor } from './difficulty-form.tsx';
import { grassrootsTitle } from './nav.ts';

/** `/difficulties/report`: a commune officer reports a problem from the field, one-handed on a phone. */
export default function DifficultyReportPage() {
  return (
    <>
      <PageHeader title={grassrootsTitle('difficultyReport')} />
      <DifficultyEditor quick />
    </>
  );
}
