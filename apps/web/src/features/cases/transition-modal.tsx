import { caseTransition } from '@pcmt/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useCaseText } from './i18n.ts';

type Values<S extends string> = { to: S; on: Dayjs; reason: string };
const FIELDS = ['to', 'on', 'reason'] as const;
// The case and the project transitions share their fields' rules (date, reason ≤ 2000).
const shape = caseTransition.shape;

/**
 * A dated status move of a case or a chuyên án: only the moves the server allows from the current status are
 * offered. A 409 (moved by someone else first) shows the server's sentence and the record reloads.
 */
export function TransitionModal<S extends string>({
  current,
  allowed,
  version,
  label,
  mutation,
  onClose,
}: {
  current: ReactNode;
  allowed: readonly S[];
  version: number;
  label: (s: S) => string;
  mutation: UseMutationResult<{ status: S }, Error, { to: S; on: string; reason: string; version: number }>;
  onClose: () => void;
}) {
  const { ct } = useCaseText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values<S>>();
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(mutation.error) && mutation.error.status === 409 ? mutation.error : null;

  const submit = (v: Values<S>) => {
    errors.clear();
    mutation.mutate(
      { to: v.to, on: v.on.format('YYYY-MM-DD'), reason: v.reason.trim(), version },
      {
        onSuccess: (saved) => {
          void message.success(ct('transition.done', { status: label(saved.status) }));
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
      title={ct('transition.title')}
      onCancel={onClose}
      okText={ct('transition.submit')}
      cancelText={ct('common.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: allowed.length === 0 }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Flex gap={6} wrap align="center">
          <Typography.Text>{ct('transition.current')}</Typography.Text>
          {current}
        </Flex>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict.message || ct('common.conflict')} />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values<S>>
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs(todayIso()), to: allowed[0] } as Partial<Values<S>>}
          onFinish={submit}
        >
          {allowed.length === 0 ? (
            <Alert type="info" showIcon title={ct('transition.noMoves')} />
          ) : (
            <Form.Item
              name="to"
              label={ct('transition.to')}
              rules={[{ required: true, message: ct('common.requiredSelect') }]}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {allowed.map((s) => (
                  <Radio key={s} value={s} style={{ minHeight: 32, alignItems: 'center' }}>
                    {label(s)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={ct('transition.on')}
            rules={[{ required: true, message: ct('common.requiredSelect') }]}
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
            label={ct('transition.reason')}
            rules={contractRules(shape.reason, ct('common.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
