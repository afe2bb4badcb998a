import { type Tip, tipContract } from '@pcmt/contracts';
import { Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { AttachmentsCard } from '../key-areas/records/attachments-card.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { type TipTextKey, useTipText } from './i18n.ts';
import { MoveModal } from './move-modal.tsx';
import { ReporterCard } from './reporter-card.tsx';
import { DeadlineTag, TipStatusTag, UrgencyTag } from './tags.tsx';
import { ConversationCard, LinksCard, NotesCard, PlainText } from './tip-cards.tsx';
import { type TipMove, useTip } from './tips-api.ts';

const MOVES: TipMove[] = [
  'triage',
  'assign',
  'transfer',
  'verify',
  'extend',
  'suspend',
  'resume',
  'outcome',
  'dismiss',
];
// Two columns only on very wide screens: Vietnamese labels are long, and the timeline takes a third of the row.
const WIDE_ONLY = { xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 } as const;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ENUM_FIELDS: Record<string, string> = {
  status: 'status',
  from: 'status',
  to: 'status',
  source: 'source',
  form: 'form',
  channel: 'channel',
  category: 'category',
  urgency: 'urgency',
  outcome: 'outcome',
  ground: 'ground',
  kind: 'extensionKind',
};

/**
 * `/tips/:id`: the tip as received (content shown as text), where it stands (status, deadline in colour, the
 * commune police's transfer window, extensions and suspensions), the moves the server allows now, the
 * verification notes, linked records, the anonymous conversation with the reporter, the sealed reporter (masked;
 * revealed with a reason), files and the history.
 */
export default function TipDetailPage() {
  const { id = '' } = useParams();
  const { tt } = useTipText();
  const tip = useTip(id);
  const [move, setMove] = useState<TipMove | null>(null);
  if (tip.isPending) return <Skeleton active />;
  if (tip.isError)
    return isApiError(tip.error) && tip.error.status === 404 ? (
      <Result status="404" title={tt('detail.none')} />
    ) : (
      <ErrorAlert error={tip.error} onRetry={() => void tip.refetch()} />
    );
  const t = tip.data;
  const label = (k: string) => tt(k as TipTextKey);
  const moves = MOVES.filter((m) => t.allowedActions.includes(m));
  return (
    <>
      <DetailPage
        title={t.number}
        status={
          <>
            <TipStatusTag status={t.status} />
            <UrgencyTag urgency={t.urgency} />
            <DeadlineTag deadlines={t.deadlines} />
          </>
        }
        actions={moves.map((m) => (
          <Button
            key={m}
            type={m === 'triage' || m === 'outcome' ? 'primary' : 'default'}
            onClick={() => setMove(m)}
          >
            {label(`action.${m}`)}
          </Button>
        ))}
        timelineTitle={tt('section.timeline')}
        timeline={
          <TimelineSlot
            path="/tips"
            id={t.id}
            shownField={(f) => f in tipContract.fieldLabels}
            value={(field, v) =>
              ENUM_FIELDS[field] && typeof v === 'string'
                ? label(`${ENUM_FIELDS[field]}.${v}`)
                : typeof v === 'string' && INSTANT.test(v)
                  ? formatDateTime(v, { seconds: false })
                  : undefined
            }
          />
        }
      >
        <GeneralCard tip={t} />
        <DeadlinesCard tip={t} />
        <ConversationCard tip={t} />
        <NotesCard tip={t} />
        <LinksCard tip={t} />
        <ReporterCard tip={t} />
        <AttachmentsCard
          record={{ path: '/tips', recordType: 'tip', id: t.id }}
          canAdd={t.allowedActions.includes('note')}
        />
      </DetailPage>
      {move && <MoveModal tip={t} move={move} onClose={() => setMove(null)} />}
    </>
  );
}

function GeneralCard({ tip: t }: { tip: Tip }) {
  const { tt } = useTipText();
  const label = (k: string) => tt(k as TipTextKey);
  const place = [t.placeUnknown ? tt('detail.unknownPlace') : t.unit.name, t.address]
    .filter(Boolean)
    .join(' — ');
  return (
    <Card size="small" title={tt('section.general')}>
      <Typography.Paragraph style={{ fontSize: 15 }}>
        <PlainText text={t.content} testId="tip-detail-content" />
      </Typography.Paragraph>
      <Descriptions
        column={WIDE_ONLY}
        size="small"
        items={[
          {
            key: 'receivedAt',
            label: tt('field.receivedAt'),
            children: formatDateTime(t.receivedAt, { seconds: false }),
          },
          { key: 'channel', label: tt('field.channel'), children: label(`channel.${t.channel}`) },
          { key: 'source', label: tt('field.source'), children: label(`source.${t.source}`) },
          { key: 'form', label: tt('field.form'), children: label(`form.${t.form}`) },
          ...(t.externalRef ? [{ key: 'ref', label: tt('field.externalRef'), children: t.externalRef }] : []),
          {
            key: 'receiving',
            label: tt('field.receivingAgency'),
            children: [t.receivingAgency.name, t.receivingOfficer].filter(Boolean).join(' · '),
          },
          {
            key: 'category',
            label: tt('field.category'),
            children: t.category ? label(`category.${t.category}`) : '—',
          },
          { key: 'place', label: tt('field.place'), children: place },
          ...(t.placeRef ? [{ key: 'placeRef', label: tt('field.placeRef'), children: t.placeRef }] : []),
          {
            key: 'occurred',
            label: tt('field.occurredOn'),
            children: [formatDate(t.occurredOn), t.occurredTime].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'agency',
            label: tt('field.agency'),
            children: [t.agency.name, t.officer].filter(Boolean).join(' · '),
          },
          ...(t.outcome
            ? [
                {
                  key: 'outcome',
                  label: tt('field.outcome'),
                  children: [
                    label(`outcome.${t.outcome}`),
                    formatDate(t.outcomeOn),
                    t.decisionNumber,
                    t.transferredTo,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                },
              ]
            : []),
          ...(t.dismissalReason
            ? [
                {
                  key: 'dismissal',
                  label: tt('field.dismissalReason'),
                  children: label(`dismissal.${t.dismissalReason}`),
                },
              ]
            : []),
          {
            key: 'retention',
            label: tt('field.retention'),
            children: `${label(`retention.${t.retention.state}`)}${t.retention.endsOn ? ` (${formatDate(t.retention.endsOn)})` : ''}`,
          },
        ]}
      />
    </Card>
  );
}

function DeadlinesCard({ tip: t }: { tip: Tip }) {
  const { tt } = useTipText();
  const label = (k: string) => tt(k as TipTextKey);
  const d = t.deadlines;
  return (
    <Card size="small" title={tt('section.deadlines')}>
      <Descriptions
        column={WIDE_ONLY}
        size="small"
        items={[
          { key: 'state', label: tt('field.deadline'), children: <DeadlineTag deadlines={d} /> },
          { key: 'due', label: tt('field.dueOn'), children: formatDate(d.dueOn) },
          { key: 'base', label: tt('field.baseDueOn'), children: formatDate(d.baseDueOn) },
          { key: 'vks', label: tt('field.notifyProcuracyBy'), children: formatDate(d.notifyProcuracyBy) },
          ...(d.transferDueAt
            ? [
                {
                  key: 'transfer',
                  label: tt('field.transferDueAt'),
                  children: `${formatDateTime(d.transferDueAt, { seconds: false })}${d.transferState ? ` · ${label(`transferState.${d.transferState}`)}` : ''}${d.transferredAt ? ` · ${tt('field.transferredAt')} ${formatDateTime(d.transferredAt, { seconds: false })}` : ''}`,
                },
              ]
            : []),
          ...d.extensions.map((e, i) => ({
            key: `ext-${i}`,
            label: tt('section.extensions'),
            children: `${label(`extensionKind.${e.kind}`)} · ${e.months} · ${formatDate(e.on)}${e.decisionNumber ? ` · ${e.decisionNumber}` : ''}`,
          })),
          ...d.suspensions.map((s, i) => ({
            key: `sus-${i}`,
            label: tt('section.suspensions'),
            children: `${formatDate(s.on)}${s.resumedOn ? ` – ${formatDate(s.resumedOn)}` : ''} · ${label(`ground.${s.ground}`)}`,
          })),
        ]}
      />
    </Card>
  );
}
