import type { CriminalCase } from '@pcmt/contracts';
import { Alert, App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useAddSeizure } from './cases-api.ts';
import { useCaseText } from './i18n.ts';
import { SeizureFields, type SeizureValues, seizureBody } from './seizure-fields.tsx';

const FIELDS = ['on', 'drugType', 'measure', 'quantity', 'note'] as const;

/**
 * Adds one seizure to a case (append-only, carries the case's version). A 409 means the case changed since
 * it was opened: the record reloads and the officer sends again.
 */
export function SeizureModal({ record, onClose }: { record: CriminalCase; onClose: () => void }) {
  const { ct } = useCaseText();
  const { message } = App.useApp();
  const [form] = Form.useForm<SeizureValues>();
  const add = useAddSeizure(record.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(add.error) && add.error.status === 409 ? add.error : null;

  const submit = (v: SeizureValues) => {
    const body = seizureBody(v);
    if (!body) return;
    errors.clear();
    add.mutate(
      { ...body, version: record.version },
      {
        onSuccess: () => {
          void message.success(ct('seizure.done'));
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
      title={ct('seizure.title')}
      onCancel={onClose}
      okText={ct('seizure.submit')}
      cancelText={ct('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      {conflict && (
        <Alert type="warning" showIcon role="alert" title={conflict.message || ct('common.conflict')} />
      )}
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form<SeizureValues>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()) }}
        onFinish={submit}
      >
        <SeizureFields form={form} />
      </Form>
    </Modal>
  );
}
