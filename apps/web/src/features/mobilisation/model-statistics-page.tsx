import { PageHeader } from '../../components/page-header.tsx';
import { todayIso } from '../../i18n/format.ts';
import { useMobilisationText } from './i18n.ts';
import { useModelStatistics } from './mobilisation-api.ts';
import { mobilisationTitle } from './nav.ts';
import { StatsView, useStatsQuery } from './stats-view.tsx';

/** `/models/statistics`: models active and new, results and their indicators, by the commune that runs them. */
export default function ModelStatisticsPage() {
  const { mt } = useMobilisationText();
  const { query } = useStatsQuery();
  const stats = useModelStatistics(query);
  const to = query.to ?? todayIso();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  return (
    <>
      <PageHeader title={mobilisationTitle('modelStatistics')} />
      <StatsView
        figures={[
          { key: 'activeModels', label: mt('stats.activeModels') },
          { key: 'newModels', label: mt('stats.newModels') },
          { key: 'results', label: mt('stats.results') },
          { key: 'eventsHeld', label: mt('stats.eventsHeld') },
          { key: 'participants', label: mt('stats.participants') },
          { key: 'personsPersuaded', label: mt('stats.personsPersuaded') },
        ]}
        data={stats.data}
        pending={stats.isPending}
        error={stats.error}
        onRetry={() => void stats.refetch()}
        from={from}
        to={to}
      />
    </>
  );
}
