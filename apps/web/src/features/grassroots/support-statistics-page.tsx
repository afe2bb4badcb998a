import { Col } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { cell, FigureList, FiguresPage, usePeriod } from './figures.tsx';
import { useSupportStatistics } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { grassrootsTitle } from './nav.ts';

/** `/support/statistics`: support of the period by kind, by source, and the total value by commune. */
export default function SupportStatisticsPage() {
  const { gt } = useGrassrootsText();
  const { query } = usePeriod();
  const stats = useSupportStatistics(query);
  const s = stats.data;
  const figure = (r: { count: number; valueVnd: number }) =>
    `${formatNumber(r.count)} · ${gt('common.vnd', { value: formatNumber(r.valueVnd) })}`;
  return (
    <>
      <PageHeader title={grassrootsTitle('supportStatistics')} />
      <FiguresPage
        totals={
          s && [
            [gt('support.count'), s.totals.count],
            [gt('support.value'), s.totals.valueVnd],
          ]
        }
        pending={stats.isPending}
        error={stats.error}
        onRetry={() => void stats.refetch()}
      >
        {s && (
          <>
            <Col {...cell}>
              <FigureList
                title={gt('support.byKind')}
                testId="stats-by-kind"
                rows={s.byKind
                  .filter((r) => r.count > 0)
                  .map((r) => [gt(`supportKind.${r.kind}`), figure(r)])}
              />
            </Col>
            <Col {...cell}>
              <FigureList
                title={gt('support.bySource')}
                rows={s.bySource.filter((r) => r.count > 0).map((r) => [gt(`source.${r.source}`), figure(r)])}
              />
            </Col>
            <Col {...cell}>
              <FigureList
                title={gt('support.byUnit')}
                testId="stats-by-unit"
                rows={s.byUnit.map((r) => [r.unit.name, figure(r)])}
              />
            </Col>
          </>
        )}
      </FiguresPage>
    </>
  );
}
