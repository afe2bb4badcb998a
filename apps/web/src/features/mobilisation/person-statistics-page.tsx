import { engagementKinds } from '@pcmt/contracts';
import { Card, Flex } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { formatNumber, todayIso } from '../../i18n/format.ts';
import { useMobilisationText } from './i18n.ts';
import { usePersonStatistics } from './mobilisation-api.ts';
import { mobilisationTitle } from './nav.ts';
import { StatsView, useStatsQuery } from './stats-view.tsx';

/** `/prestigious-persons/statistics`: persons active, engagements by kind and persons persuaded, by commune. */
export default function PersonStatisticsPage() {
  const { mt } = useMobilisationText();
  const { query } = useStatsQuery();
  const stats = usePersonStatistics(query);
  const to = query.to ?? todayIso();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const byKind = stats.data?.totals.byKind;
  return (
    <>
      <PageHeader title={mobilisationTitle('personStatistics')} />
      <StatsView
        figures={[
          { key: 'activePersons', label: mt('stats.activePersons') },
          { key: 'engagements', label: mt('stats.engagements') },
          { key: 'personsPersuaded', label: mt('stats.personsPersuaded') },
        ]}
        data={stats.data}
        pending={stats.isPending}
        error={stats.error}
        onRetry={() => void stats.refetch()}
        from={from}
        to={to}
        extra={
          byKind && (
            <Card size="small" title={mt('field.kind')} data-testid="stats-by-kind">
              <Flex vertical gap={4}>
                {engagementKinds.map((k) => (
                  <Flex key={k} justify="space-between" gap={12}>
                    <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{mt(`kind.${k}`)}</span>
                    <strong style={{ whiteSpace: 'nowrap' }}>{formatNumber(byKind[k])}</strong>
                  </Flex>
                ))}
              </Flex>
            </Card>
          )
        }
      />
    </>
  );
}
