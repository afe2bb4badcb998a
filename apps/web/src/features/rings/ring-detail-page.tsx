import { type Ring, ringContract } from '@pcmt/contracts';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { iso, PastDate } from '../persons/form-bits.tsx';
import { PersonPicker } from '../persons/person-picker.tsx';
import { useRingText } from './i18n.ts';
import { useAddMember, useRemoveMember, useRing } from './rings-api.ts';

type Member = Ring['members'][number];

/**
 * `/rings/:id`: the ring, its current members with their roles (each a link to the person's profile when the
 * reader may read it) and its former members; add and remove members; the audit history beside.
 */
export default function RingDetailPage() {
  const { id = '' } = useParams();
  const { rt } = useRingText();
  const navigate = useNavigate();
  const ring = useRing(id);
  const canWrite = usePermission('person.write');
  const [adding, setAdding] = useState(false);

  if (ring.isPending) return <Skeleton active />;
  if (ring.isError)
    return isApiError(ring.error) && ring.error.status === 404 ? (
      <Result
        status="404"
        title={rt('detail.notFound')}
        extra={<Button onClick={() => navigate('/rings')}>{rt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={ring.error} onRetry={() => void ring.refetch()} />
    );
  const r = ring.data;
  const current = r.members.filter((m) => m.toOn === null);
  const former = r.members.filter((m) => m.toOn !== null);

  return (
    <>
      <DetailPage
        title={r.name}
        status={
          <>
            <Tag>{rt(`kind.${r.kind}`)}</Tag>
            {r.dismantledOn && <Tag>{rt('list.dismantled', { date: formatDate(r.dismantledOn) })}</Tag>}
            {r.isDemo && <DemoTag />}
          </>
        }
        actions={
          canWrite && (
            <>
              <Button type="primary" onClick={() => setAdding(true)}>
                {rt('detail.addMember')}
              </Button>
              <Button onClick={() => navigate(`/rings/${r.id}/edit`)}>{rt('detail.edit')}</Button>
            </>
          )
        }
        timelineTitle={rt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/rings"
            id={r.id}
            value={(field, v) =>
              field === 'kind' && typeof v === 'string' ? rt(`kind.${v as 'group'}`) : undefined
            }
            // Ids are named elsewhere on the page (the commune above, each member in the list).
            shownField={(f) => f in ringContract.fieldLabels && f !== 'unitId' && f !== 'personId'}
          />
        }
      >
        <Card size="small" title={rt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'unit', label: rt('field.unit'), children: r.unit.name },
              { key: 'agency', label: rt('field.agency'), children: r.agency.name },
              { key: 'detected', label: rt('field.detectedOn'), children: formatDate(r.detectedOn) || '—' },
              {
                key: 'dismantled',
                label: rt('field.dismantledOn'),
                children: formatDate(r.dismantledOn) || '—',
              },
              ...(r.description
                ? [{ key: 'desc', label: rt('field.description'), children: r.description }]
                : []),
            ]}
          />
        </Card>
        <Card size="small" title={`${rt('detail.members')} (${current.length})`} data-testid="ring-members">
          <MemberList ring={r} members={current} canWrite={canWrite} empty={rt('detail.noMembers')} />
        </Card>
        {former.length > 0 && (
          <Card size="small" title={rt('detail.former')}>
            <MemberList ring={r} members={former} canWrite={false} empty="" />
          </Card>
        )}
      </DetailPage>
      {adding && <AddMemberModal ring={r} onClose={() => setAdding(false)} />}
    </>
  );
}

function MemberList({
  ring,
  members,
  canWrite,
  empty,
}: {
  ring: Ring;
  members: Member[];
  canWrite: boolean;
  empty: string;
}) {
  const { rt } = useRingText();
  const { modal, message } = App.useApp();
  const remove = useRemoveMember(ring.id);
  if (members.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={10} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {members.map((m) => {
        const name = m.person?.fullName ?? rt('detail.hiddenPerson');
        return (
          <Flex
            key={`${m.personId}-${m.fromOn ?? ''}`}
            component="li"
            gap={8}
            wrap
            align="center"
            justify="space-between"
          >
            <Flex vertical style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {m.person ? (
                <Link to={`/persons/${m.personId}`}>{name}</Link>
              ) : (
                <Typography.Text type="secondary">{name}</Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[
                  m.role && `${rt('detail.role')}: ${m.role}`,
                  m.person?.cccdMasked,
                  (m.fromOn || m.toOn) &&
                    rt('detail.period', {
                      from: formatDate(m.fromOn) || '…',
                      to: m.toOn ? formatDate(m.toOn) : rt('detail.now'),
                    }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
            {canWrite && (
              <Button
                size="small"
                danger
                loading={remove.isPending && remove.variables?.personId === m.personId}
                onClick={() =>
                  modal.confirm({
                    title: rt('detail.removeConfirm', { name }),
                    okText: rt('detail.removeMember'),
                    okButtonProps: { danger: true },
                    cancelText: rt('form.cancel'),
                    onOk: () =>
                      remove.mutate(
                        { personId: m.personId, version: ring.version },
                        { onSuccess: () => void message.success(rt('member.removed')) },
                      ),
                  })
                }
              >
                {rt('detail.removeMember')}
              </Button>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

type MemberValues = { personId: string; role: string; fromOn?: Dayjs | null };

function AddMemberModal({ ring, onClose }: { ring: Ring; onClose: () => void }) {
  const { rt } = useRingText();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const add = useAddMember(ring.id);
  const errors = useServerErrors(form, ['personId', 'role', 'fromOn']);
  const inRing = new Set(ring.members.filter((m) => m.toOn === null).map((m) => m.personId));
  return (
    <Modal
      open
      title={rt('detail.addMember')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={rt('form.save')}
      cancelText={rt('form.cancel')}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form<MemberValues>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          errors.clear();
          add.mutate(
            {
              personId: v.personId,
              role: v.role.trim(),
              ...(v.fromOn ? { fromOn: iso(v.fromOn) ?? undefined } : {}),
              version: ring.version,
            },
            {
              onSuccess: () => {
                void message.success(rt('member.added'));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="personId"
          label={rt('member.person')}
          extra={rt('member.personHint')}
          rules={[{ required: true, message: rt('form.requiredSelect') }]}
        >
          <PersonPicker exclude={inRing} />
        </Form.Item>
        <Form.Item
          name="role"
          label={rt('member.role')}
          rules={[{ required: true, whitespace: true, message: rt('form.required') }]}
        >
          <Input maxLength={100} placeholder={rt('member.rolePlaceholder')} />
        </Form.Item>
        <Form.Item name="fromOn" label={rt('member.fromOn')}>
          <PastDate allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
