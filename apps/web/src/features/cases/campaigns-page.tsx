import {
  type CampaignPhase,
  campaignPhases,
  type campaignSortKeys,
  type PeakCampaign,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useCampaigns } from './cases-api.ts';
import { Filters, PeriodFilter } from './filter-controls.tsx';
import { useCaseText } from './i18n.ts';
import { PhaseTag } from './tags.tsx';
import { useLeadingUnitOptions } from './unit-options.ts';

const FILTERS = ['phase', 'unitId', 'from', 'to'] as const;
const sort = (key: (typeof campaignSortKeys)[number]) => key;

/** `/campaigns`: peak campaigns (đợt cao điểm) — phase, leading unit and period in the URL. */
export default function CampaignsPage() {
  const { ct } = useCaseText();
  const list = useListState(FILTERS);
  const campaigns = useCampaigns(list.apiParams);
  const canWrite = usePermission('campaign.write');
  const units = useLeadingUnitOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<PeakCampaign>[] = [
    {
      key: 'name',
      title: ct('campaign.name'),
      sortKey: sort('name'),
      cardTitle: true,
      render: (_, c) => (
        <Flex vertical style={{ minWidth: 160, whiteSpace: 'normal' }}>
          <Link to={`/campaigns/${c.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {c.name}
            </Typography.Text>
          </Link>
          {c.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'period',
      title: ct('common.period'),
      sortKey: sort('periodFrom'),
      render: (_, c) => (
        <span>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.periodFrom)}</span> –{' '}
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.periodTo)}</span>
        </span>
      ),
    },
    { key: 'phase', title: ct('field.status'), render: (_, c) => <PhaseTag phase={c.phase} /> },
    { key: 'unit', title: ct('campaign.unit'), render: (_, c) => c.unit.name },
    {
      key: 'units',
      title: ct('campaign.units'),
      render: (_, c) => <span style={{ whiteSpace: 'normal' }}>{c.units.map((u) => u.name).join(', ')}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={ct('campaign.heading')}
        extra={
          canWrite && (
            <Link to="/campaigns/new">
              <Button type="primary">{ct('campaign.create')}</Button>
            </Link>
          )
        }
      />
      <Filters list={list} searchLabel={ct('campaign.search')}>
        <Select<CampaignPhase>
          allowClear
          aria-label={ct('field.status')}
          placeholder={ct('campaign.allPhases')}
          value={filters.phase as CampaignPhase | undefined}
          onChange={(v) => list.update({ filters: { phase: v } })}
          options={campaignPhases.map((p) => ({ value: p, label: ct(`phase.${p}`) }))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={ct('campaign.unit')}
          placeholder={ct('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={units.options}
          loading={units.loading}
        />
        <PeriodFilter list={list} />
      </Filters>
      <ListView<PeakCampaign, (typeof FILTERS)[number]>
        list={list}
        query={campaigns}
        columns={columns}
        rowKey="id"
        label={ct('campaign.label')}
        emptyText={ct('campaign.empty')}
        actions={(c) => (
          <Link to={`/campaigns/${c.id}`}>
            <Button size="small">{ct('campaign.openResults')}</Button>
          </Link>
        )}
      />
    </>
  );
}
