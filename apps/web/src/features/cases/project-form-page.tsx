import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { useProject } from './cases-api.ts';
import { caseTitle } from './nav.ts';
import { ProjectForm } from './project-form.tsx';
import { RecordState } from './record-state.tsx';

/** `/projects/new` and `/projects/:id/edit`. */
export default function ProjectFormPage() {
  const { id = '' } = useParams();
  const record = useProject(id);
  if (!id)
    return (
      <>
        <PageHeader title={caseTitle('projectCreate')} />
        <ProjectForm />
      </>
    );
  return (
    <RecordState query={record} back="/projects">
      {(p) => (
        <>
          <PageHeader title={`${caseTitle('projectEdit')}: ${p.name}`} />
          <ProjectForm key={p.version} record={p} onReload={() => void record.refetch()} />
        </>
      )}
    </RecordState>
  );
}
