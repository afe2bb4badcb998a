import { type ActivityStatus, propagandaContract, propagandaLanguageLabel } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
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
import { usePropaganda } from './propaganda-api.ts';
import { ActivityStatusTag } from './tags.tsx';
import { PropagandaTransitionModal } from './transition-modals.tsx';

/** `/propaganda/:id`: the activity, its audience and figures, its history. */
export default function PropagandaDetailPage() {
  const { id = '' } = useParams();
  const { pt } = usePropagandaText();
  const navigate = useNavigate();
  const record = usePropaganda(id);
  const canWrite = usePermission('propaganda.write');
  const [moving, setMoving] = useState(false);

  if (record.isPending) return <Skeleton active />;
  if (record.isError)
    return isApiError(record.error) && record.error.status === 404 ? (
      <Result
        status="404"
        title={pt('detail.notFound')}
        extra={<Button onClick={() => navigate('/propaganda')}>{pt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
    );
  const p = record.data;
  const none = pt('detail.none');
  const n = (v: number | null) => (v !== null ? formatNumber(v) : none);
  const withOther = (items: string[], other: string | null) =>
    [...items, ...(other ? [other] : [])].join('; ') || none;
  const list = (field: string, v: unknown[]): string | undefined => {
    if (field === 'forms') return v.map((x) => pt(`formKind.${x as 'other'}`)).join('; ');
    if (field === 'targetGroups') return v.map((x) => pt(`group.${x as 'other'}`)).join('; ');
    if (field === 'topics') return v.map((x) => pt(`topic.${x as 'other'}`)).join('; ');
    if (field === 'languages') return v.map((x) => propagandaLanguageLabel(String(x))).join(', ');
    if (field === 'unitIds') return v.map((u) => p.units.find((x) => x.id === u)?.name ?? '…').join(', ');
    return undefined;
  };
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return pt(`status.${v as ActivityStatus}`);
    if (Array.isArray(v)) return list(field, v);
    if (field === 'unitId' && v === p.unit.id) return p.unit.name;
    return undefined;
  };

  return (
    <>
      <DetailPage
        title={p.title}
        status={
          <>
            <ActivityStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canWrite && p.allowedTransitions.length > 0 && (
              <Button onClick={() => setMoving(true)}>{pt('detail.transition')}</Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/propaganda/${p.id}/edit`)}>{pt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={pt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/propaganda"
            id={p.id}
            value={timelineValue}
            shownField={(f) => f in propagandaContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={pt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'date',
                label: pt('field.dateFrom'),
                children:
                  p.dateTo !== p.dateFrom
                    ? `${formatDate(p.dateFrom)} – ${formatDate(p.dateTo)}`
                    : formatDate(p.dateFrom),
              },
              {
                key: 'status',
                label: pt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <ActivityStatusTag status={p.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {pt('field.statusSince')} {formatDate(p.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'organizer', label: pt('field.organizer'), children: p.organizer },
              { key: 'unit', label: pt('field.unit'), children: p.unit.name },
              ...(p.units.length
                ? [
                    {
                      key: 'units',
                      label: pt('field.units'),
                      children: p.units.map((u) => u.name).join(', '),
                    },
                  ]
                : []),
              { key: 'place', label: pt('field.place'), children: p.place ?? none },
              { key: 'agency', label: pt('field.agency'), children: p.agency.name },
            ]}
          />
        </Card>
        <Card size="small" title={pt('detail.audience')}>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'forms',
                label: pt('field.forms'),
                children: withOther(
                  p.forms.map((f) => pt(`formKind.${f}`)),
                  p.formOther,
                ),
              },
              {
                key: 'groups',
                label: pt('field.targetGroups'),
                children: withOther(
                  p.targetGroups.map((g) => pt(`group.${g}`)),
                  p.targetOther,
                ),
              },
              {
                key: 'languages',
                label: pt('field.languages'),
                children: withOther(p.languages.map(propagandaLanguageLabel), p.languageOther),
              },
              {
                key: 'topics',
                label: pt('field.topics'),
                children: withOther(
                  p.topics.map((x) => pt(`topic.${x}`)),
                  p.topicOther,
                ),
              },
            ]}
          />
          {p.content && (
            <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>{p.content}</Typography.Paragraph>
          )}
        </Card>
        <Card size="small" title={pt('detail.figures')} data-testid="propaganda-figures">
          <Descriptions
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={[
              { key: 'participants', label: pt('field.participants'), children: n(p.participants) },
              { key: 'materials', label: pt('field.materials'), children: n(p.materials) },
              { key: 'reach', label: pt('field.reach'), children: n(p.reach) },
              ...(p.materialsNote
                ? [{ key: 'note', label: pt('field.materialsNote'), children: p.materialsNote }]
                : []),
            ]}
          />
        </Card>
      </DetailPage>
      {moving && <PropagandaTransitionModal record={p} onClose={() => setMoving(false)} />}
    </>
  );
}
