import {
  type HotspotBehaviour,
  type HotspotKind,
  type HotspotStatus,
  hotspotContract,
  type TimelineEntry,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { CitedDocuments } from '../../kit/cited-documents/cited-documents.tsx';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { HotspotPersonsCard } from '../persons/hotspot-persons-card.tsx';
import { EvidenceCard, fileSize, typeName } from './evidence-card.tsx';
import { evidenceOf, useHotspot, useHotspotTimeline } from './hotspots-api.ts';
import { type HotspotTextKey, useHotspotText } from './i18n.ts';
import { RecordTimeline } from './record-timeline.tsx';
import { StatusTag } from './status-colors.tsx';
import { TransitionModal } from './transition-modal.tsx';

const DATE_FIELDS = new Set(['detectedOn', 'statusSince', 'on', 'watchUntil']);

/** `/hotspots/:id`: the record, its evidence, and its history in the timeline slot. */
export default function HotspotDetailPage() {
  const { id = '' } = useParams();
  const { ht } = useHotspotText();
  const navigate = useNavigate();
  const hotspot = useHotspot(id);
  const timeline = useHotspotTimeline(id);
  const canWrite = usePermission('hotspot.write');
  const canMove = usePermission('hotspot.transition');
  const [moving, setMoving] = useState(false);

  if (hotspot.isPending) return <Skeleton active />;
  if (hotspot.isError)
    return isApiError(hotspot.error) && hotspot.error.status === 404 ? (
      <Result
        status="404"
        title={ht('detail.notFound')}
        extra={<Button onClick={() => navigate('/hotspots')}>{ht('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={hotspot.error} onRetry={() => void hotspot.refetch()} />
    );
  const h = hotspot.data;

  const value = (field: string, v: unknown): ReactNode => {
    if (field === 'status' || field === 'from' || field === 'to')
      return <StatusTag status={v as HotspotStatus} />;
    if (field === 'kind') return ht(`kind.${v as HotspotKind}`);
    if (field === 'behaviours' && Array.isArray(v))
      return v.map((b) => ht(`behaviour.${b as HotspotBehaviour}`)).join('; ');
    if (DATE_FIELDS.has(field) && typeof v === 'string') return formatDate(v);
    if (field === 'location' && v && typeof v === 'object' && 'lat' in v && 'lng' in v)
      return `${Number(v.lat).toFixed(5)}, ${Number(v.lng).toFixed(5)}`;
    if (field === 'unitId' && v === h.unit.id) return h.unit.name;
    if (Array.isArray(v)) return v.join('; ');
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const entries = timeline.data ?? [];
  const own = (e: TimelineEntry): string =>
    e.action.startsWith('attachment.') ? ht(`timeline.${e.action}` as HotspotTextKey) : e.actionLabel;
  const fileLine = (e: TimelineEntry): ReactNode => {
    if (e.action !== 'attachment.create') return null;
    const file = evidenceOf([e])[0];
    return file ? (
      <Typography.Text>
        {ht('timeline.fileAdded', { type: typeName(file.mediaType), size: fileSize(file.sizeBytes) })}
      </Typography.Text>
    ) : null;
  };

  const rows: { key: string; label: string; children: ReactNode }[] = [
    { key: 'kind', label: ht('field.kind'), children: <Tag>{ht(`kind.${h.kind}`)}</Tag> },
    ...(h.suggestedKind !== h.kind
      ? [{ key: 'suggested', label: ht('field.suggestedKind'), children: ht(`kind.${h.suggestedKind}`) }]
      : []),
    {
      key: 'behaviours',
      label: ht('field.behaviours'),
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {h.behaviours.map((b) => (
            <li key={b}>{ht(`behaviour.${b}`)}</li>
          ))}
        </ul>
      ),
    },
    { key: 'detectedOn', label: ht('field.detectedOn'), children: formatDate(h.detectedOn) },
    {
      key: 'status',
      label: ht('field.status'),
      children: (
        <Flex gap={6} wrap align="center">
          <StatusTag status={h.status} />
          <span>
            {ht('field.statusSince')} {formatDate(h.statusSince)}
          </span>
        </Flex>
      ),
    },
    ...(h.watchUntil
      ? [{ key: 'watchUntil', label: ht('field.watchUntil'), children: formatDate(h.watchUntil) }]
      : []),
    ...(h.reformations > 0
      ? [{ key: 'reformations', label: ht('field.reformations'), children: formatNumber(h.reformations) }]
      : []),
    {
      key: 'sellers',
      label: ht('field.sellers'),
      children: h.sellers === null ? '—' : formatNumber(h.sellers),
    },
    { key: 'users', label: ht('field.users'), children: h.users === null ? '—' : formatNumber(h.users) },
    { key: 'agency', label: ht('field.agency'), children: h.agency.name },
    { key: 'officer', label: ht('field.responsibleOfficer'), children: h.responsibleOfficer ?? '—' },
    {
      key: 'citations',
      label: ht('field.citations'),
      children:
        h.citations.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {h.citations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <DetailPage
        title={h.name}
        status={
          <>
            <StatusTag status={h.status} />
            {h.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canMove && h.allowedTransitions.length > 0 && (
              <Button type="primary" onClick={() => setMoving(true)}>
                {ht('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/hotspots/${h.id}/edit`)}>{ht('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={ht('detail.timeline')}
        timeline={
          timeline.isPending ? (
            <Skeleton active />
          ) : timeline.isError ? (
            <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
          ) : (
            <RecordTimeline
              entries={entries}
              value={value}
              actionLabel={own}
              extra={fileLine}
              // Openings of a file are audited reads, not events of the record.
              hidden={(e) => e.action === 'attachment.download'}
              shownField={(f) => f in hotspotContract.fieldLabels && f !== 'unitId'}
              emptyText={ht('detail.noTimeline')}
              byText={(name) => ht('detail.by', { name })}
              emptyValue={ht('detail.empty')}
            />
          )
        }
      >
        <Card size="small" title={ht('detail.general')}>
          <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" items={rows} />
        </Card>
        <Card
          size="small"
          title={ht('detail.place')}
          extra={
            h.location && (
              <Button size="small" onClick={() => navigate(`/hotspots/map?focus=${h.id}`)}>
                {ht('detail.onMap')}
              </Button>
            )
          }
        >
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'unit', label: ht('field.unit'), children: h.unit.name },
              { key: 'address', label: ht('field.address'), children: h.address ?? '—' },
              {
                key: 'location',
                label: ht('field.location'),
                children: h.location
                  ? `${h.location.lat.toFixed(5)}, ${h.location.lng.toFixed(5)}`
                  : ht('detail.noLocation'),
              },
            ]}
          />
        </Card>
        <Card size="small" title={ht('detail.people')}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'description', label: ht('field.description'), children: h.description ?? '—' },
              { key: 'persons', label: ht('field.linkedPersons'), children: h.linkedPersons ?? '—' },
              { key: 'businesses', label: ht('field.linkedBusinesses'), children: h.linkedBusinesses ?? '—' },
            ]}
          />
        </Card>
        <HotspotPersonsCard links={h.personLinks} />
        <CitedDocuments recordType="hotspot" recordId={h.id} />
        <EvidenceCard recordId={h.id} files={evidenceOf(entries)} canAdd={canWrite} />
      </DetailPage>
      {moving && <TransitionModal hotspot={h} onClose={() => setMoving(false)} />}
    </>
  );
}
