import {
  type Support,
  type SupportCreate,
  type SupportKind,
  type SupportSource,
  supportCreate,
  supportKinds,
  supportSources,
} from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSaveSupport } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { useUnitChoices } from './unit-choices.ts';

const shape = supportCreate.shape;
const FIELDS = [
  'unitId',
  'on',
  'kind',
  'description',
  'quantity',
  'quantityUnit',
  'valueVnd',
  'source',
  'decisionRef',
] as const;
type Values = {
  unitId?: string;
  on: Dayjs;
  kind?: SupportKind;
  description: string;
  quantity?: number | null;
  quantityUnit?: string;
  valueVnd?: number | null;
  source?: SupportSource;
  decisionRef?: string;
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create (no `record`) or edit a support delivery: the contract's checks, server refusals on their fields. */
export function SupportEditor({ record, onReload }: { record?: Support; onReload?: () => void }) {
  const { gt, t } = useGrassrootsText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveSupport(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const units = useUnitChoices({ communesOnly: true });
  const quantity = Form.useWatch('quantity', form);
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    if (!record && units.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', units.onlyOne);
  }, [record, units.onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        unitId: record.unit.id,
        on: dayjs(record.on),
        kind: record.kind,
        description: record.description,
        quantity: record.quantity,
        quantityUnit: record.quantityUnit ?? undefined,
        valueVnd: record.valueVnd,
        source: record.source,
        decisionRef: record.decisionRef ?? undefined,
      }
    : { on: dayjs(todayIso()) };

  const submit = (v: Values) => {
    errors.clear();
    const body: SupportCreate = {
      unitId: v.unitId as string,
      on: v.on.format('YYYY-MM-DD'),
      kind: v.kind as SupportKind,
      description: v.description.trim(),
      quantity: v.quantity ?? null,
      quantityUnit: v.quantity != null ? text(v.quantityUnit) : null,
      valueVnd: v.valueVnd ?? null,
      source: v.source as SupportSource,
      decisionRef: text(v.decisionRef),
    };
    save.mutate(record ? { ...body, version: record.version } : body, {
      onSuccess: (saved) => {
        void message.success(record ? gt('common.saved') : gt('common.created'));
        navigate(`/support/${saved.id}`);
      },
      onError: errors.onError,
    });
  };
  const rules = (key: keyof typeof shape) => contractRules(shape[key], gt('common.required'));
  const pickOne = [{ required: true, message: gt('common.requiredSelect') }];
  const half = { xs: 24, md: 12 };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap={16}>
        {errors.summary !== null &&
          (isConflict(errors.summary) ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={gt('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small" title={gt('common.general')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="unitId" label={gt('field.receivingUnit')} rules={pickOne}>
                <Select
                  showSearch={units.search}
                  placeholder={gt('common.unitPlaceholder')}
                  options={units.writable}
                  loading={units.loading}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="on" label={gt('field.on')} rules={pickOne}>
                <DatePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="kind" label={gt('field.kind')} rules={pickOne}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={supportKinds.map((k) => ({ value: k, label: gt(`supportKind.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="source" label={gt('field.source')} rules={pickOne}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={supportSources.map((k) => ({ value: k, label: gt(`source.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={gt('field.description')} rules={rules('description')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={maxLengthOf(shape.description)}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="quantity" label={gt('field.quantity')} extra={gt('hint.quantity')}>
                <InputNumber<number> min={0} inputMode="decimal" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="quantityUnit"
                label={gt('field.quantityUnit')}
                rules={quantity != null ? [{ required: true, message: gt('common.required') }] : []}
              >
                <Input maxLength={maxLengthOf(shape.quantityUnit)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="valueVnd"
                label={gt('field.valueVnd')}
                rules={kind === 'funds' ? [{ required: true, message: gt('common.required') }] : []}
              >
                <InputNumber<number>
                  min={0}
                  precision={0}
                  step={1_000_000}
                  inputMode="numeric"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="decisionRef" label={gt('field.decisionRef')} rules={rules('decisionRef')}>
                <Input maxLength={maxLengthOf(shape.decisionRef)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/support/${record.id}` : '/support')}>
            {gt('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {gt('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
