import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordState } from '../cases/record-state.tsx';
import { usePatrol } from './border-api.ts';
import { borderTitle } from './nav.ts';
import { PatrolForm } from './patrol-form.tsx';

/** `/border-patrols/new` and `/border-patrols/:id/edit`: the patrol's facts (status through moves, results apart). */
export default function PatrolFormPage() {
  const { id = '' } = useParams();
  const record = usePatrol(id);
  if (!id)
    return (
      <>
        <PageHeader title={borderTitle('create')} />
        <PatrolForm />
      </>
    );
  return (
    <RecordState query={record} back="/border-patrols">
      {(p) => (
        <>
          <PageHeader title={`${borderTitle('edit')}: ${p.route}`} />
          {/* Keyed by version: after a reload the form starts again from the fresh record. */}
          <PatrolForm key={p.version} record={p} onReload={() => void record.refetch()} />
        </>
      )}
    </RecordState>
  );
}
