import type { TipPortalReceipt, TipPortalSubmit } from '@pcmt/contracts';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../../api/error-text.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { isoOfDay, maskDay } from './day-input.ts';
import { FilePicker } from './file-picker.tsx';
import { type PortalTextKey, usePortalText } from './i18n.ts';
import { portalApi } from './portal-api.ts';
import { PortalFrame } from './portal-frame.tsx';
import type { Picked } from './portal-map.tsx';
import { solveChallenge } from './pow.ts';
import { ReceiptCard } from './receipt-card.tsx';
import { communeFilter, usePortalCommunes } from './use-communes.ts';
import { useI18nT } from './use-t.ts';

type Values = {
  content: string;
  category?: string;
  where: 'unit' | 'map' | 'unknown';
  unitId?: string;
  point?: Picked | null;
  address?: string;
  occurredOn?: string;
  occurredTime?: string;
  contact?: boolean;
  name?: string;
  phone?: string;
  email?: string;
};

const CATEGORIES = [
  'trafficking',
  'transport',
  'storage',
  'organising_use',
  'harbouring_use',
  'use',
  'cultivation',
  'production',
  'other',
] as const;
const FIELDS = [
  'content',
  'point',
  'occurredOn',
  'occurredTime',
  'address',
  'name',
  'phone',
  'email',
] as const;
/** The map (Leaflet, the boundaries) is its own chunk: fetched only when the reporter chooses the map. */
const PortalMap = lazy(() => import('./portal-map.tsx'));
function MapPick({ value, onChange }: { value?: Picked | null; onChange?: (v: Picked | null) => void }) {
  const { pt } = usePortalText();
  return (
    <Suspense fallback={<Typography.Text type="secondary">{pt('map.loading')}</Typography.Text>}>
      <PortalMap value={value ?? null} onChange={(v) => onChange?.(v)} />
    </Suspense>
  );
}

const placeOf = (v: Values): TipPortalSubmit['place'] =>
  v.where === 'unit' && v.unitId
    ? { kind: 'unit', unitId: v.unitId }
    : v.where === 'map' && v.point
      ? { kind: 'point', point: v.point.point }
      : { kind: 'unknown' };

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

type Phase =
  | { kind: 'idle' }
  | { kind: 'work'; share: number }
  | { kind: 'upload'; done: number; total: number };
export type Sent = {
  receipt: TipPortalReceipt;
  filesSent: number;
  failed: { name: string; reason: string }[];
};

/**
 * `/to-giac`: the anonymous tip form (no account; Vietnamese first; a 360 px phone first). A QR poster opens it
 * as `?noi=<place>&xa=<commune code>`: the place fills the address and travels as the poster's reference, the
 * commune is chosen. The proof of work runs in a worker with a progress text; then the receipt code, which the
 * reporter must confirm having saved.
 */
