import type { PersonAlert, PersonAlertKind } from '@pcmt/contracts';
import { Alert, Card, Flex, Skeleton, Typography } from 'antd';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePersonText } from './i18n.ts';
import { usePersonAlerts } from './persons-api.ts';

/** What needs acting on now is red; time limits coming up are amber; the Điều 256a windows are information. */
const severity: Record<PersonAlertKind, 'error' | 'warning' | 'info'> = {
  measure_end_passed: 'error',
  review_overdue: 'error',
  management_due: 'warning',
  determination_due: 'error',
  positive_during_rehab: 'error',
  art256a_use: 'error',
  measure_ending: 'warning',
  art256a_window: 'info',
};
const order: PersonAlertKind[] = ['error', 'warning', 'info'].flatMap((s) =>
  (Object.keys(severity) as PersonAlertKind[]).filter((k) => severity[k] === s),
);

/**
 * The person's alerts of today, computed by the server from the domain's rules (never stored): shown first on
 * the profile, the most urgent first, each with its own sentence and the Điều 256a windows' dates.
 */
export function AlertsCard({ personId }: { personId: string }) {
  const { pt, language } = usePersonText();
  const alerts = usePersonAlerts(personId);
  if (alerts.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (alerts.isError) return <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />;
  const sorted = alerts.data.toSorted((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  if (sorted.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="person-alerts-none">
        {pt('detail.noAlerts')}
      </Typography.Text>
    );
  const windows = (a: PersonAlert) =>
    a.windows.map((w) =>
      w.to
        ? pt('detail.window', { clause: w.clause, from: formatDate(w.from), to: formatDate(w.to) })
        : pt('detail.windowOpen', { clause: w.clause, from: formatDate(w.from) }),
    );
  return (
    <Card
      size="small"
      title={pt('detail.alerts')}
      data-testid="person-alerts"
      styles={{ body: { padding: 8 } }}
      role="region"
      aria-label={pt('detail.alerts')}
    >
      <Flex vertical gap={8}>
        {sorted.map((a) => (
          <Alert
            key={`${a.kind}-${a.on}-${a.measureId ?? ''}-${a.testId ?? ''}-${a.windows.map((w) => w.clause).join()}`}
            type={severity[a.kind]}
            showIcon
            data-alert={a.kind}
            title={<strong>{pt(`alertKind.${a.kind}`)}</strong>}
            description={
              <Flex vertical gap={2} style={{ overflowWrap: 'anywhere' }}>
                <span>{a.message[language]}</span>
                {windows(a).map((w) => (
                  <Typography.Text key={w} type="secondary" style={{ fontSize: 13 }}>
                    {w}
                  </Typography.Text>
                ))}
              </Flex>
            }
          />
        ))}
      </Flex>
    </Card>
  );
}
