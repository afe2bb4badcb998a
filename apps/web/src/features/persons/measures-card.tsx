import type { Measure, MeasureStatus } from '@pcmt/contracts';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePersonText } from './i18n.ts';
import { MeasureMoveModal } from './measure-move-modal.tsx';
import { MeasureReviewModal } from './measure-review-modal.tsx';
import { MeasureFacts } from './measure-summary.tsx';
import { MeasureStatusTag } from './tags.tsx';

type Action = { kind: 'move'; measure: Measure; to: MeasureStatus } | { kind: 'review'; measure: Measure };
const closed = new Set<MeasureStatus>(['completed', 'ended_early', 'cancelled']);

/** The person's measures, running ones first, each with the moves the server allows from its status. */
export function MeasuresCard({
  personId,
  measures,
  canWrite,
  extra,
}: {
  personId: string;
  measures: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data?: Measure[];
    refetch: () => unknown;
  };
  canWrite: boolean;
  extra?: React.ReactNode;
}) {
  const { pt } = usePersonText();
  const [action, setAction] = useState<Action | null>(null);
  const rows = (measures.data ?? []).toSorted(
    (a, b) =>
      Number(closed.has(a.status)) - Number(closed.has(b.status)) ||
      (b.decisionDate ?? b.statusSince).localeCompare(a.decisionDate ?? a.statusSince),
  );
  const label = (m: Measure, to: MeasureStatus) =>
    m.status === 'suspended' && to === 'in_progress'
      ? pt('measure.action.resume')
      : pt(`measure.action.${to}`);
  return (
    <Card size="small" title={pt('detail.measures')} extra={extra} data-testid="person-measures">
      {measures.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : measures.isError ? (
        <ErrorAlert error={measures.error} onRetry={() => void measures.refetch()} />
      ) : rows.length === 0 ? (
        <Empty description={pt('detail.noMeasures')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={12}>
          {rows.map((m) => (
            <Card
              key={m.id}
              type="inner"
              size="small"
              data-measure={m.type}
              title={
                <Flex gap={6} wrap align="center" style={{ whiteSpace: 'normal', paddingBlock: 4 }}>
                  <span>{pt(`measureType.${m.type}`)}</span>
                  <MeasureStatusTag status={m.status} />
                </Flex>
              }
            >
              <MeasureFacts m={m} />
              {m.reviews.length > 0 && (
                <Flex vertical gap={2} style={{ marginTop: 8 }}>
                  <Typography.Text strong>{pt('measure.reviews')}</Typography.Text>
                  {m.reviews.map((r) => (
                    <Typography.Text key={r.id}>
                      {formatDate(r.reviewedOn)}: {r.outcome}
                    </Typography.Text>
                  ))}
                </Flex>
              )}
              {canWrite && (m.allowedTransitions.length > 0 || m.status === 'in_progress') && (
                <Flex gap={8} wrap style={{ marginTop: 12 }}>
                  {m.status === 'in_progress' && (
                    <Button onClick={() => setAction({ kind: 'review', measure: m })}>
                      {pt('measure.review')}
                    </Button>
                  )}
                  {m.allowedTransitions.map((to) => (
                    <Button
                      key={to}
                      danger={to === 'ended_early' || to === 'cancelled'}
                      type={
                        to === 'decided' || to === 'in_progress' || to === 'completed' ? 'primary' : 'default'
                      }
                      onClick={() => setAction({ kind: 'move', measure: m, to })}
                    >
                      {label(m, to)}
                    </Button>
                  ))}
                </Flex>
              )}
            </Card>
          ))}
        </Flex>
      )}
      {action?.kind === 'move' && (
        <MeasureMoveModal
          personId={personId}
          measure={action.measure}
          to={action.to}
          onClose={() => setAction(null)}
        />
      )}
      {action?.kind === 'review' && (
        <MeasureReviewModal personId={personId} measure={action.measure} onClose={() => setAction(null)} />
      )}
    </Card>
  );
}
