import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { DifficultyEditor } from './difficulty-form.tsx';
import { useDifficulty } from './grassroots-api.ts';
import { grassrootsTitle } from './nav.ts';
import { RecordState } from './record-state.tsx';

/** `/difficulties/:id/edit`: the difficulty's facts (answers and moves have their own actions). */
export default function DifficultyEditPage() {
  const { id = '' } = useParams();
  const query = useDifficulty(id);
  return (
    <RecordState
      query={query}
      back="/difficulties"
      render={(d) => (
        <>
          <PageHeader title={grassrootsTitle('difficultyEdit')} />
          <DifficultyEditor key={d.version} record={d} onReload={() => void query.refetch()} />
        </>
      )}
    />
  );
}
