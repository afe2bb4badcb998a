import type { CampaignResults, MeasureUnit, UnitFamily } from '@pcmt/contracts';
import { Card, Flex, Progress, Typography } from 'antd';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { useCampaignResults } from './cases-api.ts';
import { useCaseText } from './i18n.ts';
import { formatQuantity } from './tags.tsx';

type Counts = CampaignResults['total']['counts'];
type Seized = CampaignResults['total']['seizures'];
type Target = CampaignResults['targets'][number];
type UnitRow = { key: string; unit: string; counts: Counts; seizures: Seized; total?: boolean };
/** A family's base unit: the server counts seizure targets and totals in it (kg counted as g). */
const BASE_UNIT: Record<UnitFamily, MeasureUnit> = {
  mass: 'g',
  tablets: 'vien',
  blocks: 'banh',
  volume: 'ml',
  plants: 'cay',
  area: 'm2',
};
const COUNT_KEYS = [
  'cases_opened',
  'suspects',
  'arrests',
  'hotspots_eliminated',
  'businesses_inspected',
  'plants_destroyed',
] as const;

/** Seized amounts one per line (drug type and unit family): grams and tablets never share a figure. */
function SeizedList({ seizures }: { seizures: Seized }) {
  const { ct } = useCaseText();
  if (seizures.length === 0)
    return <Typography.Text type="secondary">{ct('campaign.noSeized')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {seizures.map((s) => (
        <span key={`${s.drugType}-${s.family}`} style={{ whiteSpace: 'normal' }}>
          {ct(`drug.${s.drugType}`)}:{' '}
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {formatQuantity(s.quantity, s.unit)}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/**
 * A campaign's results (`GET /campaigns/:id/results`): the targets beside what the records dated inside the
 * period give, then the figures by unit taking part with the total last. Tables from 576 px, cards on phones.
 */
export function CampaignResultsView({ id }: { id: string }) {
  const { ct } = useCaseText();
  const results = useCampaignResults(id);
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;

  // The drug and unit family of a seizure target in a column of their own: a card title is cut at one line.
  const seizureOf = (t: Target) =>
    t.indicator === 'seizure'
      ? `${t.drugType ? ct(`drug.${t.drugType}`) : ct('campaign.anyDrug')}${t.family ? ` (${ct(`family.${t.family}`)})` : ''}`
      : '—';
  const figure = (t: Target, n: number) =>
    t.indicator === 'seizure' && t.family ? formatQuantity(n, BASE_UNIT[t.family]) : formatNumber(n);
  const targetColumns: ListColumn<Target & { key: string }>[] = [
    {
      key: 'indicator',
      title: ct('campaign.indicator'),
      cardTitle: true,
      render: (_, t) => ct(`indicator.${t.indicator}`),
    },
    { key: 'drug', title: ct('field.drugType'), render: (_, t) => seizureOf(t) },
    { key: 'target', title: ct('campaign.target'), render: (_, t) => figure(t, t.target) },
    {
      key: 'actual',
      title: ct('campaign.actual'),
      render: (_, t) => (
        <Flex vertical gap={2} style={{ minWidth: 120 }}>
          <Typography.Text strong>{figure(t, t.actual)}</Typography.Text>
          <Progress
            percent={t.target > 0 ? Math.min(100, Math.round((t.actual / t.target) * 100)) : 100}
            size="small"
            status={t.met ? 'success' : 'active'}
            showInfo={false}
            aria-hidden
          />
        </Flex>
      ),
    },
    {
      key: 'met',
      title: ct('campaign.met'),
      render: (_, t) =>
        t.met ? (
          <Typography.Text type="success" strong data-met="yes" style={{ whiteSpace: 'nowrap' }}>
            {ct('campaign.met')}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning" data-met="no" style={{ whiteSpace: 'nowrap' }}>
            {ct('campaign.notMet')}
          </Typography.Text>
        ),
    },
  ];
  const unitColumns: ListColumn<UnitRow>[] = [
    {
      key: 'unit',
      title: ct('campaign.unitOf'),
      cardTitle: true,
      render: (_, u) => (u.total ? <Typography.Text strong>{u.unit}</Typography.Text> : u.unit),
    },
    ...COUNT_KEYS.map(
      (k): ListColumn<UnitRow> => ({
        key: k,
        title: ct(`short.${k}`),
        label: ct(`indicator.${k}`),
        align: 'right',
        render: (_, u) =>
          u.total ? <strong>{formatNumber(u.counts[k])}</strong> : formatNumber(u.counts[k]),
      }),
    ),
    {
      key: 'seized',
      title: ct('campaign.seized'),
      width: 260,
      render: (_, u) => <SeizedList seizures={u.seizures} />,
    },
  ];
  const rows: UnitRow[] = r
    ? [
        ...r.byUnit.map((u) => ({
          key: u.unit.id,
          unit: u.unit.name,
          counts: u.counts,
          seizures: u.seizures,
        })),
        {
          key: 'total',
          unit: ct('campaign.total'),
          counts: r.total.counts,
          seizures: r.total.seizures,
          total: true,
        },
      ]
    : [];

  return (
    <Flex vertical gap={16} data-testid="campaign-results">
      {r && (
        <Typography.Text type="secondary">
          {ct('campaign.resultsHint', {
            from: formatDate(r.campaign.periodFrom),
            to: formatDate(r.campaign.periodTo),
          })}
        </Typography.Text>
      )}
      <Card size="small" title={ct('campaign.targetsVs')} data-testid="campaign-targets">
        <RecordTable<Target & { key: string }>
          rows={(r?.targets ?? []).map((t, i) => ({ ...t, key: `${i}` }))}
          columns={targetColumns}
          rowKey="key"
          loading={results.isPending}
          emptyText={ct('campaign.noTargets')}
          label={ct('campaign.targetsVs')}
        />
      </Card>
      <Card size="small" title={ct('campaign.byUnit')} data-testid="campaign-by-unit">
        <RecordTable<UnitRow>
          rows={rows}
          columns={unitColumns}
          rowKey="key"
          loading={results.isPending}
          emptyText={ct('campaign.noSeized')}
          label={ct('campaign.byUnit')}
        />
      </Card>
    </Flex>
  );
}
