import {
  type BorderPatrol,
  type BorderPatrolResult,
  type BorderPatrolStatus,
  borderPatrolContract,
  borderPatrolTransition,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, List, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import {
  type TransitionBody,
  TransitionDialog,
  type TransitionDialogProps,
} from '../../kit/transition-dialog.tsx';
import { History } from '../cases/history.tsx';
import { useCaseText } from '../cases/i18n.ts';
import { RecordState } from '../cases/record-state.tsx';
import { formatQuantity } from '../cases/tags.tsx';
import { usePatrol, useTransitionPatrol } from './border-api.ts';
import { useBorderText } from './i18n.ts';
import { periodText } from './patrols-page.tsx';
import { PartnerTags, PatrolStatusTag, patrolStatusColor } from './tags.tsx';

/** The totals per drug type and unit family as the server computed them: one line each, never added up. */
function Totals({ p }: { p: BorderPatrol }) {
  const { xt } = useBorderText();
  const { ct } = useCaseText();
  if (p.seizureTotals.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="seizure-totals">
      <Typography.Text strong>{xt('detail.totals')}</Typography.Text>
      <List
        size="small"
        bordered
        dataSource={p.seizureTotals}
        renderItem={(t) => (
          <List.Item data-drug={t.drugType} data-family={t.family}>
            <Flex justify="space-between" gap={12} wrap style={{ width: '100%' }}>
              <span>{ct(`drug.${t.drugType}`)}</span>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {formatQuantity(t.quantity, t.unit)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {xt('detail.totalsHint')}
      </Typography.Text>
    </Flex>
  );
}

/** One result report: its date, counts, seizures and note. */
function ResultItem({ r }: { r: BorderPatrolResult }) {
  const { xt } = useBorderText();
  const { ct } = useCaseText();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid="patrol-result">
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong>{formatDate(r.on)}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {r.agency.name}
        </Typography.Text>
      </Flex>
      <span>{xt('detail.resultLine', { arrests: r.arrests, tips: r.tipsPassed })}</span>
      {r.seizures.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {r.seizures.map((s) => (
            <li key={s.id}>
              {ct(`drug.${s.drugType}`)}: <strong>{formatQuantity(s.quantity, s.measure)}</strong>
              {s.note ? ` — ${s.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {r.note && <Typography.Text>{r.note}</Typography.Text>}
    </Flex>
  );
}

function PatrolRecord({ p }: { p: BorderPatrol }) {
  const { xt } = useBorderText();
  const navigate = useNavigate();
  const canWrite = usePermission('border_patrol.write');
  const canMove = usePermission('border_patrol.transition');
  const move = useTransitionPatrol(p.id);
  const [moving, setMoving] = useState(false);
  const open = p.status === 'in_progress' || p.status === 'completed';

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return xt(`status.${v as BorderPatrolStatus}`);
    if (field === 'unitId' && v === p.unit.id) return p.unit.name;
    if (field === 'kind' && typeof v === 'string') return xt(`kind.${v as BorderPatrol['kind']}`);
    if (field === 'jointWith' && Array.isArray(v))
      return (v as BorderPatrol['jointWith']).map((x) => xt(`partner.${x}`)).join(', ');
    if (field === 'seizures' && Array.isArray(v)) return formatNumber(v.length);
    return undefined;
  };

  return (
    <>
      <DetailPage
        title={p.route}
        status={
          <>
            <PatrolStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canWrite && open && (
              <Button type="primary" onClick={() => navigate(`/border-patrols/${p.id}/result`)}>
                {xt('detail.addResult')}
              </Button>
            )}
            {canMove && (
              <Button onClick={() => setMoving(true)} disabled={p.allowedTransitions.length === 0}>
                {xt('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/border-patrols/${p.id}/edit`)}>{xt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={xt('detail.timeline')}
        timeline={
          <History
            path="/border-patrols"
            id={p.id}
            value={timelineValue}
            shownField={(f) => f in borderPatrolContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={xt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'kind', label: xt('field.kind'), children: xt(`kind.${p.kind}`) },
              { key: 'station', label: xt('field.station'), children: p.station },
              { key: 'unit', label: xt('field.unit'), children: p.unit.name },
              {
                key: 'gate',
                label: xt('field.gate'),
                children: p.gate ? `${p.gate.name} (${xt(`gateKind.${p.gate.kind}`)})` : xt('detail.none'),
              },
              { key: 'period', label: xt('field.period'), children: periodText(p) },
              {
                key: 'status',
                label: xt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <PatrolStatusTag status={p.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {xt('field.statusSince')} {formatDate(p.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'officers', label: xt('field.officers'), children: formatNumber(p.officers) },
              {
                key: 'forces',
                label: xt('field.forces'),
                children: p.forces.length ? p.forces.join('; ') : xt('detail.none'),
              },
              {
                key: 'joint',
                label: xt('field.jointWith'),
                children: p.jointWith.length ? <PartnerTags partners={p.jointWith} /> : xt('detail.notJoint'),
              },
              ...(p.counterpart
                ? [{ key: 'counterpart', label: xt('field.counterpart'), children: p.counterpart }]
                : []),
              { key: 'agency', label: xt('field.agency'), children: p.agency.name },
              ...(p.plan
                ? [{ key: 'plan', label: xt('field.plan'), children: p.plan, span: 'filled' as const }]
                : []),
            ]}
          />
        </Card>
        <Card size="small" title={xt('detail.results')} data-testid="patrol-results">
          <Flex vertical gap={12}>
            <Flex gap={16} wrap>
              <Typography.Text>
                {xt('field.arrests')}: <strong data-testid="patrol-arrests">{formatNumber(p.arrests)}</strong>
              </Typography.Text>
              <Typography.Text>
                {xt('field.tipsPassed')}: <strong>{formatNumber(p.tipsPassed)}</strong>
              </Typography.Text>
            </Flex>
            <Totals p={p} />
            {p.results.length === 0 ? (
              <Typography.Text type="secondary">{xt('detail.noResults')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={[...p.results].reverse()}
                renderItem={(r) => (
                  <List.Item>
                    <ResultItem r={r} />
                  </List.Item>
                )}
              />
            )}
            {canWrite && open && (
              <Link to={`/border-patrols/${p.id}/result`}>
                <Button block>{xt('detail.addResult')}</Button>
              </Link>
            )}
          </Flex>
        </Card>
      </DetailPage>
      {moving && (
        <TransitionDialog
          title={xt('detail.transitionTitle')}
          current={<PatrolStatusTag status={p.status} />}
          allowed={p.allowedTransitions}
          version={p.version}
          statusLabel={(s) => xt(`status.${s}`)}
          statusColor={patrolStatusColor}
          // The kit's dialog always sends a reason: asked for every move here (the server needs it to cancel).
          reasonSchema={borderPatrolTransition.shape.reason.unwrap().unwrap()}
          // The contract's reason is optional (needed only to cancel); the dialog always sends one.
          mutation={
            move as unknown as TransitionDialogProps<
              BorderPatrolStatus,
              TransitionBody<BorderPatrolStatus>
            >['mutation']
          }
          onClose={() => setMoving(false)}
        />
      )}
    </>
  );
}

/** `/border-patrols/:id`: the patrol, its results with unit-safe seizure totals, and its history. */
export default function PatrolDetailPage() {
  const { id = '' } = useParams();
  const record = usePatrol(id);
  return (
    <RecordState query={record} back="/border-patrols">
      {(p) => <PatrolRecord p={p} />}
    </RecordState>
  );
}
