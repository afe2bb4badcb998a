import { type ActivityStatus, type MassEventKind, massEventContract } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { usePropagandaText } from './i18n.ts';
import { useMassEvent } from './propaganda-api.ts';
import { ActivityStatusTag } from './tags.tsx';
import { MassEventTransitionModal } from './transition-modals.tsx';

/** `/mass-events/:id`: the event, its figures and results, its history. */
export default function MassEventDetailPage() {
  const { id = '' } = useParams();
  const { pt } = usePropagandaText();
  const navigate = useNavigate();
  const record = useMassEvent(id);
  const canWrite = usePermission('mass_event.write');
  const [moving, setMoving] = useState(false);
  if (record.isPending) return <Skeleton active />;
  if (record.isError)
    return isApiError(record.error) && record.error.status === 404 ? (
      <Result
        status="404"
        title={pt('detail.notFound')}
        extra={<Button onClick={() => navigate('/mass-events')}>{pt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
    );
  const e = record.data;
  const none = pt('detail.none');
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return pt(`status.${v as ActivityStatus}`);
    if (field === 'kind' && typeof v === 'string') return pt(`kind.${v as MassEventKind}`);
    if (field === 'unitId' && v === e.unit.id) return e.unit.name;
    return undefined;
  };
  return (
    <>
      <DetailPage
        title={e.title}
        status={
          <>
            <ActivityStatusTag status={e.status} />
            {e.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canWrite && e.allowedTransitions.length > 0 && (
              <Button onClick={() => setMoving(true)}>{pt('detail.transition')}</Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/mass-events/${e.id}/edit`)}>{pt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={pt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/mass-events"
            id={e.id}
            value={timelineValue}
            shownField={(f) => f in massEventContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={pt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'kind', label: pt('field.kind'), children: pt(`kind.${e.kind}`) },
              { key: 'on', label: pt('field.on'), children: formatDate(e.on) },
              {
                key: 'status',
                label: pt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <ActivityStatusTag status={e.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {pt('field.statusSince')} {formatDate(e.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'organizer', label: pt('field.organizer'), children: e.organizer },
              { key: 'unit', label: pt('field.unit'), children: e.unit.name },
              { key: 'place', label: pt('field.place'), children: e.place ?? none },
              {
                key: 'participants',
                label: pt('field.participants'),
                children: e.participants !== null ? formatNumber(e.participants) : none,
              },
              { key: 'agency', label: pt('field.agency'), children: e.agency.name },
              { key: 'content', label: pt('field.content'), children: e.content ?? none },
              { key: 'results', label: pt('field.results'), children: e.results ?? none },
            ]}
          />
        </Card>
      </DetailPage>
      {moving && <MassEventTransitionModal record={e} onClose={() => setMoving(false)} />}
    </>
  );
}
