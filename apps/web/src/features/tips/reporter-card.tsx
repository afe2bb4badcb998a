import { type Tip, type TipReporterRevealed, tipReporterReveal } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { type TipTextKey, useTipText } from './i18n.ts';
import { useRevealReporter } from './tips-api.ts';

const FIELDS = ['reason'] as const;
const KEYS = ['name', 'phone', 'email', 'address', 'idNumber', 'note'] as const;
const LABEL: Record<(typeof KEYS)[number], TipTextKey> = {
  name: 'field.reporterName',
  phone: 'field.reporterPhone',
  email: 'field.reporterEmail',
  address: 'field.reporterAddress',
  idNumber: 'field.reporterIdNumber',
  note: 'field.reporterNote',
};

/** The reporter as the server masks them; the clear values only with a reason, in a dialog that forgets them. */
export function ReporterCard({ tip }: { tip: Tip }) {
  const { tt } = useTipText();
  const canReveal = usePermission('tip.reporter.read');
  const [open, setOpen] = useState(false);
  const r = tip.reporter;
  return (
    <Card size="small" title={tt('section.reporter')} data-testid="tip-reporter">
      {!r.provided ? (
        <Typography.Text type="secondary">{tt('detail.reporterNone')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'name', label: tt('field.reporterName'), children: r.name ?? '—' },
              { key: 'phone', label: tt('field.reporterPhone'), children: r.phone ?? '—' },
              { key: 'email', label: tt('field.reporterEmail'), children: r.email ?? '—' },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {tt('detail.reporterMasked')}
          </Typography.Text>
          {canReveal && (
            <Button onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
              {tt('action.reveal')}
            </Button>
          )}
        </Flex>
      )}
      {open && <RevealModal tipId={tip.id} onClose={() => setOpen(false)} />}
    </Card>
  );
}

function RevealModal({ tipId, onClose }: { tipId: string; onClose: () => void }) {
  const { tt } = useTipText();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealReporter(tipId);
  const errors = useServerErrors(form, FIELDS);
  const shown: TipReporterRevealed | undefined = reveal.data;
  return (
    <Modal
      open
      title={tt('action.reveal')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        shown ? (
          <Button onClick={onClose}>{tt('detail.revealHide')}</Button>
        ) : (
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={onClose}>{tt('action.cancel')}</Button>
            <Button type="primary" loading={reveal.isPending} onClick={() => form.submit()}>
              {tt('action.reveal')}
            </Button>
          </Flex>
        )
      }
    >
      {shown ? (
        <Descriptions
          column={1}
          size="small"
          data-testid="reporter-values"
          items={KEYS.map((k) => ({
            key: k,
            label: tt(LABEL[k]),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{shown[k] ?? tt('detail.none')}</span>,
          }))}
        />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{tt('detail.revealIntro')}</Typography.Paragraph>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => {
              errors.clear();
              reveal.mutate(v.reason.trim(), { onError: errors.onError });
            }}
          >
            <Form.Item
              name="reason"
              label={tt('detail.revealReason')}
              rules={contractRules(tipReporterReveal.shape.reason, tt('create.required'))}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={maxLengthOf(tipReporterReveal.shape.reason)}
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
