import { type Tip, type TipLinkKind, tipLinkKinds } from '@pcmt/contracts';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { type TipTextKey, useTipText } from './i18n.ts';
import { LinkRemoveButton } from './link-remove-button.tsx';
import { LinkTargetSelect } from './link-target-select.tsx';
import { ReporterFileButton } from './reporter-file-button.tsx';
import { useAddLink, useAddNote, useReply, useTipMessages, useTipNotes } from './tips-api.ts';

/** Text as written (may hold `<script>`…): React escapes it; line breaks are kept. */
export const PlainText = ({ text, testId }: { text: string; testId?: string }) => (
  <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
    {text}
  </div>
);

/** The anonymous conversation: the reporter's messages and the officers' replies, and the reply box. */
export function ConversationCard({ tip }: { tip: Tip }) {
  const { tt } = useTipText();
  const { message } = App.useApp();
  const messages = useTipMessages(tip.id);
  const reply = useReply(tip.id);
  const [form] = Form.useForm<{ text: string }>();
  const errors = useServerErrors(form, ['text']);
  const canReply = tip.allowedActions.includes('reply');
  return (
    <Card size="small" title={tt('section.conversation')} data-testid="tip-conversation">
      <Flex vertical gap={12}>
        {messages.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : messages.isError ? (
          <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
        ) : messages.data.length === 0 ? (
          <Typography.Text type="secondary">{tt('detail.noMessages')}</Typography.Text>
        ) : (
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {messages.data.map((m) => (
              <li
                key={m.id}
                style={{
                  margin: m.from === 'officer' ? '0 0 8px 24px' : '0 24px 8px 0',
                  padding: '6px 10px',
                  borderRadius: 8,
                  background: m.from === 'officer' ? '#e6eef9' : '#fffbe6',
                  border: `1px solid ${m.from === 'officer' ? '#c4d6f0' : '#ffe58f'}`,
                }}
              >
                <Typography.Text strong style={{ fontSize: 12 }}>
                  {m.from === 'officer'
                    ? `${tt('detail.fromOfficer')}${m.author ? ` (${m.author})` : ''}`
                    : tt('detail.fromReporter')}{' '}
                  · {formatDateTime(m.at, { seconds: false })}
                </Typography.Text>
                <PlainText text={m.text} />
              </li>
            ))}
          </ol>
        )}
        {canReply && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => {
              errors.clear();
              reply.mutate(v.text.trim(), {
                onSuccess: () => {
                  form.resetFields();
                  void messages.refetch();
                  void message.success(tt('action.saved'));
                },
                onError: errors.onError,
              });
            }}
          >
            <Form.Item
              name="text"
              label={tt('action.reply')}
              extra={tt('detail.replyHint')}
              rules={[{ required: true, whitespace: true, message: tt('create.required') }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={4000}
                placeholder={tt('detail.replyPlaceholder')}
              />
            </Form.Item>
            {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
            <Button type="primary" htmlType="submit" loading={reply.isPending}>
              {tt('action.send')}
            </Button>
          </Form>
        )}
        {canReply && <ReporterFileButton tipId={tip.id} />}
      </Flex>
    </Card>
  );
}

/** Verification notes (kiểm tra, xác minh), newest last, and the box to add one. */
export function NotesCard({ tip }: { tip: Tip }) {
  const { tt } = useTipText();
  const notes = useTipNotes(tip.id);
  const add = useAddNote(tip.id);
  const [form] = Form.useForm<{ text: string }>();
  const errors = useServerErrors(form, ['text']);
  return (
    <Card size="small" title={tt('section.notes')}>
      <Flex vertical gap={12}>
        {notes.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : notes.isError ? (
          <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />
        ) : notes.data.length === 0 ? (
          <Typography.Text type="secondary">{tt('detail.noNotes')}</Typography.Text>
        ) : (
          notes.data.map((n) => (
            <Flex key={n.id} vertical gap={2}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(n.createdAt, { seconds: false })} · {n.author}
              </Typography.Text>
              <PlainText text={n.text} />
            </Flex>
          ))
        )}
        {tip.allowedActions.includes('note') && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => {
              errors.clear();
              add.mutate(v.text.trim(), { onSuccess: () => form.resetFields(), onError: errors.onError });
            }}
          >
            <Form.Item
              name="text"
              label={tt('action.note')}
              rules={[{ required: true, whitespace: true, message: tt('create.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={8000} />
            </Form.Item>
            {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
            <Button htmlType="submit" loading={add.isPending}>
              {tt('action.note')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}

const LINK_PATH: Record<TipLinkKind, string> = {
  hotspot: '/hotspots',
  person: '/persons',
  business: '/businesses',
  case: '/cases',
};

/** Records the tip is about (hotspots, persons): named when the reader may see them. */
export function LinksCard({ tip }: { tip: Tip }) {
  const { tt } = useTipText();
  const add = useAddLink(tip.id);
  const [form] = Form.useForm<{ kind: TipLinkKind; targetId: string; note?: string }>();
  const errors = useServerErrors(form, ['kind', 'targetId', 'note']);
  const kind = Form.useWatch('kind', form);
  return (
    <Card size="small" title={tt('section.links')}>
      <Flex vertical gap={12}>
        {tip.links.length === 0 ? (
          <Empty description={tt('detail.noLinks')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {tip.links.map((l) => (
              <li key={l.id}>
                {tt(`linkKind.${l.kind}` as TipTextKey)}:{' '}
                <Link to={`${LINK_PATH[l.kind]}/${l.targetId}`}>{l.label ?? l.targetId}</Link>
                {l.note ? ` — ${l.note}` : ''}
                {tip.allowedActions.includes('link') && <LinkRemoveButton tipId={tip.id} link={l} />}
              </li>
            ))}
          </ul>
        )}
        {tip.allowedActions.includes('link') && (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ kind: 'hotspot' }}
            onFinish={(v) => {
              errors.clear();
              add.mutate(
                { kind: v.kind, targetId: v.targetId, note: v.note?.trim() || null },
                { onSuccess: () => form.resetFields(), onError: errors.onError },
              );
            }}
          >
            <Flex gap={8} wrap>
              <Form.Item name="kind" label={tt('field.kind')} style={{ flex: '0 1 160px' }}>
                <Select
                  onChange={() => form.setFieldValue('targetId', undefined)}
                  options={tipLinkKinds.map((k) => ({ value: k, label: tt(`linkKind.${k}` as TipTextKey) }))}
                />
              </Form.Item>
              <Form.Item
                name="targetId"
                label={tt('field.targetId')}
                style={{ flex: '1 1 240px' }}
                rules={[{ required: true, message: tt('create.required') }]}
              >
                <LinkTargetSelect kind={kind ?? 'hotspot'} placeholder={tt('detail.linkSearch')} />
              </Form.Item>
            </Flex>
            <Form.Item name="note" label={tt('field.note')}>
              <Input maxLength={500} />
            </Form.Item>
            {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
            <Button htmlType="submit" loading={add.isPending}>
              {tt('action.link')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
