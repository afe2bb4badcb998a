import { type TaskDetail, taskMoveWithReason } from '@pcmt/contracts';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useTaskText } from './i18n.ts';
import { type TaskAction, useMoveTask } from './tasks-api.ts';

const noteShape = taskMoveWithReason.shape.note;

/**
 * Hand in, accept, return or cancel: a dated move with a note (a reason for returning and cancelling). When
 * someone else moved the task first (two people accepting at once), the server's 409 sentence is shown and the
 * task reloaded.
 */
export function MoveModal({
  task: t,
  action,
  onClose,
  onConflict,
}: {
  task: TaskDetail;
  action: TaskAction;
  onClose: () => void;
  onConflict: () => void;
}) {
  const { tt } = useTaskText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on: Dayjs; note?: string }>();
  const move = useMoveTask(t.id, action);
  const errors = useServerErrors(form, ['on', 'note']);
  const needsReason = action === 'return' || action === 'cancel';
  const conflict = isApiError(move.error) && move.error.status === 409 ? move.error : null;
  const title = tt(`detail.${action}`);
  return (
    <Modal
      open
      title={tt('detail.moveTitle', { action: title, title: t.title })}
      onCancel={onClose}
      okText={title}
      okButtonProps={{ danger: action === 'cancel' || action === 'return', disabled: Boolean(conflict) }}
      cancelText={tt('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={conflict.message || tt('detail.conflict')}
          description={tt('detail.conflict')}
          style={{ marginBottom: 12 }}
        />
      )}
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()) }}
        onFinish={(v) => {
          errors.clear();
          move.mutate(
            { on: v.on.format('YYYY-MM-DD'), note: v.note?.trim() || null, version: t.version },
            {
              onSuccess: (saved) => {
                void message.success(tt('detail.moveDone', { status: tt(`status.${saved.status}`) }));
                onClose();
              },
              onError: (e) => {
                if (isApiError(e) && e.status === 409) onConflict();
                else errors.onError(e);
              },
            },
          );
        }}
      >
        <Form.Item
          name="on"
          label={tt('detail.on')}
          rules={[{ required: true, message: tt('form.requiredSelect') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            inputReadOnly
            allowClear={false}
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={needsReason ? tt('detail.moveReason') : tt('detail.moveNote')}
          rules={needsReason ? contractRules(noteShape, tt('form.required')) : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(noteShape)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
