import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type BorderPatrol,
  type BorderPatrolResultCreate,
  borderPatrolResultCreate,
  type DrugType,
  drugTypes,
  type MeasureUnit,
  measureUnitLabel,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { drugUnits } from '../cases/charges.ts';
import { useCaseText } from '../cases/i18n.ts';
import { RecordState } from '../cases/record-state.tsx';
import { useAddResult, usePatrol, useTransitionPatrol } from './border-api.ts';
import { useBorderText } from './i18n.ts';
import { periodText } from './patrols-page.tsx';
import { PatrolStatusTag } from './tags.tsx';

const shape = borderPatrolResultCreate.shape;

type SeizureValues = { drugType?: DrugType; quantity?: number | null; measure?: MeasureUnit; note?: string };
type Values = {
  on: Dayjs;
  seizures: SeizureValues[];
  arrests?: number | null;
  tipsPassed?: number | null;
  tipIds?: string;
  note?: string;
  complete?: boolean;
};
// `seizures` is not here: its errors land on the seizure's own field (`seizures.0.measure`).
const FIELDS = ['on', 'arrests', 'personIds', 'tipsPassed', 'tipIds', 'note', 'complete'] as const;

/** One seizure row: the unit offers only what the drug type may use and resets when the type changes. */
function SeizureRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { xt } = useBorderText();
  const { ct } = useCaseText();
  const form = Form.useFormInstance<Values>();
  const drug = Form.useWatch(['seizures', index, 'drugType'], form) as DrugType | undefined;
  const units = drug ? drugUnits[drug] : [];
  const required = [{ required: true, message: xt('form.requiredSelect') }];
  return (
    <div
      data-testid="seizure-row"
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, background: '#fafafa' }}
    >
      <Row gutter={8}>
        <Col xs={20} sm={10}>
          <Form.Item name={[index, 'drugType']} label={xt('field.drugType')} rules={required}>
            <Select
              aria-label={xt('field.drugType')}
              options={drugTypes.map((d) => ({ value: d, label: ct(`drug.${d}`) }))}
              onChange={(d: DrugType) => {
                const only = drugUnits[d];
                const now = form.getFieldValue(['seizures', index, 'measure']) as MeasureUnit | undefined;
                if (!now || !only.includes(now)) form.setFieldValue(['seizures', index, 'measure'], only[0]);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={4} sm={2}>
          <Form.Item label=" ">
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={xt('result.removeSeizure')}
              onClick={onRemove}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name={[index, 'quantity']}
            label={xt('field.quantity')}
            rules={[{ required: true, message: xt('form.required') }]}
          >
            <InputNumber
              aria-label={xt('field.quantity')}
              min={0}
              decimalSeparator=","
              inputMode="decimal"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name={[index, 'measure']}
            label={xt('field.measure')}
            rules={required}
            tooltip={xt('result.unitsHint')}
          >
            <Select
              aria-label={xt('field.measure')}
              options={units.map((u) => ({ value: u, label: measureUnitLabel[u] }))}
              disabled={!drug}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[index, 'note']} label={xt('field.note')} style={{ marginBottom: 0 }}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}

