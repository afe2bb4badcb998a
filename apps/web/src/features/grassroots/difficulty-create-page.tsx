import { PageHeader } from '../../components/page-header.tsx';
import { DifficultyEditor } from './difficulty-form.tsx';
import { grassrootsTitle } from './nav.ts';

/** `/difficulties/new`: raise a difficulty or a proposal (the desk form; the field one is `/difficulties/report`). */
export default function DifficultyCreatePage() {
  return (
    <>
      <PageHeader title={grassrootsTitle('difficultyCreate')} />
      <DifficultyEditor />
    </>
  );
}
