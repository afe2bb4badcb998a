import { type KeyArea, keyAreaRemoval } from '@pcmt/contracts';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useAreaText } from './i18n.ts';
import { useRemoveKeyArea } from './key-areas-api.ts';

type Values = { decisionNumber: string; on: Dayjs; reason: string };
const FIELDS = ['decisionNumber', 'on', 'reason'] as const;
const shape = keyAreaRemoval.shape;

/** Removal of a designation by a decision (đưa ra khỏi danh sách); a stale version gets the 409 sentence. */
export function RemovalModal({ area, onClose }: { area: KeyArea; onClose: () => void }) {
  const { at } = useAreaText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const remove = useRemoveKeyArea(area.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(remove.error) && remove.error.status === 409 ? remove.error : null;

  const submit = (v: Values) => {
    errors.clear();
    remove.mutate(
      {
        decisionNumber: v.decisionNumber.trim(),
        on: v.on.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        version: area.version,
      },
      {
        onSuccess: () => {
          void message.success(at('detail.removed'));
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
      title={at('removal.title')}
      onCancel={onClose}
      okText={at('removal.submit')}
      okButtonProps={{ danger: true }}
      cancelText={at('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={remove.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      {conflict && (
        <Alert type="warning" showIcon role="alert" title={conflict.message || at('common.conflict')} />
      )}
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ on: dayjs(todayIso()) }} onFinish={submit}>
        <Form.Item
          name="decisionNumber"
          label={at('removal.decisionNumber')}
          rules={contractRules(shape.decisionNumber, at('common.required'))}
        >
          <Input maxLength={maxLengthOf(shape.decisionNumber)} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="on"
          label={at('removal.on')}
          rules={[{ required: true, message: at('common.requiredSelect') }]}
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
          label={at('removal.reason')}
          rules={contractRules(shape.reason, at('common.required'))}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.reason)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
