import {
  type Business,
  type BusinessLine,
  type BusinessStatus,
  businessContract,
  type HotspotStatus,
  type InspectionOutcome,
  type SanctionKind,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { CitedDocuments } from '../../kit/cited-documents/cited-documents.tsx';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { StatusTag as HotspotStatusTag } from '../hotspots/status-colors.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useBusiness } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { InspectionsCard } from './inspections-card.tsx';
import { riskReason, ruleVarsOf } from './risk.ts';
import { BusinessStatusTag, formatVnd, RiskTag } from './tags.tsx';
import { TransitionModal } from './transition-modal.tsx';

// Bookkeeping an inspection's audit row carries besides what the officer entered.
const HIDDEN_FIELDS = new Set(['checklist', 'unitOn']);

/** The risk level in words (why high or medium), and the follow-up the latest inspection left. */
function RiskCard({ b }: { b: Business }) {
  const { bt } = useBusinessText();
  const reason = riskReason(b);
  return (
    <Card size="small" title={bt('detail.riskTitle')} data-testid="business-risk">
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center">
          <Typography.Text>{bt('field.risk')}:</Typography.Text>
          <RiskTag risk={b.risk} />
        </Flex>
        <Typography.Text data-testid="risk-reason">{bt(reason.key, reason.vars)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {bt('riskWhy.rule', ruleVarsOf(b))}
        </Typography.Text>
        <div data-testid="follow-up">
          {b.followUpOn ? (
            b.followUpDue ? (
              <Tag color="red" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                {bt('detail.followUpDue')}: {formatDate(b.followUpOn)}
              </Tag>
            ) : (
              <Typography.Text strong>
                {bt('detail.followUpPlanned', { date: formatDate(b.followUpOn) })}
              </Typography.Text>
            )
          ) : (
            <Typography.Text type="secondary">{bt('detail.noFollowUp')}</Typography.Text>
          )}
        </div>
      </Flex>
    </Card>
  );
}

/** `/businesses/:id`: the premises, its risk and why, its inspections, linked hotspots, and its history. */
export default function BusinessDetailPage() {
  const { id = '' } = useParams();
  const { bt } = useBusinessText();
  const navigate = useNavigate();
  const business = useBusiness(id);
  const canWrite = usePermission('business.write');
  const canMove = usePermission('business.transition');
  const canInspect = usePermission('business.inspect');
  const canSeeHotspots = usePermission('hotspot.read');
  const [moving, setMoving] = useState(false);

  if (business.isPending) return <Skeleton active />;
  if (business.isError)
    return isApiError(business.error) && business.error.status === 404 ? (
      <Result
        status="404"
        title={bt('detail.notFound')}
        extra={<Button onClick={() => navigate('/businesses')}>{bt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={business.error} onRetry={() => void business.refetch()} />
    );
  const b = business.data;
  const none = bt('detail.none');

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return bt(`status.${v as BusinessStatus}`);
    if (field === 'line' && typeof v === 'string') return bt(`line.${v as BusinessLine}`);
    if (field === 'outcome' && typeof v === 'string') return bt(`outcome.${v as InspectionOutcome}`);
    if (field === 'unitId' && v === b.unit.id) return b.unit.name;
    if (field === 'hotspotIds' && Array.isArray(v))
      return v.map((h) => b.hotspots.find((x) => x.id === h)?.name ?? '…').join('; ');
    if (field === 'sanctions' && Array.isArray(v))
      return (v as { kind: SanctionKind; amountVnd?: number }[])
        .map((s) =>
          s.amountVnd ? `${bt(`sanction.${s.kind}`)} ${formatVnd(s.amountVnd)}` : bt(`sanction.${s.kind}`),
        )
        .join('; ');
    return undefined;
  };

  const certificate = b.certificateNumber
    ? [b.certificateNumber, b.certificateDate ? formatDate(b.certificateDate) : null, b.certificateIssuer]
        .filter(Boolean)
        .join(' · ')
    : none;

  return (
    <>
      <DetailPage
        title={b.name}
        status={
          <>
            <BusinessStatusTag status={b.status} />
            <RiskTag risk={b.risk} />
            {b.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canInspect && (
              <Button type="primary" onClick={() => navigate(`/businesses/${b.id}/inspect`)}>
                {bt('detail.inspect')}
              </Button>
            )}
            {canMove && (
              <Button onClick={() => setMoving(true)} disabled={b.allowedTransitions.length === 0}>
                {bt('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/businesses/${b.id}/edit`)}>{bt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={bt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/businesses"
            id={b.id}
            value={timelineValue}
            shownField={(f) => f in businessContract.fieldLabels && !HIDDEN_FIELDS.has(f)}
          />
        }
      >
        <RiskCard b={b} />
        <Card size="small" title={bt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'line', label: bt('field.line'), children: bt(`line.${b.line}`) },
              {
                key: 'status',
                label: bt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <BusinessStatusTag status={b.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {bt('field.statusSince')} {formatDate(b.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'owner', label: bt('field.ownerName'), children: b.ownerName ?? none },
              { key: 'manager', label: bt('field.managerName'), children: b.managerName ?? none },
              { key: 'address', label: bt('field.address'), children: b.address },
              { key: 'unit', label: bt('field.unit'), children: b.unit.name },
              { key: 'certificate', label: bt('field.certificate'), children: certificate },
              {
                key: 'inspections',
                label: bt('field.inspections'),
                children: `${formatNumber(b.inspections)}${b.lastInspectedOn ? ` · ${bt('field.lastInspectedOn')} ${formatDate(b.lastInspectedOn)}` : ''}`,
              },
              { key: 'agency', label: bt('field.agency'), children: b.agency.name },
              ...(b.notes ? [{ key: 'notes', label: bt('field.notes'), children: b.notes }] : []),
            ]}
          />
        </Card>
        <InspectionsCard businessId={b.id} />
        <Card size="small" title={bt('detail.hotspotsTitle')} data-testid="business-hotspots">
          {b.hotspots.length === 0 && b.hotspotIds.length === 0 ? (
            <Typography.Text type="secondary">{bt('detail.noHotspots')}</Typography.Text>
          ) : (
            <Flex vertical gap={6}>
              {b.hotspots.map((h) => (
                <Flex key={h.id} gap={8} wrap align="center">
                  {canSeeHotspots ? <Link to={`/hotspots/${h.id}`}>{h.name}</Link> : <span>{h.name}</span>}
                  <HotspotStatusTag status={h.status as HotspotStatus} />
                </Flex>
              ))}
              {b.hotspotIds.length > b.hotspots.length && (
                <Typography.Text type="secondary">
                  {bt('detail.hiddenHotspots', {
                    count: formatNumber(b.hotspotIds.length - b.hotspots.length),
                  })}
                </Typography.Text>
              )}
            </Flex>
          )}
        </Card>
        <CitedDocuments recordType="business" recordId={b.id} />
      </DetailPage>
      {moving && <TransitionModal business={b} onClose={() => setMoving(false)} />}
    </>
  );
}
