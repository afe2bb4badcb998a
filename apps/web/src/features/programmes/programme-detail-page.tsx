import { type ProgrammeStatus, programmeContract } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { AttachmentsCard } from '../key-areas/records/attachments-card.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { EvaluationCard } from './evaluation-card.tsx';
import { useProgrammeText } from './i18n.ts';
import { PlanCard } from './plan-card.tsx';
import { IndicatorsCard, MembersCard, RelapseCard, ReportsCard } from './programme-sections.tsx';
import { useProgramme } from './programmes-api.ts';
import { ProgrammeStatusTag } from './status-tag.tsx';
import { EVALUATION_OUTCOMES, ProgrammeTransitionModal } from './transition-modal.tsx';

// Bookkeeping and snapshots the timeline would print as JSON: their own cards show them.
const HIDDEN_FIELDS = new Set([
  'unitId',
  'agencyId',
  'keyAreaId',
  'previousProgrammeId',
  'baseline',
  'atSuccess',
  'criteria',
  'members',
  'figures',
  'tasks',
]);

/**
 * `/programmes/:id`: a commune's transformation programme — its status and allowed moves, decision and period,
 * baseline, committee, monthly reports, plan tasks, evaluation checklist with evidence, files and history.
 */
export default function ProgrammeDetailPage() {
  const { id = '' } = useParams();
  const { pt } = useProgrammeText();
  const navigate = useNavigate();
  const programme = useProgramme(id);
  const canWrite = usePermission('programme.write');
  const [moving, setMoving] = useState(false);

  if (programme.isPending) return <Skeleton active />;
  if (programme.isError)
    return isApiError(programme.error) && programme.error.status === 404 ? (
      <Result
        status="404"
        title={pt('detail.notFound')}
        extra={<Button onClick={() => navigate('/programmes')}>{pt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />
    );
  const p = programme.data;
  const moves = p.allowedTransitions.filter((s) => !EVALUATION_OUTCOMES.includes(s));

  return (
    <>
      <DetailPage
        title={p.name}
        status={
          <>
            <ProgrammeStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          canWrite &&
          moves.length > 0 && (
            <Button type="primary" onClick={() => setMoving(true)}>
              {pt('detail.transition')}
            </Button>
          )
        }
        timelineTitle={pt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/programmes"
            id={p.id}
            shownField={(f) => f in programmeContract.fieldLabels && !HIDDEN_FIELDS.has(f)}
            value={(field, v) =>
              (field === 'status' || field === 'from' || field === 'to') && typeof v === 'string'
                ? pt(`status.${v as ProgrammeStatus}`)
                : field === 'passed' && typeof v === 'boolean'
                  ? v
                    ? pt('detail.passed')
                    : pt('detail.notPassed')
                  : undefined
            }
          />
        }
      >
        <Card size="small" title={pt('detail.general')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              {
                key: 'unit',
                label: pt('field.commune'),
                children: <Link to={`/communes/${p.unit.id}`}>{p.unit.name}</Link>,
              },
              {
                key: 'keyArea',
                label: pt('field.keyArea'),
                children: p.keyAreaId ? (
                  <Link to={`/key-areas/${p.keyAreaId}`}>{pt('detail.openKeyArea')}</Link>
                ) : (
                  '—'
                ),
              },
              { key: 'agency', label: pt('field.agency'), children: p.agency.name },
              {
                key: 'period',
                label: pt('field.period'),
                children: `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}`,
              },
              { key: 'decision', label: pt('field.decisionNumber'), children: p.decisionNumber ?? '—' },
              {
                key: 'decisionDate',
                label: pt('field.decisionDate'),
                children: formatDate(p.decisionDate) || '—',
              },
              { key: 'issuer', label: pt('field.decisionIssuer'), children: p.decisionIssuer ?? '—' },
              { key: 'since', label: pt('field.statusSince'), children: formatDate(p.statusSince) },
              ...(p.watchUntil
                ? [{ key: 'watch', label: pt('field.watchUntil'), children: formatDate(p.watchUntil) }]
                : []),
              ...(p.previousProgrammeId
                ? [
                    {
                      key: 'previous',
                      label: pt('field.previous'),
                      children: (
                        <Link to={`/programmes/${p.previousProgrammeId}`}>{pt('field.previous')}</Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {p.objectives && (
            <Flex vertical gap={2} style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{pt('field.objectives')}</Typography.Text>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {p.objectives}
              </Typography.Paragraph>
            </Flex>
          )}
        </Card>
        {p.relapseReasons && p.relapseReasons.length > 0 && <RelapseCard reasons={p.relapseReasons} />}
        <PlanCard programme={p} />
        <EvaluationCard programme={p} />
        <ReportsCard programme={p} />
        <IndicatorsCard title={pt('detail.baseline')} snapshot={p.baseline} />
        {p.atSuccess && <IndicatorsCard title={pt('detail.atSuccess')} snapshot={p.atSuccess} />}
        <MembersCard programme={p} />
        <AttachmentsCard
          record={{ path: '/programmes', recordType: 'programme', id: p.id }}
          canAdd={canWrite}
          title={pt('detail.files')}
        />
      </DetailPage>
      {moving && <ProgrammeTransitionModal programme={p} onClose={() => setMoving(false)} />}
    </>
  );
}
