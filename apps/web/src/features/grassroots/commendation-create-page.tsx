import { PageHeader } from '../../components/page-header.tsx';
import { CommendationEditor } from './commendation-form.tsx';
import { grassrootsTitle } from './nav.ts';

/** `/commendations/new`: a proposal, or a commendation already decided. */
export default function CommendationCreatePage() {
  return (
    <>
      <PageHeader title={grassrootsTitle('commendationCreate')} />
      <CommendationEditor />
    </>
  );
}