function ResultForm({ p }: { p: BorderPatrol }) {
  const { xt } = useBorderText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const add = useAddResult(p.id);
  const start = useTransitionPatrol(p.id);
  const canMove = usePermission('border_patrol.transition');
  const errors = useServerErrors(form, FIELDS);
  const open = p.status === 'in_progress' || p.status === 'completed';
  const count = {
    min: 0,
    precision: 0,
    inputMode: 'numeric' as const,
    style: { width: '100%' },
    size: 'large' as const,
  };

  const submit = (v: Values) => {
    errors.clear();
    const tipIds = (v.tipIds ?? '')
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const body: BorderPatrolResultCreate = {
      on: v.on.format('YYYY-MM-DD'),
      arrests: v.arrests ?? 0,
      tipsPassed: v.tipsPassed ?? 0,
      // Sent as typed: a mistyped id comes back as the server's refusal on its line, never silently dropped.
      tipIds,
      seizures: (v.seizures ?? [])
        .filter((s) => s.drugType && s.measure && s.quantity)
        .map((s) => ({
          drugType: s.drugType as DrugType,
          measure: s.measure as MeasureUnit,
          quantity: s.quantity as number,
          note: s.note?.trim() ? s.note.trim() : null,
        })),
      note: v.note?.trim() ? v.note.trim() : null,
      complete: p.status === 'in_progress' && Boolean(v.complete),
      version: p.version,
    };
    add.mutate(body, {
      onSuccess: () => {
        void message.success(xt('result.saved'));
        navigate(`/border-patrols/${p.id}`);
      },
      onError: errors.onError,
    });
  };

  return (
    <>
      <PageHeader title={xt('result.heading')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex vertical gap={4}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {p.route}
          </Typography.Text>
          <Flex gap={8} wrap align="center">
            <PatrolStatusTag status={p.status} />
            <Typography.Text type="secondary">
              {p.unit.name} · {periodText(p)}
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
      {!open && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={xt('result.notOpen')}
          action={
            p.status === 'planned' && canMove ? (
              <Button
                type="primary"
                loading={start.isPending}
                onClick={() =>
                  start.mutate({ to: 'in_progress', on: todayIso(), reason: null, version: p.version })
                }
              >
                {xt('result.start')}
              </Button>
            ) : undefined
          }
        />
      )}
      {start.error && <ErrorAlert error={start.error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()), seizures: [], arrests: 0, tipsPassed: 0 }}
        onFinish={submit}
        disabled={!open}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={12}>
          {errors.summary !== null &&
            (isConflict(errors.summary) ? (
              <Alert type="warning" showIcon role="alert" title={xt('form.conflict')} />
            ) : (
              <ErrorAlert error={errors.summary} extra={errors.extra} />
            ))}
          <Card size="small">
            <Form.Item
              name="on"
              label={xt('field.on')}
              rules={[{ required: true, message: xt('form.requiredSelect') }]}
              style={{ marginBottom: 0 }}
            >
              <DatePicker
                format={DATE_FORMAT}
                allowClear={false}
                inputReadOnly
                size="large"
                style={{ width: '100%' }}
                disabledDate={(d) =>
                  d.format('YYYY-MM-DD') > todayIso() || d.format('YYYY-MM-DD') < p.startOn
                }
              />
            </Form.Item>
          </Card>
          <Card size="small" title={xt('result.seizures')}>
            <Form.List name="seizures">
              {(fields, { add: addRow, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <SeizureRow key={f.key} index={f.name} onRemove={() => remove(f.name)} />
                  ))}
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    size="large"
                    block
                    onClick={() => addRow({})}
                    disabled={fields.length >= 50 || !open}
                  >
                    {xt('result.addSeizure')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
          <Card size="small" title={xt('result.counts')}>
            <Row gutter={12}>
              <Col xs={12}>
                <Form.Item
                  name="arrests"
                  label={xt('field.arrests')}
                  rules={contractRules(shape.arrests, '')}
                >
                  <InputNumber {...count} aria-label={xt('field.arrests')} />
                </Form.Item>
              </Col>
              <Col xs={12}>
                <Form.Item
                  name="tipsPassed"
                  label={xt('field.tipsPassed')}
                  rules={contractRules(shape.tipsPassed, '')}
                >
                  <InputNumber {...count} aria-label={xt('field.tipsPassed')} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="tipIds" label={xt('field.tipIds')} tooltip={xt('result.tipIdsHint')}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="note" label={xt('field.note')} rules={contractRules(shape.note, '')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.note)} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {p.status === 'in_progress' && (
            <Card size="small">
              <Form.Item
                name="complete"
                valuePropName="checked"
                extra={xt('result.completeHint')}
                style={{ marginBottom: 0 }}
              >
                <Checkbox>{xt('result.complete')}</Checkbox>
              </Form.Item>
            </Card>
          )}
          {/* On a phone the save button stays within the thumb's reach at the bottom of the screen. */}
          <div
            data-testid="result-submit"
            style={{
              position: phone ? 'sticky' : 'static',
              bottom: 0,
              zIndex: 2,
              background: '#fff',
              padding: '12px 0',
              borderTop: '1px solid #f0f0f0',
            }}
          >
            <Flex gap={8}>
              <Button size="large" disabled={false} onClick={() => navigate(`/border-patrols/${p.id}`)}>
                {xt('form.cancel')}
              </Button>
              <Button size="large" type="primary" htmlType="submit" block loading={add.isPending}>
                {xt('result.save')}
              </Button>
            </Flex>
          </div>
        </Flex>
      </Form>
    </>
  );
}

/** `/border-patrols/:id/result`: the one-handed field entry of a patrol's result (seizures, arrests, tips). */
export default function ResultPage() {
  const { id = '' } = useParams();
  const record = usePatrol(id);
  return (
    <RecordState query={record} back="/border-patrols">
      {(p) => <ResultForm key={p.version} p={p} />}
    </RecordState>
  );
}
