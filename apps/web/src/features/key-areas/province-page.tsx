import type { ProvinceView, TargetsView } from '@pcmt/contracts';
import { Alert, Button, Card, Col, Empty, Flex, Grid, Input, Row, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { fold, formatDate, formatNumber } from '../../i18n/format.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useBoundaries } from '../hotspots/hotspots-api.ts';
import { type ClassKey, ClassTag, classColor, classOrder } from './class-colors.tsx';
import { inLanguage } from './feature-text.ts';
import { useAreaText } from './i18n.ts';
import { useProvinceView, useTargets } from './key-areas-api.ts';
import { areaTitle } from './nav.ts';
import { OnDatePicker, useOnDate } from './on-date.tsx';
import type { CommuneShade } from './province-map.tsx';

// Leaflet comes with the map, after the figures and the list are on screen.
const ProvinceMap = lazy(() => import('./province-map.tsx').then((m) => ({ default: m.ProvinceMap })));

type Commune = ProvinceView['communes'][number];
const keyOf = (c: Commune): ClassKey => c.communeClass ?? 'unclassified';

/**
 * `/areas`: the page PC04 and the leadership open — every commune of the jurisdiction on a date, by its
 * latest class: the choropleth, the counts, the targets, and the same communes as a text list (readers,
 * phones). The date is in the URL (`?on=`).
 */
export default function ProvincePage() {
  const { at } = useAreaText();
  const navigate = useNavigate();
  const [on, setOn] = useOnDate();
  const view = useProvinceView(on);
  const targets = useTargets(on);
  const boundaries = useBoundaries(on);
  const screens = Grid.useBreakpoint();
  const [only, setOnly] = useState<ClassKey | null>(null);
  const [text, setText] = useState('');
  const canFigures = usePermission(['key_area.read']);

  const communes = view.data?.communes ?? [];
  const shades = useMemo(() => {
    const m = new Map<string, CommuneShade>();
    for (const c of view.data?.communes ?? [])
      m.set(c.unit.id, {
        classKey: keyOf(c),
        label: at(`communeClass.${keyOf(c)}`),
        designated: Boolean(c.designation),
      });
    return m;
  }, [view.data, at]);
  const counts = useMemo(() => {
    const n = new Map<ClassKey, number>();
    for (const c of communes) n.set(keyOf(c), (n.get(keyOf(c)) ?? 0) + 1);
    return n;
  }, [communes]);
  const drawnCommunes = (boundaries.data?.features ?? []).filter((f) => shades.has(f.properties.id)).length;
  const open = (unitId: string) => navigate(`/communes/${unitId}${on ? `?on=${on}` : ''}`);

  return (
    <>
      <PageHeader title={areaTitle('province')} extra={<OnDatePicker value={on} onChange={setOn} />} />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {at('province.intro')}
      </Typography.Paragraph>
      {view.isError && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={at('province.map')}>
            <Flex vertical gap={8}>
              {boundaries.isSuccess && view.isSuccess && drawnCommunes === 0 && communes.length > 0 && (
                <Alert type="info" showIcon title={at('province.noBoundaries')} />
              )}
              {boundaries.data && view.data ? (
                <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
                  <ProvinceMap
                    boundaries={boundaries.data}
                    shades={shades}
                    label={at('province.mapLabel')}
                    openLabel={at('commune.title')}
                    onOpen={open}
                    height={screens.md ? '520px' : '360px'}
                  />
                </Suspense>
              ) : boundaries.isError ? (
                <ErrorAlert error={boundaries.error} onRetry={() => void boundaries.refetch()} />
              ) : (
                <Typography.Text type="secondary">{at('province.mapLoading')}</Typography.Text>
              )}
              <Legend counts={counts} />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card size="small" title={at('province.counts')}>
              {view.isPending ? (
                <Skeleton active />
              ) : (
                <Flex vertical gap={4} data-testid="class-counts">
                  {classOrder
                    .filter((k) => (counts.get(k) ?? 0) > 0 || k.startsWith('class_'))
                    .map((k) => (
                      <Button
                        key={k}
                        type={only === k ? 'primary' : 'text'}
                        ghost={only === k}
                        onClick={() => setOnly(only === k ? null : k)}
                        aria-pressed={only === k}
                        style={{
                          justifyContent: 'space-between',
                          display: 'flex',
                          height: 'auto',
                          minHeight: 32,
                        }}
                      >
                        <ClassTag value={k === 'unclassified' ? null : k} />
                        <strong>{formatNumber(counts.get(k) ?? 0)}</strong>
                      </Button>
                    ))}
                  <Flex justify="space-between" style={{ padding: '4px 15px' }}>
                    <span>{at('province.designated')}</span>
                    <strong>{formatNumber(view.data?.designated ?? 0)}</strong>
                  </Flex>
                </Flex>
              )}
            </Card>
            <TargetsCard targets={targets.data} error={targets.isError ? targets.error : null} />
            {canFigures && (
              <Card size="small" title={at('province.registers')}>
                <Flex vertical gap={4}>
                  <Link to="/key-areas">{at('province.keyAreas')}</Link>
                  <Link to="/key-areas/classifications">{at('province.classifications')}</Link>
                  <Link to="/key-areas/figures">{at('province.figures')}</Link>
                </Flex>
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24}>
          <Card size="small" title={at('province.list')}>
            <Flex vertical gap={12}>
              <Input.Search
                allowClear
                aria-label={at('province.search')}
                placeholder={at('province.search')}
                value={text}
                onChange={(e) => setText(e.target.value)}
                style={{ maxWidth: 360 }}
              />
              {view.isPending ? (
                <Skeleton active />
              ) : communes.length === 0 ? (
                <Empty description={at('province.noCommunes')} />
              ) : (
                <CommuneList communes={communes} only={only} text={text} on={on} />
              )}
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}

function Legend({ counts }: { counts: ReadonlyMap<ClassKey, number> }) {
  const { at } = useAreaText();
  return (
    <section className="pcmt-map-legend" aria-label={at('province.legend')} data-testid="area-legend">
      {classOrder.map((k) => (
        <span key={k}>
          <i className="square" style={{ background: classColor[k].fill, border: '1px solid #8c8c8c' }} />
          {at(`communeClass.${k}`)} ({formatNumber(counts.get(k) ?? 0)})
        </span>
      ))}
    </section>
  );
}

/** The communes grouped by class, worst first; each name opens the commune's page on the same date. */
function CommuneList({
  communes,
  only,
  text,
  on,
}: {
  communes: Commune[];
  only: ClassKey | null;
  text: string;
  on: string;
}) {
  const { at } = useAreaText();
  const wanted = fold(text);
  const shown = communes.filter(
    (c) => (!only || keyOf(c) === only) && (!wanted || fold(c.unit.name).includes(wanted)),
  );
  const groups = classOrder
    .map((k) => ({
      k,
      rows: shown.filter((c) => keyOf(c) === k).sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi')),
    }))
    .filter((g) => g.rows.length > 0);
  if (groups.length === 0)
    return <Empty description={at('province.noCommunes')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Flex vertical gap={16} data-testid="area-list">
      {groups.map((g) => (
        <section key={g.k} aria-label={at(`communeClass.${g.k}`)}>
          <Flex align="center" gap={8} style={{ marginBottom: 6 }}>
            <ClassTag value={g.k === 'unclassified' ? null : g.k} />
            <Typography.Text type="secondary">
              {at('province.count', { count: formatNumber(g.rows.length) })}
            </Typography.Text>
          </Flex>
          <ul style={{ margin: 0, paddingInlineStart: 18, columns: '16rem auto', columnGap: 24 }}>
            {g.rows.map((c) => (
              <li key={c.unit.id} style={{ breakInside: 'avoid', padding: '2px 0' }}>
                <Link to={`/communes/${c.unit.id}?on=${on}`}>{c.unit.name}</Link>
                {c.asOf && (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {' '}
                    · {at('province.asOf', { date: formatDate(c.asOf) })}
                  </Typography.Text>
                )}
                {c.designation && (
                  <Tag color="volcano" style={{ marginInlineStart: 6 }}>
                    {at('province.designation', { number: c.designation.decisionNumber })}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Flex>
  );
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** The targets (national and the province's) against the live province figures of the date. */
function TargetsCard({ targets, error }: { targets: TargetsView | undefined; error: unknown }) {
  const { at, language } = useAreaText();
  const valueText = (t: TargetsView['targets'][number], v: number) =>
    t.unit === 'percent' ? `${percentFormat.format(v)} %` : formatNumber(v);
  return (
    <Card size="small" title={at('province.targets')} data-testid="targets">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {at('province.targetsHint')}
      </Typography.Paragraph>
      {error ? (
        <ErrorAlert error={error} />
      ) : !targets ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {targets.targets.map((t) => {
            const p = t.province;
            const status = !t.measured ? 'no_data' : p.status;
            return (
              <Flex key={t.id} vertical gap={2}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {inLanguage(t.title, language)}
                  </Typography.Text>
                  <Tag color={status === 'met' ? 'green' : status === 'not_met' ? 'red' : 'default'}>
                    {status === 'met'
                      ? at('province.met')
                      : status === 'not_met'
                        ? at('province.notMet')
                        : at('province.noData')}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t.scope === 'national' ? at('province.targetNational') : at('province.targetProvince')}
                  {t.byYear ? ` ${at('province.targetBy', { year: String(t.byYear) })}` : ''} ·{' '}
                  {at('province.target', {
                    value: `${t.direction === 'at_least' ? (t.strict ? '>' : '≥') : t.strict ? '<' : '≤'} ${valueText(t, t.target)}`,
                  })}
                  {t.documents.length > 0 ? ` · ${t.documents.join('; ')}` : ''}
                </Typography.Text>
                <Typography.Text style={{ fontSize: 14 }}>
                  {t.measured ? inLanguage(p.statement, language) : at('province.notMeasured')}
                </Typography.Text>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
