import { type Hotspot, type HotspotStatus, hotspotTransition } from '@pcmt/contracts';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useTransitionHotspot } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { StatusTag, statusColor } from './status-colors.tsx';

type Values = { to: HotspotStatus; on: Dayjs; reason: string; citation?: string };
const FIELDS = ['to', 'on', 'reason', 'citation'] as const;
const shape = hotspotTransition.shape;

/**
 * A dated move of the lifecycle: only the moves the server allows from the current status are offered. A 409
 * (someone moved it first, or the move is no longer allowed) shows the server's sentence, which names the moves
 * allowed now, and the record is reloaded so the choices match it.
 */
export function TransitionModal({ hotspot, onClose }: { hotspot: Hotspot; onClose: () => void }) {
  const { ht } = useHotspotText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useTransitionHotspot(hotspot.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(move.error) && move.error.status === 409 ? move.error : null;

  const submit = (v: Values) => {
    errors.clear();
    move.mutate(
      {
        to: v.to,
        on: v.on.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        citation: v.citation?.trim() || null,
        version: hotspot.version,
      },
      {
        onSuccess: (saved) => {
          void message.success(ht('transition.done', { status: ht(`status.${saved.status}`) }));
          onClose();
        },
        onError: (e) => {
          if (!(isApiError(e) && e.status === 409)) errors.onError(e);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={ht('transition.title')}
      onCancel={onClose}
      okText={ht('transition.submit')}
      cancelText={ht('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {ht('transition.from', { status: '' })}
          <StatusTag status={hotspot.status} />
        </Typography.Text>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict.message || ht('form.conflict')} />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs(todayIso()), to: hotspot.allowedTransitions[0] }}
          onFinish={submit}
        >
          {hotspot.allowedTransitions.length === 0 ? (
            <Alert type="info" showIcon title={ht('detail.noMoves')} />
          ) : (
            <Form.Item
              name="to"
              label={ht('transition.to')}
              rules={[{ required: true, message: ht('form.requiredSelect') }]}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {hotspot.allowedTransitions.map((s) => (
                  <Radio key={s} value={s} style={{ minHeight: 32, alignItems: 'center' }}>
                    <span
                      aria-hidden
                      style={{
                        display: 'inline-block',
                        width: 10,
                        height: 10,
                        borderRadius: '50%',
                        background: statusColor[s],
                        marginInlineEnd: 6,
                      }}
                    />
                    {ht(`status.${s}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={ht('transition.on')}
            rules={[{ required: true, message: ht('form.requiredSelect') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              inputReadOnly
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={ht('transition.reason')}
            rules={contractRules(shape.reason, ht('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
          <Form.Item name="citation" label={ht('transition.citation')}>
            <Input placeholder={ht('transition.citationPlaceholder')} maxLength={300} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
