import { type Business, type BusinessStatus, businessTransition } from '@pcmt/contracts';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useTransitionBusiness } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { BusinessStatusTag, statusColor } from './tags.tsx';

type Values = { to: BusinessStatus; on: Dayjs; reason: string };
const FIELDS = ['to', 'on', 'reason'] as const;
const shape = businessTransition.shape;

/**
 * A dated status move: only the moves the server allows from the current status are offered. A 409 (someone
 * moved it first, or the move is no longer allowed) shows the server's sentence, which names the moves allowed
 * now, and the record reloads so the choices match it.
 */
export function TransitionModal({ business, onClose }: { business: Business; onClose: () => void }) {
  const { bt } = useBusinessText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useTransitionBusiness(business.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(move.error) && move.error.status === 409 ? move.error : null;

  const submit = (v: Values) => {
    errors.clear();
    move.mutate(
      { to: v.to, on: v.on.format('YYYY-MM-DD'), reason: v.reason.trim(), version: business.version },
      {
        onSuccess: (saved) => {
          void message.success(bt('transition.done', { status: bt(`status.${saved.status}`) }));
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
      title={bt('transition.title')}
      onCancel={onClose}
      okText={bt('transition.submit')}
      cancelText={bt('form.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: business.allowedTransitions.length === 0 }}
      confirmLoading={move.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Flex gap={6} wrap align="center">
          <Typography.Text>{bt('transition.current')}</Typography.Text>
          <BusinessStatusTag status={business.status} />
        </Flex>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="transition-conflict"
            title={conflict.message || bt('form.conflict')}
          />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs(todayIso()), to: business.allowedTransitions[0] }}
          onFinish={submit}
        >
          {business.allowedTransitions.length === 0 ? (
            <Alert type="info" showIcon title={bt('transition.noMoves')} />
          ) : (
            <Form.Item
              name="to"
              label={bt('transition.to')}
              rules={[{ required: true, message: bt('form.requiredSelect') }]}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {business.allowedTransitions.map((s) => (
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
                    {bt(`status.${s}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={bt('transition.on')}
            rules={[{ required: true, message: bt('form.requiredSelect') }]}
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
            label={bt('transition.reason')}
            rules={contractRules(shape.reason, bt('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
