import { type PlantSpecies, type PlantStatistics, plantSpeciesList } from '@pcmt/contracts';
import { Card, Col, DatePicker, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { type PlantTextKey, usePlantText } from './i18n.ts';
import { plantTitle } from './nav.ts';
import { usePlantStatistics } from './plants-api.ts';

type StatRow = PlantStatistics['rows'][number] & { key: string };
const FIGURES = [
  'detections',
  'areaDetectedM2',
  'plantsDetected',
  'destructions',
  'areaDestroyedM2',
  'plantsDestroyed',
  'handedOver',
] as const;

/**
 * `/plants/statistics`: the period's figures (period, commune, species in the URL) — what the reports and the
 * classification criteria ask: detections, area and plants destroyed, hand-overs, by species and commune.
 */
export default function PlantStatisticsPage() {
  const { pt } = usePlantText();
  const [params, setParams] = useSearchParams();
  const query = {
    from: isRealDate(params.get('from')) ? (params.get('from') ?? undefined) : undefined,
    to: isRealDate(params.get('to')) ? (params.get('to') ?? undefined) : undefined,
    unitId: params.get('unitId') ?? undefined,
    species: params.get('species') ?? undefined,
  };
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const stats = usePlantStatistics(query);
  const communes = useCommuneOptions(todayIso());
  const d = stats.data;
  const columns: ListColumn<StatRow>[] = [
    { key: 'unit', title: pt('field.unit'), cardTitle: true, render: (_, r) => r.unit.name },
    { key: 'species', title: pt('field.species'), render: (_, r) => pt(`species.${r.species}`) },
    ...FIGURES.map((f) => ({
      key: f,
      title: pt(`stats.${f}` as PlantTextKey),
      render: (_: unknown, r: StatRow) => <span style={{ whiteSpace: 'nowrap' }}>{formatNumber(r[f])}</span>,
    })),
  ];

  return (
    <>
      <PageHeader title={plantTitle('statistics')} />
      <Flex gap={12} wrap className="pcmt-filter-bar" style={{ marginBottom: 16 }}>
        <DatePicker
          aria-label={pt('stats.from')}
          placeholder={pt('stats.from')}
          format={DATE_FORMAT}
          inputReadOnly
          value={query.from ? dayjs(query.from) : null}
          disabledDate={(day) => day.format('YYYY-MM-DD') > todayIso()}
          onChange={(v) => set({ from: v?.format('YYYY-MM-DD') })}
        />
        <DatePicker
          aria-label={pt('stats.to')}
          placeholder={pt('stats.to')}
          format={DATE_FORMAT}
          inputReadOnly
          value={query.to ? dayjs(query.to) : null}
          disabledDate={(day) => day.format('YYYY-MM-DD') > todayIso()}
          onChange={(v) => set({ to: v?.format('YYYY-MM-DD') })}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={pt('field.unit')}
          placeholder={pt('list.allCommunes')}
          value={query.unitId}
          options={communes.options}
          loading={communes.loading}
          onChange={(v?: string) => set({ unitId: v })}
        />
        <Select<PlantSpecies>
          allowClear
          aria-label={pt('field.species')}
          placeholder={pt('list.allSpecies')}
          value={query.species as PlantSpecies | undefined}
          options={plantSpeciesList.map((s) => ({ value: s, label: pt(`species.${s}`) }))}
          onChange={(v) => set({ species: v })}
        />
      </Flex>
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : d ? (
        <Flex vertical gap={16}>
          <Typography.Text strong>
            {formatDate(d.from)} – {formatDate(d.to)}
          </Typography.Text>
          <Typography.Text type="secondary">{pt('stats.note')}</Typography.Text>
          <Row gutter={[12, 12]} data-testid="plant-totals">
            {FIGURES.map((f) => (
              <Col key={f} xs={12} md={8} xl={6}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic
                    title={pt(`stats.${f}` as PlantTextKey)}
                    value={formatNumber(d.totals[f])}
                    styles={{ content: { fontSize: 22, overflowWrap: 'anywhere' } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={pt('stats.rows')}>
            <RecordTable
              rows={d.rows.map((r) => ({ ...r, key: `${r.species}:${r.unit.id}` }))}
              columns={columns}
              rowKey="key"
              loading={false}
              emptyText={pt('stats.none')}
              label={pt('stats.rows')}
            />
          </Card>
        </Flex>
      ) : null}
    </>
  );
}
