import type { Person } from '@pcmt/contracts';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useAcknowledgeTransfer, useHotspotChoices, useLinkHotspot, useUnlinkHotspot } from './links-api.ts';
import { usePersonLinksText } from './links-i18n.ts';

/**
 * The profile's links (issue 9 §6): the hotspots linked to the person (those of the reader's hotspot scope;
 * link and unlink need `hotspot.write` on the hotspot too, which the server checks), and the rings with the
 * person's role, each a link to its page.
 */
export function PersonLinksCards({ person, canWrite }: { person: Person; canWrite: boolean }) {
  return (
    <>
      <HotspotsCard person={person} canWrite={canWrite} />
      <RingsCard person={person} />
    </>
  );
}

function HotspotsCard({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const { lt } = usePersonLinksText();
  const { modal, message } = App.useApp();
  const canLink = usePermission('hotspot.write') && canWrite;
  const [adding, setAdding] = useState(false);
  const unlink = useUnlinkHotspot(person.id);
  const links = person.hotspots ?? [];
  return (
    <Card
      size="small"
      title={lt('hotspots.title')}
      data-testid="person-hotspots"
      extra={
        canLink && (
          <Button size="small" aria-label={lt('hotspots.add')} onClick={() => setAdding(true)}>
            {lt('hotspots.addShort')}
          </Button>
        )
      }
    >
      {unlink.isError && <ErrorAlert error={unlink.error} />}
      {links.length === 0 ? (
        <Typography.Text type="secondary">{lt('hotspots.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {links.map((h) => (
            <Flex key={h.hotspotId} component="li" gap={8} wrap align="center" justify="space-between">
              <Flex vertical style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                <Link to={`/hotspots/${h.hotspotId}`}>{h.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[h.unit.name, h.role, lt('hotspots.since', { date: formatDate(h.linkedOn) })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
              {canLink && (
                <Button
                  size="small"
                  danger
                  loading={unlink.isPending && unlink.variables?.hotspotId === h.hotspotId}
                  onClick={() =>
                    modal.confirm({
                      title: lt('hotspots.removeConfirm', { name: h.name }),
                      okText: lt('hotspots.remove'),
                      okButtonProps: { danger: true },
                      cancelText: lt('cancel'),
                      onOk: () =>
                        unlink.mutate(
                          { hotspotId: h.hotspotId, version: person.version },
                          { onSuccess: () => void message.success(lt('hotspots.unlinked')) },
                        ),
                    })
                  }
                >
                  {lt('hotspots.remove')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {adding && <LinkHotspotModal person={person} onClose={() => setAdding(false)} />}
    </Card>
  );
}

type LinkValues = { hotspotId: string; role?: string };

function LinkHotspotModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { lt } = usePersonLinksText();
  const { message } = App.useApp();
  const [form] = Form.useForm<LinkValues>();
  const [q, setQ] = useState('');
  const choices = useHotspotChoices(q, true);
  const link = useLinkHotspot(person.id);
  const errors = useServerErrors(form, ['hotspotId', 'role']);
  const linked = new Set((person.hotspots ?? []).map((h) => h.hotspotId));
  const options = (choices.data?.data ?? [])
    .filter((h) => !linked.has(h.id))
    .map((h) => ({ value: h.id, label: `${h.name} — ${h.unit.name}` }));
  return (
    <Modal
      open
      title={lt('hotspots.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={lt('save')}
      cancelText={lt('cancel')}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form<LinkValues>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          errors.clear();
          link.mutate(
            { hotspotId: v.hotspotId, role: v.role?.trim() || null, version: person.version },
            {
              onSuccess: () => {
                void message.success(lt('hotspots.linked'));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="hotspotId"
          label={lt('hotspots.picker')}
          extra={lt('hotspots.pickerHint')}
          rules={[{ required: true, message: lt('hotspots.pickerHint') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            options={options}
            loading={choices.isFetching}
            notFoundContent={choices.isFetching ? '…' : undefined}
          />
        </Form.Item>
        <Form.Item name="role" label={lt('hotspots.role')}>
          <Input maxLength={100} placeholder={lt('hotspots.rolePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RingsCard({ person }: { person: Person }) {
  const { lt } = usePersonLinksText();
  const rings = person.rings ?? [];
  return (
    <Card size="small" title={lt('rings.title')} data-testid="person-rings">
      {rings.length === 0 ? (
        <Typography.Text type="secondary">{lt('rings.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {rings.map((r) => (
            <Flex
              key={`${r.ringId}-${r.fromOn ?? ''}`}
              component="li"
              vertical
              style={{ overflowWrap: 'anywhere' }}
            >
              <Flex gap={6} wrap align="center">
                <Link to={`/rings/${r.ringId}`}>{r.name}</Link>
                {r.toOn && (
                  <Tag style={{ marginInlineEnd: 0 }}>{lt('rings.left', { date: formatDate(r.toOn) })}</Tag>
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[
                  r.role && lt('rings.role', { role: r.role }),
                  r.fromOn && lt('rings.since', { date: formatDate(r.fromOn) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/**
 * A record handed over to this commune and not yet acknowledged: who sent it, when it is due (24 hours under
 * the rule set of the move date), overdue in red; the receiving side (`person.write` here) acknowledges it.
 */
export function PendingTransferAlert({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const { lt } = usePersonLinksText();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const ack = useAcknowledgeTransfer(person);
  const t = person.pendingTransfer;
  if (!t) return null;
  return (
    <>
      <Alert
        type={t.overdue ? 'error' : 'warning'}
        showIcon
        data-testid="pending-transfer"
        title={
          <Flex gap={8} wrap align="center">
            <strong>{lt('transfer.pendingTitle')}</strong>
            {t.overdue && <Tag color="red">{lt('transfer.overdue')}</Tag>}
          </Flex>
        }
        description={
          <Flex vertical gap={4} style={{ overflowWrap: 'anywhere' }}>
            <span>
              {lt('transfer.pendingText', {
                from: t.fromUnit.name,
                fromAgency: t.fromAgency.name,
                moved: formatDate(t.movedOn),
                due: formatDateTime(t.dueAt, { seconds: false }),
                hours: t.noticeHours,
              })}
            </span>
            {t.note && (
              <Typography.Text type="secondary">{lt('transfer.note', { note: t.note })}</Typography.Text>
            )}
            {canWrite && (
              <span>
                <Button type="primary" size="small" onClick={() => setOpen(true)}>
                  {lt('transfer.acknowledge')}
                </Button>
              </span>
            )}
          </Flex>
        }
      />
      {open && (
        <Modal
          open
          title={lt('transfer.acknowledgeTitle')}
          onCancel={() => setOpen(false)}
          okText={lt('transfer.acknowledge')}
          cancelText={lt('cancel')}
          confirmLoading={ack.isPending}
          onOk={() =>
            ack.mutate(
              { note: note.trim() || null, version: t.version },
              {
                onSuccess: () => {
                  void message.success(lt('transfer.acknowledged'));
                  setOpen(false);
                },
              },
            )
          }
          destroyOnHidden
        >
          {ack.isError && <ErrorAlert error={ack.error} />}
          <Form layout="vertical">
            <Form.Item label={lt('transfer.acknowledgeNote')}>
              <Input.TextArea
                maxLength={1000}
                autoSize={{ minRows: 2, maxRows: 5 }}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
