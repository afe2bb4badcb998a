import { type Programme, type ProgrammeStatus, programmeTransition } from '@pcmt/contracts';
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useProgrammeText } from './i18n.ts';
import { useTransitionProgramme } from './programmes-api.ts';
import { ProgrammeStatusTag, programmeColor } from './status-tag.tsx';

type Values = { to: ProgrammeStatus; on: Dayjs; reason: string; citation?: string; periodTo?: Dayjs };
const FIELDS = ['to', 'on', 'reason', 'citation', 'periodTo'] as const;
const shape = programmeTransition.shape;
/** Reached only through the evaluation checklist, never by a plain move. */
export const EVALUATION_OUTCOMES: readonly ProgrammeStatus[] = ['succeeded', 'failed'];

/**
 * A dated move of the programme's lifecycle: only the moves the server allows from the current status are
 * offered (đạt / không đạt go through the evaluation). A 409 shows the server's sentence naming the allowed
 * moves, and the record is reloaded.
 */
export function ProgrammeTransitionModal({
  programme: p,
  onClose,
}: {
  programme: Programme;
  onClose: () => void;
}) {
  const { pt } = useProgrammeText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useTransitionProgramme(p.id);
  const errors = useServerErrors(form, FIELDS);
  const moves = p.allowedTransitions.filter((s) => !EVALUATION_OUTCOMES.includes(s));
  const to = Form.useWatch('to', form) as ProgrammeStatus | undefined;
  const conflict = isApiError(move.error) && move.error.status === 409 ? move.error : null;

  const submit = (v: Values) => {
    errors.clear();
    move.mutate(
      {
        to: v.to,
        on: v.on.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        citation: v.citation?.trim() || null,
        ...(v.to === 'extended' && v.periodTo ? { periodTo: v.periodTo.format('YYYY-MM-DD') } : {}),
        version: p.version,
      },
      {
        onSuccess: (saved) => {
          void message.success(pt('detail.transitionDone', { status: pt(`status.${saved.status}`) }));
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
      title={pt('detail.transitionTitle')}
      onCancel={onClose}
      okText={pt('detail.transition')}
      cancelText={pt('form.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: moves.length === 0 }}
      confirmLoading={move.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {pt('detail.currentStatus')} <ProgrammeStatusTag status={p.status} />
        </Typography.Text>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict.message || pt('form.conflict')} />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        {p.allowedTransitions.some((s) => EVALUATION_OUTCOMES.includes(s)) && (
          <Alert type="info" showIcon title={pt('detail.evaluateInstead')} />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs(todayIso()), to: moves[0] }}
          onFinish={submit}
        >
          {moves.length === 0 ? (
            <Alert type="info" showIcon title={pt('detail.noMoves')} />
          ) : (
            <Form.Item
              name="to"
              label={pt('detail.transitionTo')}
              rules={[{ required: true, message: pt('form.requiredSelect') }]}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {moves.map((s) => (
                  <Radio key={s} value={s} style={{ minHeight: 32, alignItems: 'center' }}>
                    <span
                      aria-hidden
                      style={{
                        display: 'inline-block',
                        width: 10,
                        height: 10,
                        borderRadius: '50%',
                        background: programmeColor[s],
                        marginInlineEnd: 6,
                      }}
                    />
                    {pt(`status.${s}`)}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          <Form.Item
            name="on"
            label={pt('detail.transitionOn')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              inputReadOnly
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            />
          </Form.Item>
          {to === 'extended' && (
            <Form.Item
              name="periodTo"
              label={pt('detail.transitionPeriodTo')}
              rules={[{ required: true, message: pt('form.requiredSelect') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') <= p.periodTo}
              />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={pt('detail.transitionReason')}
            rules={contractRules(shape.reason, pt('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
          <Form.Item name="citation" label={pt('detail.transitionCitation')}>
            <Input maxLength={300} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
