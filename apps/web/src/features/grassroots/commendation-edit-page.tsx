import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CommendationEditor } from './commendation-form.tsx';
import { useCommendation } from './grassroots-api.ts';
import { grassrootsTitle } from './nav.ts';
import { RecordState } from './record-state.tsx';

/** `/commendations/:id/edit`: the facts (the decision is recorded through the status move). */
export default function CommendationEditPage() {
  const { id = '' } = useParams();
  const query = useCommendation(id);
  return (
    <RecordState
      query={query}
      back="/commendations"
      render={(c) => (
        <>
          <PageHeader title={`${grassrootsTitle('commendationEdit')}: ${c.recipient}`} />
          {/* Keyed by version: after a reload the form starts again from the fresh record. */}
          <CommendationEditor key={c.version} record={c} onReload={() => void query.refetch()} />
        </>
      )}
    />
  );
}
