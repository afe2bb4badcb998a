import { Col } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { cell, FigureList, FiguresPage, usePeriod } from './figures.tsx';
import { useCommendationStatistics } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { grassrootsTitle } from './nav.ts';

/** `/commendations/statistics`: decisions of the period by level and form, collectives apart from individuals. */
export default function CommendationStatisticsPage() {
  const { gt } = useGrassrootsText();
  const { query } = usePeriod();
  const stats = useCommendationStatistics(query);
  const s = stats.data;
  const split = (r: { collective: number; individual: number; total: number }) =>
    `${formatNumber(r.total)} (${formatNumber(r.collective)} + ${formatNumber(r.individual)})`;
  return (
    <>
      <PageHeader title={grassrootsTitle('commendationStatistics')} />
      <FiguresPage
        totals={
          s && [
            [gt('commendationStatus.decided'), s.decided.total],
            [gt('recipientKind.collective'), s.decided.collective],
            [gt('recipientKind.individual'), s.decided.individual],
            [gt('commendationStatus.proposed'), s.pending],
          ]
        }
        note={gt('commendations.statsNote')}
        pending={stats.isPending}
        error={stats.error}
        onRetry={() => void stats.refetch()}
      >
        {s && (
          <>
            <Col {...cell}>
              <FigureList
                title={gt('field.level')}
                testId="stats-by-level"
                rows={s.byLevel.filter((r) => r.total > 0).map((r) => [gt(`level.${r.level}`), split(r)])}
              />
            </Col>
            <Col {...cell}>
              <FigureList
                title={gt('field.form')}
                testId="stats-by-form"
                rows={s.byForm.filter((r) => r.total > 0).map((r) => [gt(`form.${r.form}`), split(r)])}
              />
            </Col>
            <Col {...cell}>
              <FigureList
                title={gt('field.amountVnd')}
                rows={[
                  [gt('commendationStatus.decided'), gt('common.vnd', { value: formatNumber(s.amountVnd) })],
                  [gt('commendationStatus.rejected'), formatNumber(s.rejected)],
                ]}
              />
            </Col>
          </>
        )}
      </FiguresPage>
    </>
  );
}
