import { campaignContract, type PeakCampaign } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Grid } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';

import { CampaignResultsView } from './campaign-results.tsx';
import { useCampaign } from './cases-api.ts';
import { History } from './history.tsx';
import { useCaseText } from './i18n.ts';
import { RecordState } from './record-state.tsx';
import { PhaseTag } from './tags.tsx';

function CampaignRecord({ c }: { c: PeakCampaign }) {
  const { ct } = useCaseText();
  const navigate = useNavigate();
  const canWrite = usePermission('campaign.write');
  // The results are a wide table: on wide screens below the record and its history at the page's full width;
  // narrower, the history goes below everything, so the results come right after the campaign's facts.
  const wide = Grid.useBreakpoint().xl === true;
  const results = (
    <Card size="small" title={ct('campaign.results')}>
      <CampaignResultsView id={c.id} />
    </Card>
  );
  return (
    <Flex vertical gap={16}>
      <DetailPage
        title={c.name}
        status={
          <>
            <PhaseTag phase={c.phase} />
            {c.isDemo && <DemoTag />}
          </>
        }
        actions={
          canWrite && <Button onClick={() => navigate(`/campaigns/${c.id}/edit`)}>{ct('common.edit')}</Button>
        }
        timelineTitle={ct('common.timeline')}
        timeline={
          <History
            path="/campaigns"
            id={c.id}
            value={(field, v) => (field === 'unitId' && v === c.unit.id ? c.unit.name : undefined)}
            shownField={(f) => f in campaignContract.fieldLabels && f !== 'unitIds' && f !== 'targets'}
          />
        }
      >
        <Card size="small" title={ct('campaign.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'period',
                label: ct('common.period'),
                children: `${formatDate(c.periodFrom)} – ${formatDate(c.periodTo)}`,
              },
              {
                key: 'decision',
                label: ct('campaign.decisionNumber'),
                children: c.decisionNumber ?? ct('common.none'),
              },
              { key: 'unit', label: ct('campaign.unit'), children: c.unit.name },
              { key: 'units', label: ct('campaign.units'), children: c.units.map((u) => u.name).join(', ') },
              ...(c.summary ? [{ key: 'summary', label: ct('campaign.summary'), children: c.summary }] : []),
            ]}
          />
        </Card>
        {!wide && results}
      </DetailPage>
      {wide && results}
    </Flex>
  );
}

/** `/campaigns/:id`: the campaign and its results by unit against the targets. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const record = useCampaign(id);
  return (
    <RecordState query={record} back="/campaigns">
      {(c) => <CampaignRecord c={c} />}
    </RecordState>
  );
}
