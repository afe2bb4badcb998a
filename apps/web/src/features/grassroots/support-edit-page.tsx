import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { useSupport } from './grassroots-api.ts';
import { grassrootsTitle } from './nav.ts';
import { RecordState } from './record-state.tsx';
import { SupportEditor } from './support-form.tsx';

/** `/support/:id/edit`. */
export default function SupportEditPage() {
  const { id = '' } = useParams();
  const query = useSupport(id);
  return (
    <RecordState
      query={query}
      back="/support"
      render={(s) => (
        <>
          <PageHeader title={grassrootsTitle('supportEdit')} />
          <SupportEditor key={s.version} record={s} onReload={() => void query.refetch()} />
        </>
      )}
    />
  );
}
