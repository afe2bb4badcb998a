import {
  type Measure,
  type MeasureEndReason,
  type MeasureStatus,
  measureEndReasons,
  measureTransition,
} from '@pcmt/contracts';
import { Alert, App, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { FormModal, iso, PastDate, text } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { useMoveMeasure } from './persons-api.ts';
import { MeasureStatusTag } from './tags.tsx';

type Values = {
  on: Dayjs;
  reason: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decider?: string;
  startOn?: Dayjs | null;
  completionCertificate?: string;
  endReason?: MeasureEndReason;
};
const FIELDS = [
  'on',
  'reason',
  'decisionNumber',
  'decisionDate',
  'decider',
  'startOn',
  'completionCertificate',
  'endReason',
] as const;
const shape = measureTransition.shape;

/**
 * One move of a measure's lifecycle, chosen among the moves the server allows: recording the decision, starting,
 * suspending or resuming, completing (certificate), ending early (why) or cancelling. A 409 (someone moved it
 * first) shows the server's sentence and the record is read again.
 */
export function MeasureMoveModal({
  personId,
  measure,
  to,
  onClose,
}: {
  personId: string;
  measure: Measure;
  to: MeasureStatus;
  onClose: () => void;
}) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useMoveMeasure(personId, measure.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(move.error) && move.error.status === 409 ? move.error : null;
  const needsDecision = to === 'decided' || (to === 'in_progress' && !measure.decisionNumber);
  const needsStart = to === 'in_progress' && !measure.startOn;

  const submit = (v: Values) => {
    errors.clear();
    move.mutate(
      {
        to,
        on: iso(v.on) ?? todayIso(),
        reason: v.reason.trim(),
        ...(needsDecision
          ? {
              decisionNumber: text(v.decisionNumber),
              decisionDate: iso(v.decisionDate),
              decider: text(v.decider),
            }
          : {}),
        ...(needsStart ? { startOn: iso(v.startOn) } : {}),
        ...(to === 'completed' ? { completionCertificate: text(v.completionCertificate) } : {}),
        ...(to === 'ended_early' && v.endReason ? { endReason: v.endReason } : {}),
        version: measure.version,
      },
      {
        onSuccess: (saved) => {
          void message.success(pt('measure.moved', { status: pt(`measureStatus.${saved.status}`) }));
          onClose();
        },
        onError: (e) => {
          if (!(isApiError(e) && e.status === 409 && e.details.length === 0)) errors.onError(e);
        },
      },
    );
  };
  const required = [{ required: true, message: pt('form.requiredSelect') }];

  return (
    <FormModal
      title={pt('measure.moveTitle', { status: pt(`measureStatus.${to}`) })}
      onClose={onClose}
      onOk={() => form.submit()}
      okText={pt('form.save')}
      cancelText={pt('form.cancel')}
      busy={move.isPending}
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {pt(`measureType.${measure.type}`)} <MeasureStatusTag status={measure.status} />
        </Typography.Text>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict.message || pt('measure.conflict')} />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            on: dayjs(todayIso()),
            decisionDate: null,
            startOn: needsStart ? dayjs(todayIso()) : null,
          }}
          onFinish={submit}
        >
          <Form.Item name="on" label={pt('measure.moveOn')} rules={required}>
            <PastDate />
          </Form.Item>
          {needsDecision && (
            <>
              <Form.Item
                name="decisionNumber"
                label={pt('measure.decisionNumber')}
                rules={contractRules(shape.decisionNumber.unwrap().unwrap(), pt('form.required'))}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} />
              </Form.Item>
              <Form.Item name="decisionDate" label={pt('measure.decisionDate')} rules={required}>
                <PastDate allowClear />
              </Form.Item>
              <Form.Item
                name="decider"
                label={pt('measure.decider')}
                rules={contractRules(shape.decider, pt('form.required'))}
              >
                <Input maxLength={maxLengthOf(shape.decider)} />
              </Form.Item>
            </>
          )}
          {needsStart && (
            <Form.Item name="startOn" label={pt('measure.startOn')} rules={required}>
              <PastDate />
            </Form.Item>
          )}
          {to === 'completed' && (
            <Form.Item
              name="completionCertificate"
              label={pt('measure.completion')}
              rules={contractRules(shape.completionCertificate, pt('form.required'))}
            >
              <Input maxLength={maxLengthOf(shape.completionCertificate)} />
            </Form.Item>
          )}
          {to === 'ended_early' && (
            <Form.Item name="endReason" label={pt('measure.endReason')} rules={required}>
              <Select options={measureEndReasons.map((r) => ({ value: r, label: pt(`endReason.${r}`) }))} />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={pt('measure.moveReason')}
            rules={contractRules(shape.reason, pt('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
        </Form>
      </Flex>
    </FormModal>
  );
}
