import { type SealedDetails, sealedRevealRequest } from '@pcmt/contracts';
import { Button, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePersonText } from './i18n.ts';
import { useRevealSealed } from './persons-api.ts';

const FIELDS = ['reason'] as const;

/**
 * "Xem CCCD": the clear CCCD and health details only with a reason (≥ 10 characters, as the contract says);
 * the server writes one audit row per view. The values stay in this dialog only (never cached): closing it
 * forgets them. A re-authentication, if the server asks, is answered by the kit's dialog.
 */
export function RevealModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { pt } = usePersonText();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealSealed(personId);
  const errors = useServerErrors(form, FIELDS);
  const shown: SealedDetails | undefined = reveal.data;
  return (
    <Modal
      open
      title={pt('reveal.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        shown ? (
          <Button onClick={onClose}>{pt('reveal.hide')}</Button>
        ) : (
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={onClose}>{pt('form.cancel')}</Button>
            <Button type="primary" loading={reveal.isPending} onClick={() => form.submit()}>
              {pt('reveal.submit')}
            </Button>
          </Flex>
        )
      }
    >
      {shown ? (
        <Descriptions
          column={1}
          size="small"
          data-testid="sealed-values"
          items={[
            {
              key: 'cccd',
              label: pt('reveal.cccd'),
              children: (
                <Typography.Text
                  copyable={Boolean(shown.cccd)}
                  style={{ fontFamily: 'monospace', fontSize: 16 }}
                >
                  {shown.cccd ?? pt('reveal.none')}
                </Typography.Text>
              ),
            },
            {
              key: 'health',
              label: pt('reveal.health'),
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{shown.health ?? pt('reveal.none')}</span>,
            },
          ]}
        />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{pt('reveal.intro')}</Typography.Paragraph>
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
              label={pt('reveal.reason')}
              rules={contractRules(sealedRevealRequest.shape.reason, pt('form.required'))}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={maxLengthOf(sealedRevealRequest.shape.reason)}
                placeholder={pt('reveal.reasonPlaceholder')}
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Modal>
  );
}
