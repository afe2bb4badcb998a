import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CampaignForm } from './campaign-form.tsx';
import { useCampaign } from './cases-api.ts';
import { caseTitle } from './nav.ts';
import { RecordState } from './record-state.tsx';

/** `/campaigns/new` and `/campaigns/:id/edit`. */
export default function CampaignFormPage() {
  const { id = '' } = useParams();
  const record = useCampaign(id);
  if (!id)
    return (
      <>
        <PageHeader title={caseTitle('campaignCreate')} />
        <CampaignForm />
      </>
    );
  return (
    <RecordState query={record} back="/campaigns">
      {(c) => (
        <>
          <PageHeader title={`${caseTitle('campaignEdit')}: ${c.name}`} />
          <CampaignForm key={c.version} record={c} onReload={() => void record.refetch()} />
        </>
      )}
    </RecordState>
  );
}
