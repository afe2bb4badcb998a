import { Card, Col, DatePicker, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatNumber, todayIso } from '../../i18n/format.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useStatsQuery } from '../mobilisation/stats-view.tsx';
import { usePropagandaText } from './i18n.ts';
import { propagandaTitle } from './nav.ts';
import { usePropagandaStatistics } from './propaganda-api.ts';

type Figures = { sessions: number; participants: number; materials: number; reach: number };

/** One breakdown (by form, group, topic or commune) as label → sessions and participants; fits 360 px. */
function Breakdown({ title, rows }: { title: string; rows: ({ label: string } & Figures)[] }) {
  const { pt } = usePropagandaText();
  return (
    <Card size="small" title={title} data-testid="stats-breakdown">
      <Flex vertical gap={6}>
        <Flex justify="space-between" gap={12}>
          <span />
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 13 }}>
            {pt('stats.sessions')} · {pt('stats.participants')}
          </Typography.Text>
        </Flex>
        {rows.map((r) => (
          <Flex key={r.label} justify="space-between" gap={12}>
            <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{r.label}</span>
            <strong style={{ whiteSpace: 'nowrap' }}>
              {formatNumber(r.sessions)} · {formatNumber(r.participants)}
            </strong>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** `/propaganda/statistics`: sessions, participants, materials and reach of a period, by form, group, topic, commune. */
export default function PropagandaStatisticsPage() {
  const { pt } = usePropagandaText();
  const { query, set } = useStatsQuery();
  const stats = usePropagandaStatistics(query);
  const communes = useCommuneOptions(todayIso());
  const to = query.to ?? todayIso();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const d = stats.data;
  const tiles = d
    ? [
        { key: 'sessions', label: pt('stats.sessions'), value: d.totals.sessions },
        { key: 'participants', label: pt('stats.participants'), value: d.totals.participants },
        { key: 'materials', label: pt('stats.materials'), value: d.totals.materials },
        { key: 'reach', label: pt('stats.reach'), value: d.totals.reach },
        { key: 'events', label: pt('stats.events'), value: d.massEvents.events },
        { key: 'eventParticipants', label: pt('stats.eventParticipants'), value: d.massEvents.participants },
      ]
    : [];
  return (
    <>
      <PageHeader title={propagandaTitle('statistics')} />
      <Flex vertical gap={16}>
        <Flex gap={12} wrap className="pcmt-filter-bar">
          <DatePicker
            aria-label={pt('stats.from')}
            placeholder={pt('stats.from')}
            format={DATE_FORMAT}
            inputReadOnly
            value={dayjs(from)}
            onChange={(v) => set({ from: v ? v.format('YYYY-MM-DD') : undefined })}
          />
          <DatePicker
            aria-label={pt('stats.to')}
            placeholder={pt('stats.to')}
            format={DATE_FORMAT}
            inputReadOnly
            value={dayjs(to)}
            onChange={(v) => set({ to: v ? v.format('YYYY-MM-DD') : undefined })}
          />
          <Select
            allowClear
            showSearch={communeSearch}
            aria-label={pt('field.unit')}
            placeholder={pt('list.allCommunes')}
            value={query.unitId}
            onChange={(v) => set({ unitId: v })}
            options={communes.options}
            loading={communes.loading}
            style={{ minWidth: 200 }}
          />
        </Flex>
        <Typography.Text type="secondary">{pt('stats.note')}</Typography.Text>
        {stats.isError ? (
          <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
        ) : !d ? (
          <Skeleton active />
        ) : (
          <>
            <Card size="small" title={pt('stats.total')} data-testid="stats-totals">
              <Row gutter={[16, 16]}>
                {tiles.map((f) => (
                  <Col key={f.key} xs={12} md={8} xl={4}>
                    <Statistic title={f.label} value={formatNumber(f.value)} />
                  </Col>
                ))}
              </Row>
            </Card>
            {d.totals.sessions === 0 ? (
              <Empty description={pt('stats.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Row gutter={[12, 12]}>
                <Col xs={24} lg={12}>
                  <Breakdown
                    title={pt('stats.byForm')}
                    rows={d.byForm.map((r) => ({ ...r, label: pt(`formKind.${r.form}`) }))}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <Breakdown
                    title={pt('stats.byGroup')}
                    rows={d.byTargetGroup.map((r) => ({ ...r, label: pt(`group.${r.targetGroup}`) }))}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <Breakdown
                    title={pt('stats.byTopic')}
                    rows={d.byTopic.map((r) => ({ ...r, label: pt(`topic.${r.topic}`) }))}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <Breakdown
                    title={pt('stats.byUnit')}
                    rows={d.byUnit.map((r) => ({ ...r, label: r.unit.name }))}
                  />
                </Col>
              </Row>
            )}
          </>
        )}
      </Flex>
    </>
  );
}
