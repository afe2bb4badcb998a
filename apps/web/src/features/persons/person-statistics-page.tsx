import { Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { communeSearch, OnDatePicker, useCommuneOptions, useOnDate } from '../key-areas/on-date.tsx';
import { type PersonTextKey, usePersonText } from './i18n.ts';
import { personTitle } from './nav.ts';
import { usePersonAggregates } from './persons-api.ts';

type CountRow = { key: string; label: string; count: number };

/** One breakdown as label–figure rows with a bar: long Vietnamese labels wrap, figures never break. */
function Breakdown({
  title,
  rows,
  total,
  labelOf,
}: {
  title: string;
  rows: CountRow[];
  total: number;
  labelOf?: (r: CountRow) => string;
}) {
  const { pt } = usePersonText();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {rows.length === 0 ? (
        <Empty description={pt('stats.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={8} role="list" aria-label={title}>
          {rows.map((r) => (
            <Flex key={r.key} vertical gap={2} role="listitem">
              <Flex justify="space-between" gap={12}>
                <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{labelOf?.(r) ?? r.label}</span>
                <strong style={{ whiteSpace: 'nowrap' }}>{formatNumber(r.count)}</strong>
              </Flex>
              <div style={{ height: 6, background: '#f0f0f0', borderRadius: 3 }} aria-hidden>
                <div
                  style={{
                    width: `${total > 0 ? Math.round((r.count / total) * 100) : 0}%`,
                    height: '100%',
                    background: '#1677ff',
                    borderRadius: 3,
                  }}
                />
              </div>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/**
 * `/persons/statistics`: counts only, never a name — what leadership and departments may see (and every person
 * officer for their own area). By commune, drug status, open status, age band of the statistical regime, sex
 * and ethnicity, on a chosen day; optionally one commune.
 */
export default function PersonStatisticsPage() {
  const { pt } = usePersonText();
  const [on, setOn] = useOnDate();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const communes = useCommuneOptions(on);
  const counts = usePersonAggregates({ on, unitId });
  const own = (prefix: string) => (r: CountRow) => {
    const text = pt(`${prefix}.${r.key}` as PersonTextKey);
    return text && !text.startsWith('persons.') ? text : r.label;
  };
  const d = counts.data;
  return (
    <>
      <PageHeader title={personTitle('statistics')} />
      <Typography.Paragraph type="secondary">{pt('stats.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <OnDatePicker value={on} onChange={setOn} />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={pt('field.unit')}
          placeholder={pt('list.allCommunes')}
          style={{ flex: '0 1 280px', minWidth: 200 }}
          value={unitId}
          options={communes.options}
          loading={communes.loading}
          onChange={(v?: string) =>
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              if (v) next.set('unitId', v);
              else next.delete('unitId');
              return next;
            })
          }
        />
      </Flex>
      {counts.isPending ? (
        <Skeleton active />
      ) : counts.isError ? (
        <ErrorAlert error={counts.error} onRetry={() => void counts.refetch()} />
      ) : d ? (
        <Flex vertical gap={16}>
          <Card size="small">
            <Statistic
              title={`${pt('stats.total')} · ${pt('stats.on')} ${formatDate(d.on)}`}
              value={formatNumber(d.total)}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Breakdown
                title={pt('stats.byDrugStatus')}
                rows={d.byDrugStatus}
                total={d.total}
                labelOf={own('drugStatus')}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={pt('stats.byStatus')}
                rows={d.byStatus}
                total={d.total}
                labelOf={own('status')}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={pt('stats.byAgeBand')}
                rows={d.byAgeBand}
                total={d.total}
                labelOf={own('ageBand')}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown title={pt('stats.bySex')} rows={d.bySex} total={d.total} labelOf={own('sex')} />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={pt('stats.byUnit')}
                rows={d.byUnit.map((u) => ({ key: u.unitId, label: u.name, count: u.count }))}
                total={d.total}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown title={pt('stats.byEthnicity')} rows={d.byEthnicity} total={d.total} />
            </Col>
          </Row>
        </Flex>
      ) : null}
    </>
  );
}
