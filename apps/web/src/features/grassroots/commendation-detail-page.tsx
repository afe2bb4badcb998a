import {
  type Commendation,
  type CommendationForm,
  type CommendationLevel,
  type CommendationStatus,
  type CommendationTransition,
  commendationContract,
  commendationTransition,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Form, Input } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useCommendation, useTransitionCommendation } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { RecordState } from './record-state.tsx';
import { CommendationStatusTag, commendationStatusColor } from './tags.tsx';

/** Where another register's record opens in the web (the achievement link). */
export const recordPath: Record<string, string> = {
  case: '/cases',
  project: '/projects',
  campaign: '/campaigns',
  hotspot: '/hotspots',
  business: '/businesses',
};
const decided = commendationTransition.options[0].shape;

/** The decision (number, issuer; the dialog's date is the decision date), a rejection or a new proposal. */
function DecideDialog({ c, onClose }: { c: Commendation; onClose: () => void }) {
  const { gt } = useGrassrootsText();
  const move = useTransitionCommendation(c.id);
  const required = [{ required: true, message: gt('common.required') }];
  return (
    <TransitionDialog<CommendationStatus, CommendationTransition & { on: string; reason: string }>
      title={gt('commendations.transitionTitle')}
      current={<CommendationStatusTag status={c.status} />}
      allowed={c.allowedTransitions}
      version={c.version}
      statusLabel={(s) => gt(`commendationStatus.${s}`)}
      statusColor={commendationStatusColor}
      reasonSchema={decided.reason}
      notice={gt('commendations.decisionNotice')}
      extra={{
        names: ['decisionNumber', 'decisionIssuer'],
        fields: (to) =>
          to === 'decided' && (
            <>
              <Form.Item name="decisionNumber" label={gt('field.decisionNumber')} rules={required}>
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
              <Form.Item name="decisionIssuer" label={gt('field.decisionIssuer')} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </>
          ),
        body: (v) =>
          v.to === 'decided'
            ? {
                decisionNumber: String(v.decisionNumber ?? '').trim(),
                decisionIssuer: String(v.decisionIssuer ?? '').trim(),
              }
            : {},
      }}
      mutation={move}
      onClose={onClose}
    />
  );
}

/** `/commendations/:id`: the recipient, level and form, the decision, the achievement, and the history. */
export default function CommendationDetailPage() {
  const { id = '' } = useParams();
  const query = useCommendation(id);
  return <RecordState query={query} back="/commendations" render={(c) => <Record c={c} />} />;
}

function Record({ c }: { c: Commendation }) {
  const { gt } = useGrassrootsText();
  const navigate = useNavigate();
  const canWrite = usePermission('commendation.write');
  const canDecide = usePermission('commendation.decide');
  const [moving, setMoving] = useState(false);
  const none = gt('common.none');
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return gt(`commendationStatus.${v as CommendationStatus}`);
    if (field === 'level' && typeof v === 'string') return gt(`level.${v as CommendationLevel}`);
    if (field === 'form' && typeof v === 'string') return gt(`form.${v as CommendationForm}`);
    if (field === 'recipientKind' && (v === 'collective' || v === 'individual'))
      return gt(`recipientKind.${v}`);
    if (field === 'unitId' && v === c.unit.id) return c.unit.name;
    if (field === 'unit' && v && typeof v === 'object' && 'name' in v) return String(v.name);
    if (field === 'achievement' && v && typeof v === 'object' && 'recordType' in v)
      return gt(`achievementType.${String(v.recordType) as 'case'}`);
    return undefined;
  };
  const a = c.achievement;
  return (
    <>
      <DetailPage
        title={c.recipient}
        status={
          <>
            <CommendationStatusTag status={c.status} />
            {c.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canDecide && c.allowedTransitions.length > 0 && (
              <Button type="primary" onClick={() => setMoving(true)}>
                {gt('common.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/commendations/${c.id}/edit`)}>{gt('common.edit')}</Button>
            )}
          </>
        }
        timelineTitle={gt('common.timeline')}
        timeline={
          <TimelineSlot
            path="/commendations"
            id={c.id}
            value={timelineValue}
            shownField={(f) => f in commendationContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={gt('common.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'kind',
                label: gt('field.recipientKind'),
                children: gt(`recipientKind.${c.recipientKind}`),
              },
              ...(c.recipientKind === 'individual'
                ? [
                    { key: 'position', label: gt('field.position'), children: c.position ?? none },
                    {
                      key: 'agency',
                      label: gt('field.recipientAgency'),
                      children: c.recipientAgency ?? none,
                    },
                  ]
                : []),
              { key: 'level', label: gt('field.level'), children: gt(`level.${c.level}`) },
              { key: 'form', label: gt('field.form'), children: gt(`form.${c.form}`) },
              { key: 'unit', label: gt('field.unit'), children: c.unit.name },
              { key: 'proposedOn', label: gt('field.proposedOn'), children: formatDate(c.proposedOn) },
              {
                key: 'status',
                label: gt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <CommendationStatusTag status={c.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {gt('field.statusSince')} {formatDate(c.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              {
                key: 'decision',
                label: gt('field.decision'),
                children: c.decisionNumber
                  ? `${c.decisionNumber} · ${formatDate(c.decisionDate)} · ${c.decisionIssuer ?? ''}`
                  : none,
              },
              {
                key: 'amount',
                label: gt('field.amountVnd'),
                children:
                  c.amountVnd !== null ? gt('common.vnd', { value: formatNumber(c.amountVnd) }) : none,
              },
              {
                key: 'achievement',
                label: gt('field.achievement'),
                children: a ? (
                  <Link to={`${recordPath[a.recordType] ?? ''}/${a.id}`}>
                    {gt(`achievementType.${a.recordType as 'case'}`)}
                  </Link>
                ) : (
                  none
                ),
              },
              { key: 'recorder', label: gt('common.agency'), children: c.agency.name },
            ]}
          />
        </Card>
        <Card size="small" title={gt('field.reason')}>
          <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.reason}</div>
          {c.note && (
            <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 8, color: '#595959' }}>
              {c.note}
            </div>
          )}
        </Card>
      </DetailPage>
      {moving && <DecideDialog c={c} onClose={() => setMoving(false)} />}
    </>
  );
}
