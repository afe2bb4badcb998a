import {
  type CampaignCreate,
  type CampaignIndicator,
  campaignCreate,
  campaignIndicators,
  type DrugType,
  drugTypes,
  type PeakCampaign,
  type UnitFamily,
  unitFamilies,
} from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useSaveCampaign } from './cases-api.ts';
import { useCaseText } from './i18n.ts';
import { useLeadingUnitOptions } from './unit-options.ts';

const shape = campaignCreate.shape;
type TargetValues = {
  indicator?: CampaignIndicator;
  drugType?: DrugType | null;
  family?: UnitFamily | null;
  target?: number;
};
type Values = {
  name: string;
  decisionNumber?: string;
  periodFrom: Dayjs;
  periodTo?: Dayjs;
  unitId?: string;
  unitIds: string[];
  targets: TargetValues[];
  summary?: string;
};
const FIELDS = [
  'name',
  'decisionNumber',
  'periodFrom',
  'periodTo',
  'unitId',
  'unitIds',
  'targets',
  'summary',
] as const;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create or edit a peak campaign: period (≤ 1 year), leading unit, units taking part, targets per indicator. */
export function CampaignForm({ record, onReload }: { record?: PeakCampaign; onReload?: () => void }) {
  const { ct, t } = useCaseText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveCampaign(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const from = Form.useWatch('periodFrom', form) as Dayjs | undefined;
  const targets = (Form.useWatch('targets', form) ?? []) as TargetValues[];
  const units = useLeadingUnitOptions(from ? from.format('YYYY-MM-DD') : todayIso());

  const initial: Partial<Values> = record
    ? {
        name: record.name,
        decisionNumber: record.decisionNumber ?? undefined,
        periodFrom: dayjs(record.periodFrom),
        periodTo: dayjs(record.periodTo),
        unitId: record.unit.id,
        unitIds: record.units.map((u) => u.id),
        targets: record.targets,
        summary: record.summary ?? undefined,
      }
    : { periodFrom: dayjs(todayIso()), unitIds: [], targets: [] };

  const submit = (v: Values) => {
    errors.clear();
    const body: CampaignCreate = {
      name: v.name.trim(),
      decisionNumber: text(v.decisionNumber),
      periodFrom: v.periodFrom.format('YYYY-MM-DD'),
      periodTo: (v.periodTo as Dayjs).format('YYYY-MM-DD'),
      unitId: v.unitId as string,
      unitIds: v.unitIds,
      targets: (v.targets ?? []).map((x) => ({
        indicator: x.indicator as CampaignIndicator,
        target: x.target ?? 0,
        ...(x.indicator === 'seizure' ? { family: x.family ?? null, drugType: x.drugType ?? null } : {}),
      })),
      summary: text(v.summary),
    };
    save.mutate(record ? { ...body, version: record.version } : body, {
      onSuccess: (saved) => {
        void message.success(record ? ct('common.saved') : ct('common.created'));
        navigate(`/campaigns/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], ct('common.required'));
  const requiredSelect = [{ required: true, message: ct('common.requiredSelect') }];
  const half = { xs: 24, md: 12 };
  const datePicker = (
    <DatePicker format={DATE_FORMAT} allowClear={false} inputReadOnly style={{ width: '100%' }} />
  );

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
              title={ct('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small" title={ct('campaign.general')}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="name" label={ct('campaign.name')} rules={rules('name')}>
                <Input maxLength={maxLengthOf(shape.name)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="decisionNumber"
                label={ct('campaign.decisionNumber')}
                rules={rules('decisionNumber')}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="periodFrom" label={ct('common.from')} rules={requiredSelect}>
                {datePicker}
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="periodTo"
                label={ct('common.to')}
                extra={ct('campaign.periodHint')}
                rules={requiredSelect}
              >
                {datePicker}
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={ct('campaign.unit')} rules={requiredSelect}>
                <Select showSearch={communeSearch} options={units.options} loading={units.loading} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitIds" label={ct('campaign.units')} rules={requiredSelect}>
                <Select
                  mode="multiple"
                  showSearch={communeSearch}
                  options={units.options}
                  loading={units.loading}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="summary" label={ct('campaign.summary')} rules={rules('summary')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.summary)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={ct('campaign.targets')}>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f) => {
                  const seizure = targets[f.name]?.indicator === 'seizure';
                  return (
                    <Row key={f.key} gutter={8} align="bottom">
                      <Col xs={24} md={seizure ? 8 : 14}>
                        <Form.Item
                          name={[f.name, 'indicator']}
                          label={ct('campaign.indicator')}
                          rules={requiredSelect}
                        >
                          <Select
                            options={campaignIndicators.map((i) => ({
                              value: i,
                              label: ct(`indicator.${i}`),
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      {seizure && (
                        <>
                          <Col xs={12} md={6}>
                            <Form.Item name={[f.name, 'drugType']} label={ct('field.drugType')}>
                              <Select
                                allowClear
                                placeholder={ct('campaign.anyDrug')}
                                options={drugTypes.map((d) => ({ value: d, label: ct(`drug.${d}`) }))}
                                popupMatchSelectWidth={false}
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={4}>
                            <Form.Item
                              name={[f.name, 'family']}
                              label={ct('campaign.family')}
                              rules={requiredSelect}
                            >
                              <Select
                                options={unitFamilies.map((u) => ({ value: u, label: ct(`family.${u}`) }))}
                              />
                            </Form.Item>
                          </Col>
                        </>
                      )}
                      <Col xs={14} md={4}>
                        <Form.Item
                          name={[f.name, 'target']}
                          label={ct('campaign.target')}
                          rules={[{ required: true, message: ct('common.required') }]}
                        >
                          <InputNumber
                            min={0}
                            decimalSeparator=","
                            inputMode="decimal"
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={10} md={2}>
                        <Form.Item label=" ">
                          <Button onClick={() => remove(f.name)} block>
                            {ct('common.remove')}
                          </Button>
                        </Form.Item>
                      </Col>
                    </Row>
                  );
                })}
                <span>
                  <Button onClick={() => add({})} disabled={fields.length >= 40}>
                    {ct('campaign.addTarget')}
                  </Button>
                </span>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/campaigns/${record.id}` : '/campaigns')}>
            {ct('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {ct('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
