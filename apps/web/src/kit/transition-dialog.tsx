import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../api/api-error.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../i18n/format.ts';
import { contractRules, maxLengthOf } from './form/contract-rules.ts';
import { useServerErrors } from './form/use-server-errors.ts';

/** What every register's transition contract takes (`<x>Transition`); `citation` only when the dialog asks it. */
export type TransitionBody<S extends string> = {
  to: S;
  on: string;
  reason: string;
  citation?: string | null;
  version: number;
};

/** The form's values: the common fields plus whatever `extra` adds. */
export type TransitionValues<S extends string> = {
  to: S;
  on: Dayjs;
  reason?: string;
  citation?: string;
  [extra: string]: unknown;
};

/** Fields a register adds to its moves (a programme's new end date when extended). */
export type TransitionExtra<S extends string, B> = {
  /** Form items, shown after the date; `to` is the move chosen so far. */
  fields: (to: S | undefined) => ReactNode;
  /** Their names, so the server's refusals land on them. */
  names: readonly string[];
  /** Their part of the request body. */
  body: (values: TransitionValues<S>) => Partial<B>;
};

export type TransitionDialogProps<S extends string, B extends TransitionBody<S>> = {
  /** The dialog's title (its accessible name), e.g. "Chuyển trạng thái chương trình". */
  title: string;
  /** The current status, usually the register's status tag. */
  current: ReactNode;
  /** The moves the server allows from the current status (the record's `allowedTransitions`, filtered if need be). */
  allowed: readonly S[];
  version: number;
  statusLabel: (s: S) => string;
  /** A coloured dot before each choice, the register's status colours. */
  statusColor?: Partial<Record<S, string>>;
  /** The contract's `reason` schema (`<x>Transition.shape.reason`): limits and messages declared once. */
  reasonSchema: z.ZodType;
  reasonLabel?: string;
  /** Ask for the document cited (registers whose contract has `citation`). */
  citation?: { placeholder?: string };
  /** A line above the form (e.g. "đạt / không đạt go through the evaluation"). */
  notice?: ReactNode;
  extra?: TransitionExtra<S, B>;
  mutation: Pick<UseMutationResult<{ status: S }, Error, B, unknown>, 'mutate' | 'isPending' | 'error'>;
  onClose: () => void;
};

const BASE_FIELDS = ['to', 'on', 'reason', 'citation'] as const;

/**
 * A dated status move of any register: only the moves the server allows from the current status are offered.
 * A 409 (someone moved it first, or the move is no longer allowed) shows the server's sentence, which names the
 * moves allowed now; the register's mutation reloads the record so the choices match it. Other refusals land on
 * the fields they name.
 */
export function TransitionDialog<S extends string, B extends TransitionBody<S>>(
  props: TransitionDialogProps<S, B>,
) {
  const {
    title,
    current,
    allowed,
    version,
    statusLabel,
    statusColor,
    reasonSchema,
    mutation,
    extra,
    onClose,
  } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransitionValues<S>>();
  const errors = useServerErrors(form, extra ? [...BASE_FIELDS, ...extra.names] : BASE_FIELDS);
  const to = Form.useWatch('to', form) as S | undefined;
  const conflict = isApiError(mutation.error) && mutation.error.status === 409 ? mutation.error : null;

  const submit = (v: TransitionValues<S>) => {
    errors.clear();
    const body = {
      to: v.to,
      on: v.on.format('YYYY-MM-DD'),
      // Left empty where the register's reason is optional (the form's rules already hold a required one).
      ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      ...(props.citation ? { citation: v.citation?.trim() || null } : {}),
      ...extra?.body(v),
      version,
    } as B;
    mutation.mutate(body, {
      onSuccess: (saved) => {
        void message.success(t('kit.transition.done', { status: statusLabel(saved.status) }));
        onClose();
      },
      onError: (e) => {
        if (!(isApiError(e) && e.status === 409)) errors.onError(e);
      },
    });
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      okText={t('kit.transition.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: allowed.length === 0 }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Flex gap={6} wrap align="center">
          <Typography.Text>{t('kit.transition.current')}</Typography.Text>
          {current}
        </Flex>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="transition-conflict"
            title={conflict.message || t('errors.conflict')}
          />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        {props.notice}
        <Form<TransitionValues<S>>
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs(todayIso()), to: allowed[0] } as Partial<TransitionValues<S>>}
          onFinish={submit}
        >
          {allowed.length === 0 ? (
            <Alert type="info" showIcon title={t('kit.transition.noMoves')} />
          ) : (
            <Form.Item
              name="to"
              label={t('kit.transition.to')}
              rules={[{ required: true, message: t('validation.requiredSelect') }]}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {allowed.map((s) => (
                  <Radio key={s} value={s} style={{ minHeight: 32, alignItems: 'center' }}>
                    {statusColor?.[s] && <StatusDot color={statusColor[s]} />}
                    {statusLabel(s)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={t('kit.transition.on')}
            rules={[{ required: true, message: t('validation.requiredSelect') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              inputReadOnly
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            />
          </Form.Item>
          {extra?.fields(to)}
          <Form.Item
            name="reason"
            label={props.reasonLabel ?? t('kit.transition.reason')}
            rules={contractRules(reasonSchema, t('validation.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(reasonSchema)} />
          </Form.Item>
          {props.citation && (
            <Form.Item name="citation" label={t('kit.transition.citation')}>
              <Input placeholder={props.citation.placeholder} maxLength={300} />
            </Form.Item>
          )}
        </Form>
      </Flex>
    </Modal>
  );
}

function StatusDot({ color }: { color: string }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: '50%',
        background: color,
        marginInlineEnd: 6,
      }}
    />
  );
}
