import {
  type Tip,
  tipDismissalReasons,
  tipExtensionKinds,
  tipOutcomes,
  tipResumptionKinds,
  tipSuspensionGrounds,
  tipUrgencies,
} from '@pcmt/contracts';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { AgencyPicker } from '../admin/agency-picker.tsx';
import { type TipTextKey, useTipText } from './i18n.ts';
import { categoryOptions } from './tip-create-page.tsx';
import { type TipMove, useTipMove } from './tips-api.ts';

type Values = Record<string, unknown> & { on?: Dayjs };
const FIELDS = [
  'category',
  'urgency',
  'address',
  'agencyId',
  'officer',
  'note',
  'outcome',
  'on',
  'decisionNumber',
  'reason',
  'transferredTo',
  'ground',
  'by',
  'kind',
  'months',
  'duplicateOfId',
] as const;
const clean = (v: unknown) => (typeof v === 'string' ? v.trim() || null : (v ?? null));

/**
 * One handling move of a tip (triage, assignment, transfer, start of verification, outcome, suspension,
 * resumption, extension, dismissal): the fields that move needs, the record's version (a stale one is a 409
 * the dialog explains), server refusals on their fields.
 */
export function MoveModal({ tip, move, onClose }: { tip: Tip; move: TipMove; onClose: () => void }) {
  const { tt } = useTipText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useTipMove(tip.id, move);
  const errors = useServerErrors(form, FIELDS);
  const label = (k: string) => tt(k as TipTextKey);
  const required = [{ required: true, message: tt('create.required') }];
  const outcome = Form.useWatch('outcome', form);
  const today = todayIso();

  function submit(v: Values) {
    errors.clear();
    const body: Record<string, unknown> = { version: tip.version };
    for (const [k, x] of Object.entries(v)) body[k] = dayjs.isDayjs(x) ? x.format('YYYY-MM-DD') : clean(x);
    if (move === 'transfer') delete body.on;
    mutation.mutate(body as never, {
      onSuccess: () => {
        void message.success(tt('action.saved'));
        onClose();
      },
      onError: errors.onError,
    });
  }

  const dateField = (
    <Form.Item name="on" label={tt('field.on')} rules={required}>
      <DatePicker
        format={DATE_FORMAT}
        style={{ width: '100%' }}
        disabledDate={(d) => d.format('YYYY-MM-DD') > today}
      />
    </Form.Item>
  );
  const decisionField = (
    <Form.Item name="decisionNumber" label={tt('field.decisionNumber')}>
      <Input maxLength={100} />
    </Form.Item>
  );
  const reasonField = (
    <Form.Item name="reason" label={tt('field.reason')} rules={required}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
    </Form.Item>
  );
  const noteField = (
    <Form.Item name="note" label={tt('field.note')}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
    </Form.Item>
  );

  const fields: Record<TipMove, React.ReactNode> = {
    triage: (
      <>
        <Form.Item name="category" label={tt('field.category')} rules={required}>
          <Select options={categoryOptions(label)} />
        </Form.Item>
        <Form.Item name="urgency" label={tt('field.urgency')} rules={required}>
          <Radio.Group options={tipUrgencies.map((u) => ({ value: u, label: label(`urgency.${u}`) }))} />
        </Form.Item>
      </>
    ),
    assign: (
      <>
        <Form.Item name="agencyId" label={tt('field.agency')} rules={required}>
          <AgencyPicker current={{ id: tip.agency.id, label: tip.agency.name }} />
        </Form.Item>
        <Form.Item name="officer" label={tt('field.officer')}>
          <Input maxLength={200} />
        </Form.Item>
        {noteField}
      </>
    ),
    transfer: (
      <>
        <Form.Item name="agencyId" label={tt('field.agency')} rules={required}>
          <AgencyPicker />
        </Form.Item>
        {noteField}
      </>
    ),
    verify: null,
    outcome: (
      <>
        <Form.Item name="outcome" label={tt('field.outcome')} rules={required}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={tipOutcomes.map((o) => ({ value: o, label: label(`outcome.${o}`) }))}
          />
        </Form.Item>
        {dateField}
        {decisionField}
        {outcome === 'transfer' && (
          <Form.Item name="transferredTo" label={tt('field.transferredTo')} rules={required}>
            <Input maxLength={300} />
          </Form.Item>
        )}
        {reasonField}
      </>
    ),
    suspend: (
      <>
        <Form.Item name="ground" label={tt('field.ground')} rules={required}>
          <Select options={tipSuspensionGrounds.map((g) => ({ value: g, label: label(`ground.${g}`) }))} />
        </Form.Item>
        {dateField}
        {decisionField}
        {reasonField}
      </>
    ),
    resume: (
      <>
        <Form.Item name="by" label={tt('field.by')}>
          <Select
            options={tipResumptionKinds.map((g) => ({ value: g, label: label(`resumptionKind.${g}`) }))}
          />
        </Form.Item>
        {dateField}
        {decisionField}
        {reasonField}
      </>
    ),
    extend: (
      <>
        <Form.Item name="kind" label={tt('field.kind')} rules={required}>
          <Select
            options={tipExtensionKinds.map((g) => ({ value: g, label: label(`extensionKind.${g}`) }))}
          />
        </Form.Item>
        <Form.Item name="months" label={tt('field.months')} rules={required}>
          <Radio.Group options={[1, 2].map((m) => ({ value: m, label: String(m) }))} />
        </Form.Item>
        {dateField}
        {decisionField}
        {reasonField}
      </>
    ),
    dismiss: (
      <>
        <Form.Item name="reason" label={tt('field.dismissalReason')} rules={required}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={tipDismissalReasons.map((g) => ({ value: g, label: label(`dismissal.${g}`) }))}
          />
        </Form.Item>
        {noteField}
      </>
    ),
  };

  return (
    <Modal
      open
      title={tt(`action.${move}` as TipTextKey)}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{tt('action.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {tt(`action.${move}` as TipTextKey)}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {move === 'verify' && <Alert type="info" title={tt('action.verify')} />}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            category: tip.category ?? undefined,
            urgency: tip.urgency,
            on: dayjs(today),
            months: 1,
            kind: 'extension',
            by: 'resumption',
          }}
        >
          {fields[move]}
        </Form>
      </Flex>
    </Modal>
  );
}
