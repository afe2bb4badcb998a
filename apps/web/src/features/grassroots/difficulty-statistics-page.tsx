import { Col } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { cell, FigureList, FiguresPage, usePeriod } from './figures.tsx';
import { useDifficultyStatistics } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { grassrootsTitle } from './nav.ts';

/** `/difficulties/statistics`: raised in the period, of which answered, still open and overdue, by topic. */
export default function DifficultyStatisticsPage() {
  const { gt } = useGrassrootsText();
  const { query } = usePeriod();
  const stats = useDifficultyStatistics(query);
  const s = stats.data;
  return (
    <>
      <PageHeader title={grassrootsTitle('difficultyStatistics')} />
      <FiguresPage
        totals={
          s && [
            [gt('difficulties.raised'), s.totals.raised],
            [gt('difficultyStatus.answered'), s.totals.answered],
            [gt('difficulties.open'), s.totals.open],
            [gt('difficulties.overdue'), s.totals.overdue],
          ]
        }
        note={s ? gt('difficulties.answerDays', { days: s.answerDays }) : undefined}
        pending={stats.isPending}
        error={stats.error}
        onRetry={() => void stats.refetch()}
      >
        {s?.byTopic
          .filter((r) => r.raised > 0)
          .map((r) => (
            <Col key={r.topic} {...cell}>
              <FigureList
                title={gt(`topic.${r.topic}`)}
                testId="stats-by-topic"
                rows={[
                  [gt('difficulties.raised'), formatNumber(r.raised)],
                  [gt('difficultyStatus.answered'), formatNumber(r.answered)],
                  [gt('difficulties.open'), formatNumber(r.open)],
                  [gt('difficulties.overdue'), formatNumber(r.overdue)],
                ]}
              />
            </Col>
          ))}
      </FiguresPage>
    </>
  );
}