export default function PortalPage() {
  const { pt } = usePortalText();
  const t = useI18nT();
  const [params] = useSearchParams();
  const poster = params.get('noi')?.trim().slice(0, 100) || null;
  const posterCommune = params.get('xa')?.trim() || null;
  const communes = usePortalCommunes();
  const [form] = Form.useForm<Values>();
  const where = Form.useWatch('where', form);
  const contact = Form.useWatch('contact', form);
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const today = todayIso();
  const preset = useMemo(
    () => communes.options.find((o) => o.code === posterCommune)?.value,
    [communes.options, posterCommune],
  );

  // The poster's commune, once the list is here (the list arrives after the form).
  useEffect(() => {
    if (preset && !form.getFieldValue('unitId')) form.setFieldValue('unitId', preset);
  }, [preset, form]);

  async function submit(v: Values) {
    setError(null);
    setPhase({ kind: 'work', share: 0 });
    try {
      const challenge = await portalApi.challenge('submit');
      const nonce = await solveChallenge(challenge, (share) => setPhase({ kind: 'work', share }));
      const reporter = v.contact ? { name: text(v.name), phone: text(v.phone), email: text(v.email) } : null;
      const body: TipPortalSubmit = {
        challenge: challenge.challenge,
        nonce,
        content: v.content.trim(),
        category: (v.category as TipPortalSubmit['category']) ?? null,
        occurredOn: v.occurredOn ? isoOfDay(v.occurredOn) : null,
        occurredTime: text(v.occurredTime),
        place: placeOf(v),
        address: text(v.address),
        placeRef: poster,
        reporter: reporter && (reporter.name || reporter.phone || reporter.email) ? reporter : null,
      };
      const receipt = await portalApi.submit(body);
      const result: Sent = { receipt, filesSent: 0, failed: [] };
      if (files.length > 0) await sendFiles(receipt.receiptCode, result);
      setSent(result);
      setFiles([]);
      form.resetFields();
      window.scrollTo(0, 0);
    } catch (e) {
      setError(applyTo(e) ? e : null);
    } finally {
      setPhase({ kind: 'idle' });
    }
  }

  /** Files go after the tip, through the conversation opened with the new code (one cheap proof of work). */
  async function sendFiles(code: string, result: Sent) {
    setPhase({ kind: 'upload', done: 0, total: files.length });
    try {
      const challenge = await portalApi.challenge('access');
      const nonce = await solveChallenge(challenge, () => {});
      const session = await portalApi.access({ challenge: challenge.challenge, nonce, code });
      for (const [i, f] of files.entries()) {
        try {
          await portalApi.file(session.token, f);
          result.filesSent++;
        } catch (e) {
          result.failed.push({ name: f.name, reason: errorText(e, t) });
        }
        setPhase({ kind: 'upload', done: i + 1, total: files.length });
      }
    } catch (e) {
      for (const f of files.slice(result.filesSent))
        result.failed.push({ name: f.name, reason: errorText(e, t) });
    }
  }

  /** Server refusals that name a field land on it; true when something is left for the summary. */
  function applyTo(e: unknown): boolean {
    const details = (e as { details?: { path: string; message: string }[] })?.details ?? [];
    const named = details.filter((d) => FIELDS.some((f) => d.path === f || d.path.endsWith(`.${f}`)));
    form.setFields(
      named.map((d) => ({
        name: FIELDS.find((f) => d.path === f || d.path.endsWith(`.${f}`))!,
        errors: [d.message],
      })),
    );
    return named.length < details.length || details.length === 0;
  }

  if (sent)
    return (
      <PortalFrame>
        <ReceiptCard sent={sent} onDone={() => setSent(null)} />
      </PortalFrame>
    );

  const busy = phase.kind !== 'idle';
  const progress =
    phase.kind === 'work'
      ? pt('work', { percent: Math.round(phase.share * 100) })
      : phase.kind === 'upload'
        ? pt('uploading', { done: phase.done, total: phase.total })
        : null;

  return (
    <PortalFrame
      footer={
        <Flex justify="center">
          <Link to="/to-giac/tra-cuu">{pt('lookupLink')}</Link>
        </Flex>
      }
    >
      <Alert type="info" showIcon title={pt('safety')} description={pt('emergency')} />
      {poster && <Alert type="success" title={pt('fromPoster', { place: poster })} />}
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          disabled={busy}
          initialValues={{ where: posterCommune ? 'unit' : 'unknown', address: poster ?? undefined }}
          onFinish={(v) => void submit(v)}
          scrollToFirstError
        >
          <Form.Item
            name="content"
            label={pt('field.content')}
            extra={pt('field.contentHint')}
            rules={[{ required: true, whitespace: true, message: pt('check.content') }]}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={8000} />
          </Form.Item>
          <Form.Item name="category" label={pt('field.category')}>
            <Select
              allowClear
              options={CATEGORIES.map((c) => ({ value: c, label: pt(`category.${c}` as PortalTextKey) }))}
            />
          </Form.Item>
          <Form.Item name="where" label={pt('field.where')}>
            <Radio.Group
              options={[
                { value: 'unit', label: pt('field.whereCommune') },
                { value: 'map', label: pt('field.whereMap') },
                { value: 'unknown', label: pt('field.whereUnknown') },
              ]}
            />
          </Form.Item>
          {where === 'unit' && (
            <Form.Item
              name="unitId"
              label={pt('field.commune')}
              rules={[{ required: true, message: pt('check.commune') }]}
            >
              <Select
                showSearch={{ filterOption: communeFilter }}
                placeholder={pt('field.communePlaceholder')}
                options={communes.options}
                loading={communes.loading}
              />
            </Form.Item>
          )}
          {where === 'map' && (
            <Form.Item
              name="point"
              rules={[
                {
                  validator: async (_r, v: Picked | null | undefined) => {
                    if (!v) throw new Error(pt('check.point'));
                    if (!v.commune) throw new Error(pt('map.outside'));
                  },
                },
              ]}
            >
              <MapPick />
            </Form.Item>
          )}
          <Form.Item name="address" label={pt('field.address')}>
            <Input maxLength={300} placeholder={pt('field.addressPlaceholder')} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="occurredOn"
              label={pt('field.when')}
              style={{ flex: '1 1 160px' }}
              normalize={maskDay}
              rules={[
                {
                  validator: async (_r, v: string | undefined) => {
                    if (!v) return;
                    const iso = isoOfDay(v);
                    if (!iso) throw new Error(pt('check.day'));
                    if (iso > today) throw new Error(pt('check.future'));
                  },
                },
              ]}
            >
              <Input
                inputMode="numeric"
                autoComplete="off"
                placeholder={pt('field.whenPlaceholder')}
                maxLength={10}
              />
            </Form.Item>
            <Form.Item name="occurredTime" label={pt('field.time')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={100} placeholder={pt('field.timePlaceholder')} />
            </Form.Item>
          </Flex>
          <Form.Item label={pt('field.files')}>
            <FilePicker files={files} onChange={setFiles} label={pt('field.pickFiles')} />
          </Form.Item>
          <Form.Item
            name="contact"
            valuePropName="checked"
            extra={contact ? pt('field.contactHint') : undefined}
          >
            <Checkbox>{pt('field.contact')}</Checkbox>
          </Form.Item>
          {contact && (
            <>
              <Form.Item name="name" label={pt('field.name')}>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
              <Form.Item name="phone" label={pt('field.phone')}>
                <Input maxLength={50} inputMode="tel" autoComplete="off" />
              </Form.Item>
              <Form.Item name="email" label={pt('field.email')}>
                <Input maxLength={200} inputMode="email" autoComplete="off" />
              </Form.Item>
            </>
          )}
          {error !== null && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
            </div>
          )}
          {progress && (
            <Flex vertical gap={4} role="status" aria-live="polite" style={{ marginBottom: 12 }}>
              <Typography.Text strong data-testid="portal-progress">
                {progress}
              </Typography.Text>
              {phase.kind === 'work' && <Typography.Text type="secondary">{pt('workHint')}</Typography.Text>}
            </Flex>
          )}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={false}>
            {busy ? pt('sending') : pt('submit')}
          </Button>
        </Form>
      </Card>
    </PortalFrame>
  );
}
