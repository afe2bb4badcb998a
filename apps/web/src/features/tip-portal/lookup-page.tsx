import type { TipPortalView } from '@pcmt/contracts';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { sizeText } from './file-checks.ts';
import { FilePicker } from './file-picker.tsx';
import { type PortalTextKey, usePortalText } from './i18n.ts';
import { downloadPortalFile, groupedCode, portalApi } from './portal-api.ts';
import { PortalFrame } from './portal-frame.tsx';
import { solveChallenge } from './pow.ts';

type Session = { token: string; tip: TipPortalView };
const STATUS_COLOR = { received: 'blue', in_progress: 'gold', answered: 'green' } as const;

/**
 * `/to-giac/tra-cuu`: the reporter opens their tip with the receipt code (POSTed, never in the address, after a
 * small proof of work), sees the coarse status and the conversation, writes and adds files. The session token
 * lives in this page's memory only: closing the tab forgets it.
 */
export default function LookupPage() {
  const { pt } = usePortalText();
  const [session, setSession] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);

  return (
    <PortalFrame
      footer={
        <Flex justify="center">
          <Link to="/to-giac">{pt('newTipLink')}</Link>
        </Flex>
      }
    >
      {session ? (
        <Conversation
          session={session}
          onChange={(tip) => setSession({ ...session, tip })}
          onExpired={() => {
            setSession(null);
            setExpired(true);
          }}
          onClose={() => setSession(null)}
        />
      ) : (
        <CodeForm
          expired={expired}
          onOpen={(s) => {
            setExpired(false);
            setSession(s);
          }}
        />
      )}
    </PortalFrame>
  );
}

function CodeForm({ expired, onOpen }: { expired: boolean; onOpen: (s: Session) => void }) {
  const { pt } = usePortalText();
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function open(code: string) {
    setError(null);
    setBusy(0);
    try {
      const challenge = await portalApi.challenge('access');
      const nonce = await solveChallenge(challenge, (share) => setBusy(share));
      const s = await portalApi.access({ challenge: challenge.challenge, nonce, code });
      form.resetFields();
      onOpen({ token: s.token, tip: s.tip });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{pt('lookup.title')}</h2>}>
      {expired && <Alert type="warning" title={pt('lookup.expired')} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={busy !== null}
        onFinish={(v) => void open(v.code.replace(/\D/g, ''))}
      >
        <Form.Item
          name="code"
          label={pt('lookup.code')}
          extra={pt('lookup.codeHint')}
          normalize={(v: string) => groupedCode(v).slice(0, 19)}
          rules={[
            {
              validator: async (_r, v: string | undefined) => {
                if ((v ?? '').replace(/\D/g, '').length !== 16) throw new Error(pt('lookup.codeInvalid'));
              },
            },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder="1234 5678 9012 3456"
            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 20, letterSpacing: 1 }}
          />
        </Form.Item>
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        {busy !== null && (
          <Typography.Paragraph role="status" aria-live="polite">
            {pt('work', { percent: Math.round(busy * 100) })}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" block loading={busy !== null}>
          {pt('lookup.open')}
        </Button>
      </Form>
    </Card>
  );
}

function Conversation({
  session,
  onChange,
  onExpired,
  onClose,
}: {
  session: Session;
  onChange: (tip: TipPortalView) => void;
  onExpired: () => void;
  onClose: () => void;
}) {
  const { pt } = usePortalText();
  const { tip, token } = session;
  const [form] = Form.useForm<{ text: string }>();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** Saves a file of the conversation through an object URL (the token cannot ride on a plain link). */
  async function save(f: { id: string; name: string }) {
    setError(null);
    try {
      const url = URL.createObjectURL(await downloadPortalFile(token, f.id));
      const link = document.createElement('a');
      link.href = url;
      link.download = f.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      if (isApiError(e) && e.status === 401) onExpired();
      else setError(e);
    }
  }

  async function run(work: () => Promise<TipPortalView>, done: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      onChange(await work());
      setNotice(done);
      return true;
    } catch (e) {
      if (isApiError(e) && e.status === 401) onExpired();
      else setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const reporterFiles = tip.files.filter((f) => f.from === 'reporter').length;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'status',
              label: pt('lookup.status'),
              children: (
                <Tag color={STATUS_COLOR[tip.status]} data-testid="portal-status" style={{ fontSize: 14 }}>
                  {pt(`status.${tip.status}` as PortalTextKey)}
                </Tag>
              ),
            },
            { key: 'received', label: pt('lookup.receivedOn'), children: formatDate(tip.receivedOn) },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{pt('lookup.conversation')}</h2>}>
        {tip.messages.length === 0 ? (
          <Typography.Text type="secondary">{pt('lookup.noMessages')}</Typography.Text>
        ) : (
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="portal-messages">
            {tip.messages.map((m) => (
              <li
                key={m.id}
                style={{
                  margin: m.from === 'reporter' ? '0 0 12px 24px' : '0 24px 12px 0',
                  padding: '8px 12px',
                  borderRadius: 8,
                  background: m.from === 'reporter' ? '#e6eef9' : '#f6ffed',
                  border: `1px solid ${m.from === 'reporter' ? '#c4d6f0' : '#b7eb8f'}`,
                }}
              >
                <Typography.Text strong style={{ fontSize: 13 }}>
                  {m.from === 'reporter' ? pt('lookup.you') : pt('lookup.officer')} ·{' '}
                  {formatDateTime(m.at, { seconds: false })}
                </Typography.Text>
                {/* Plain text as written: React escapes it; line breaks kept. */}
                <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</div>
              </li>
            ))}
          </ol>
        )}
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={busy}
          onFinish={(v) =>
            void run(() => portalApi.message(token, v.text.trim()), pt('lookup.sent')).then(
              (ok) => ok && form.resetFields(),
            )
          }
        >
          <Form.Item
            name="text"
            label={pt('lookup.message')}
            rules={[{ required: true, whitespace: true, message: pt('check.content') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={4000}
              placeholder={pt('lookup.messagePlaceholder')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {pt('lookup.send')}
          </Button>
        </Form>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{pt('lookup.files')}</h2>}>
        <Flex vertical gap={12}>
          {tip.files.length === 0 ? (
            <Typography.Text type="secondary">{pt('lookup.noFiles')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {tip.files.map((f) => (
                <li key={f.id} style={{ overflowWrap: 'anywhere' }}>
                  {f.from === 'officer' && (
                    <Typography.Text strong>{pt('lookup.fromOfficer')} </Typography.Text>
                  )}
                  {f.name} · {sizeText(f.sizeBytes)} · {formatDateTime(f.at, { seconds: false })}{' '}
                  <Button
                    size="small"
                    type="link"
                    aria-label={pt('lookup.downloadNamed', { name: f.name })}
                    onClick={() => void save(f)}
                  >
                    {pt('lookup.download')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <FilePicker
            files={files}
            onChange={setFiles}
            label={pt('lookup.addFile')}
            already={reporterFiles}
          />
          {files.length > 0 && (
            <Button
              type="primary"
              block
              loading={busy}
              onClick={() =>
                void (async () => {
                  for (const f of files) {
                    if (!(await run(() => portalApi.file(token, f), pt('lookup.fileSent')))) return;
                    setFiles((left) => left.filter((x) => x !== f));
                  }
                })()
              }
            >
              {pt('lookup.sendFiles')}
            </Button>
          )}
        </Flex>
      </Card>
      {notice && <Alert type="success" showIcon title={notice} role="status" />}
      {error !== null && <ErrorAlert error={error} />}
      <Button onClick={onClose}>{pt('lookup.close')}</Button>
    </Flex>
  );
}
