import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CaseForm } from './case-form.tsx';
import { useCase } from './cases-api.ts';
import { caseTitle } from './nav.ts';
import { RecordState } from './record-state.tsx';

/** `/cases/new` and `/cases/:id/edit`: the case's facts (status through transitions, seizures on the record). */
export default function CaseFormPage() {
  const { id = '' } = useParams();
  const record = useCase(id);
  if (!id)
    return (
      <>
        <PageHeader title={caseTitle('caseCreate')} />
        <CaseForm />
      </>
    );
  return (
    <RecordState query={record} back="/cases">
      {(c) => (
        <>
          <PageHeader title={`${caseTitle('caseEdit')}: ${c.number}`} />
          {/* Keyed by version: after a reload the form starts again from the fresh record. */}
          <CaseForm key={c.version} record={c} onReload={() => void record.refetch()} />
        </>
      )}
    </RecordState>
  );
}
