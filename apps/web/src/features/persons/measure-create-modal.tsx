import {
  type Measure,
  type MeasureCreate,
  type MeasureType,
  measureCreate,
  measureTypes,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { AnyDate, FormModal, iso, PastDate, text } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { MeasureFacts } from './measure-summary.tsx';
import { useCreateMeasure } from './persons-api.ts';

type Values = {
  type: MeasureType;
  status: NonNullable<MeasureCreate['status']>;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decider?: string;
  facility?: string;
  startOn?: Dayjs | null;
  durationMonths?: number | null;
  endOn?: Dayjs | null;
  nextReviewOn?: Dayjs | null;
  notes?: string;
};
const FIELDS = [
  'type',
  'status',
  'decisionNumber',
  'decisionDate',
  'decider',
  'facility',
  'startOn',
  'durationMonths',
  'endOn',
  'nextReviewOn',
  'notes',
] as const;
const shape = measureCreate.shape;

/**
 * Proposing a measure, or entering one already decided or running. The server picks the law by the decision
 * date, checks the term and computes the end: the answer is shown before the dialog closes.
 */
export function MeasureCreateModal({
  personId,
  type,
  onClose,
}: {
  personId: string;
  type?: MeasureType;
  onClose: () => void;
}) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeasure(personId);
  const errors = useServerErrors(form, FIELDS);
  const [created, setCreated] = useState<Measure | null>(null);
  const status = Form.useWatch('status', form) ?? 'proposed';

  const submit = (v: Values) => {
    errors.clear();
    create.mutate(
      {
        type: v.type,
        status: v.status,
        decisionNumber: text(v.decisionNumber),
        decisionDate: iso(v.decisionDate),
        decider: text(v.decider),
        facility: text(v.facility),
        startOn: iso(v.startOn),
        durationMonths: v.durationMonths ?? null,
        endOn: iso(v.endOn),
        nextReviewOn: iso(v.nextReviewOn),
        notes: text(v.notes),
      },
      {
        onSuccess: (m) => {
          void message.success(
            m.endOn
              ? pt('measure.created', { end: formatDate(m.endOn) })
              : pt('measure.createdNoEnd', { type: pt(`measureType.${m.type}`) }),
          );
          setCreated(m);
        },
        onError: errors.onError,
      },
    );
  };

  if (created)
    return (
      <Modal
        open
        title={pt(`measureType.${created.type}`)}
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose}>
            OK
          </Button>
        }
      >
        <Flex vertical gap={12} data-testid="measure-created">
          <Alert
            type="success"
            showIcon
            title={
              created.endOn
                ? pt('measure.created', { end: formatDate(created.endOn) })
                : pt('measure.createdNoEnd', { type: pt(`measureType.${created.type}`) })
            }
          />
          <MeasureFacts m={created} compact />
        </Flex>
      </Modal>
    );

  const half = { xs: 24, sm: 12 };
  const required = (on: boolean) => (on ? [{ required: true, message: pt('form.requiredSelect') }] : []);
  return (
    <FormModal
      title={pt('detail.proposeMeasure')}
      onClose={onClose}
      onOk={() => form.submit()}
      okText={pt('form.save')}
      cancelText={pt('form.cancel')}
      busy={create.isPending}
    >
      <Flex vertical gap={12}>
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ type, status: 'proposed', decisionDate: null, startOn: null }}
          onFinish={submit}
        >
          <Form.Item name="type" label={pt('measure.type')} rules={required(true)}>
            <Select
              options={measureTypes.map((x) => ({ value: x, label: pt(`measureType.${x}`) }))}
              optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item name="status" label={pt('measure.initialStatus')} extra={pt('measure.proposedHint')}>
            <Radio.Group
              options={(['proposed', 'decided', 'in_progress'] as const).map((s) => ({
                value: s,
                label: pt(`measureStatus.${s}`),
              }))}
            />
          </Form.Item>
          <Typography.Text strong>{pt('measure.decision')}</Typography.Text>
          <Row gutter={12} style={{ marginTop: 8 }}>
            <Col {...half}>
              <Form.Item
                name="decisionNumber"
                label={pt('measure.decisionNumber')}
                rules={[
                  ...(status !== 'proposed' ? [{ required: true, message: pt('form.required') }] : []),
                  ...contractRules(shape.decisionNumber, pt('form.required')),
                ]}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} placeholder="12/QĐ-UBND" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="decisionDate"
                label={pt('measure.decisionDate')}
                rules={required(status !== 'proposed')}
              >
                <PastDate allowClear />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="decider"
                label={pt('measure.decider')}
                rules={contractRules(shape.decider, pt('form.required'))}
              >
                <Input maxLength={maxLengthOf(shape.decider)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="facility"
                label={pt('measure.facility')}
                rules={contractRules(shape.facility, pt('form.required'))}
              >
                <Input maxLength={maxLengthOf(shape.facility)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="startOn"
                label={pt('measure.startOn')}
                rules={required(status === 'in_progress')}
              >
                {status === 'in_progress' ? <PastDate allowClear /> : <AnyDate />}
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="durationMonths"
                label={pt('measure.durationMonths')}
                extra={pt('measure.durationHint')}
              >
                <InputNumber min={1} max={60} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="endOn" label={pt('measure.endOn')} extra={pt('measure.endOnHint')}>
                <AnyDate />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="nextReviewOn" label={pt('measure.nextReviewOn')}>
                <AnyDate />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="notes"
                label={pt('measure.notes')}
                rules={contractRules(shape.notes, pt('form.required'))}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Flex>
    </FormModal>
  );
}
