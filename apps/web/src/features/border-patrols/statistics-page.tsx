import type { BorderStatistics } from '@pcmt/contracts';
import { Card, Col, DatePicker, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatNumber, isRealDate, todayIso } from '../../i18n/format.ts';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { useCaseText } from '../cases/i18n.ts';
import { formatQuantity } from '../cases/tags.tsx';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useBorderStatistics } from './border-api.ts';
import { type BorderTextKey, useBorderText } from './i18n.ts';

type StatRow = BorderStatistics['rows'][number] & { key: string };
const COUNTS = [
  'patrols',
  'jointPatrols',
  'foreignJointPatrols',
  'officerTurns',
  'arrests',
  'tipsPassed',
] as const;

/** Seizures of a figure: one line per drug type and unit family, never added up across units. */
function Seizures({ items }: { items: BorderStatistics['totals']['seizures'] }) {
  const { ct } = useCaseText();
  if (!items.length) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {items.map((s) => (
        <span key={`${s.drugType}-${s.family}`} style={{ overflowWrap: 'anywhere' }}>
          {ct(`drug.${s.drugType}`)}:{' '}
          <strong style={{ whiteSpace: 'nowrap' }}>{formatQuantity(s.quantity, s.unit)}</strong>
        </span>
      ))}
    </Flex>
  );
}

/**
 * `/border-patrols/statistics`: the figures of a period (in the URL) for the report — patrols, joint and
 * bilateral ones, officers, arrests, tips passed on and seizures by drug type and unit, by commune and station.
 */
export default function BorderStatisticsPage() {
  const { xt } = useBorderText();
  const [params, setParams] = useSearchParams();
  const year = todayIso().slice(0, 4);
  const from = isRealDate(params.get('from') ?? '') ? (params.get('from') as string) : `${year}-01-01`;
  const to = isRealDate(params.get('to') ?? '') ? (params.get('to') as string) : todayIso();
  const unitId = params.get('unitId') ?? undefined;
  const stats = useBorderStatistics({ from, to, ...(unitId ? { unitId } : {}) });
  const communes = useCommuneOptions(todayIso());
  const set = (key: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(key, v);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: ListColumn<StatRow>[] = [
    {
      key: 'unit',
      title: xt('field.unit'),
      cardTitle: true,
      render: (_, r) => <span style={{ display: 'inline-block', minWidth: 90 }}>{r.unit.name}</span>,
    },
    { key: 'station', title: xt('stats.station'), render: (_, r) => r.station.name },
    ...COUNTS.map((k) => ({
      key: k,
      title: xt(`stats.${k}` as BorderTextKey),
      render: (_: unknown, r: StatRow) => formatNumber(r[k]),
    })),
    { key: 'seizures', title: xt('stats.seizures'), render: (_, r) => <Seizures items={r.seizures} /> },
  ];

  return (
    <>
      <PageHeader title={xt('stats.heading')} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <DatePicker
          aria-label={xt('list.from')}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear={false}
          value={dayjs(from)}
          onChange={(d) => set('from', d?.format('YYYY-MM-DD'))}
        />
        <DatePicker
          aria-label={xt('list.to')}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear={false}
          value={dayjs(to)}
          onChange={(d) => set('to', d?.format('YYYY-MM-DD'))}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={xt('field.unit')}
          placeholder={xt('list.allCommunes')}
          value={unitId}
          onChange={(v) => set('unitId', v)}
          options={communes.options}
          loading={communes.loading}
          style={{ minWidth: 200 }}
        />
      </Flex>
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[12, 12]}>
            {COUNTS.map((k) => (
              <Col key={k} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic
                    title={xt(`stats.${k}` as BorderTextKey)}
                    value={stats.data.totals[k]}
                    groupSeparator="."
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={xt('stats.seizures')}>
            <Seizures items={stats.data.totals.seizures} />
          </Card>
          <Card size="small" title={xt('stats.rows')}>
            {stats.data.rows.length === 0 ? (
              <Empty description={xt('stats.none')} />
            ) : (
              <RecordTable<StatRow>
                rows={stats.data.rows.map((r) => ({ ...r, key: `${r.unit.id}-${r.station.id}` }))}
                columns={columns}
                rowKey="key"
                loading={false}
                emptyText={xt('stats.none')}
                label={xt('stats.rows')}
              />
            )}
          </Card>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {xt('detail.totalsHint')}
          </Typography.Text>
        </Flex>
      )}
    </>
  );
}
