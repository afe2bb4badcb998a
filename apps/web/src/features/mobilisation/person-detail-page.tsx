import {
  type EngagementKind,
  type PrestigeRole,
  type PrestigeStatus,
  prestigiousPersonContract,
  type Religion,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Empty, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useMobilisationText } from './i18n.ts';
import { useEngagements, usePerson } from './mobilisation-api.ts';
import { PersonStatusTag } from './tags.tsx';
import { PersonTransitionModal } from './transition-modals.tsx';

/** The person's engagements, latest first: date, kind, place, content, persons persuaded, result. */
function EngagementsCard({ personId }: { personId: string }) {
  const { mt } = useMobilisationText();
  const engagements = useEngagements(personId);
  return (
    <Card size="small" title={mt('detail.engagementsTitle')} data-testid="engagements">
      {engagements.isPending ? (
        <Skeleton active />
      ) : engagements.isError ? (
        <ErrorAlert error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : engagements.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={mt('detail.noEngagements')} />
      ) : (
        <Flex vertical gap={8}>
          {engagements.data.map((e) => (
            <Card
              key={e.id}
              size="small"
              type="inner"
              data-testid="engagement"
              title={
                <Flex gap={8} wrap align="center">
                  <span style={{ whiteSpace: 'nowrap' }}>{formatDate(e.on)}</span>
                  <Tag style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>{mt(`kind.${e.kind}`)}</Tag>
                </Flex>
              }
            >
              <Flex vertical gap={4} style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text>{e.content}</Typography.Text>
                {e.personsPersuaded ? (
                  <Typography.Text strong>
                    {mt('detail.persuaded', { count: formatNumber(e.personsPersuaded) })}
                  </Typography.Text>
                ) : null}
                {e.result && <Typography.Text>{e.result}</Typography.Text>}
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {e.unit.name} · {e.agency.name}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** `/prestigious-persons/:id`: the person (phone in full: this read is logged), engagements and history. */
export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { mt } = useMobilisationText();
  const navigate = useNavigate();
  const person = usePerson(id);
  const canWrite = usePermission('prestigious_person.write');
  const canEngage = usePermission('prestigious_person.engage');
  const [moving, setMoving] = useState(false);

  if (person.isPending) return <Skeleton active />;
  if (person.isError)
    return isApiError(person.error) && person.error.status === 404 ? (
      <Result
        status="404"
        title={mt('detail.notFound')}
        extra={<Button onClick={() => navigate('/prestigious-persons')}>{mt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
    );
  const p = person.data;
  const none = mt('detail.none');

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return mt(`personStatus.${v as PrestigeStatus}`);
    if (field === 'role' && typeof v === 'string') return mt(`role.${v as PrestigeRole}`);
    if (field === 'religion' && typeof v === 'string') return mt(`religion.${v as Religion}`);
    if (field === 'kind' && typeof v === 'string') return mt(`kind.${v as EngagementKind}`);
    if (field === 'unitId' && v === p.unit.id) return p.unit.name;
    if (field === 'ethnicity' && v && typeof v === 'object' && 'name' in v) return String(v.name);
    if (field === 'unit' && v && typeof v === 'object' && 'name' in v) return String(v.name);
    return undefined;
  };
  const decision = p.decisionNumber
    ? [p.decisionNumber, p.decisionDate ? formatDate(p.decisionDate) : null].filter(Boolean).join(' · ')
    : none;

  return (
    <>
      <DetailPage
        title={p.fullName}
        status={
          <>
            <PersonStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canEngage && p.status === 'active' && (
              <Button type="primary" onClick={() => navigate(`/prestigious-persons/engage?personId=${p.id}`)}>
                {mt('detail.engage')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => setMoving(true)} disabled={p.allowedTransitions.length === 0}>
                {mt('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/prestigious-persons/${p.id}/edit`)}>
                {mt('detail.edit')}
              </Button>
            )}
          </>
        }
        timelineTitle={mt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/prestigious-persons"
            id={p.id}
            value={timelineValue}
            shownField={(f) => f in prestigiousPersonContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={mt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'role',
                label: mt('field.role'),
                children: `${mt(`role.${p.role}`)}${p.religion ? ` (${mt(`religion.${p.religion}`)})` : ''}`,
              },
              ...(p.title ? [{ key: 'title', label: mt('field.title'), children: p.title }] : []),
              {
                key: 'status',
                label: mt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <PersonStatusTag status={p.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {mt('field.statusSince')} {formatDate(p.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'ethnicity', label: mt('field.ethnicity'), children: p.ethnicity?.name ?? none },
              {
                key: 'birthYear',
                label: mt('field.birthYear'),
                children: p.birthYear ? String(p.birthYear) : none,
              },
              { key: 'unit', label: mt('field.unit'), children: p.unit.name },
              { key: 'village', label: mt('field.village'), children: p.village ?? none },
              { key: 'decision', label: mt('field.decision'), children: decision },
              { key: 'phone', label: mt('field.phone'), children: p.phone ?? none },
              {
                key: 'engagements',
                label: mt('field.engagements'),
                children: `${formatNumber(p.engagements)} · ${mt('field.personsPersuaded')}: ${formatNumber(p.personsPersuaded)}`,
              },
              { key: 'agency', label: mt('field.agency'), children: p.agency.name },
              ...(p.notes ? [{ key: 'notes', label: mt('field.notes'), children: p.notes }] : []),
            ]}
          />
        </Card>
        <EngagementsCard personId={p.id} />
      </DetailPage>
      {moving && <PersonTransitionModal person={p} onClose={() => setMoving(false)} />}
    </>
  );
}
