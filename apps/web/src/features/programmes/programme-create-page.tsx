import { type ProgrammeCreate, type ProgrammeIndicators, programmeCreate } from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { inputLabelKey, useAreaText } from '../key-areas/i18n.ts';
import { useKeyAreas } from '../key-areas/key-areas-api.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useProgrammeText } from './i18n.ts';
import { MembersFields, type MemberValues, memberInput } from './members-fields.tsx';
import { programmeTitle } from './nav.ts';
import { useCreateProgramme } from './programmes-api.ts';

const COUNTS = [
  'population',
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
] as const satisfies readonly (keyof ProgrammeIndicators)[];

type Values = {
  name: string;
  unitId?: string;
  keyAreaId?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decisionIssuer?: string;
  period: [Dayjs, Dayjs];
  objectives?: string;
  baseline?: Partial<Record<(typeof COUNTS)[number] | 'plantAreaM2', number | null>> & {
    onKeyRoute?: 'yes' | 'no' | 'unknown';
  };
  members?: MemberValues[];
};
const FIELDS = [
  'name',
  'unitId',
  'keyAreaId',
  'decisionNumber',
  'decisionDate',
  'decisionIssuer',
  'objectives',
] as const;
const shape = programmeCreate.shape;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
/** The default period: 12 months, ending the eve of the anniversary (as the server's default). */
const yearFrom = (d: Dayjs) => d.add(12, 'month').subtract(1, 'day');

/**
 * `/programmes/new`: a commune's transformation programme — decision, period (12 months unless changed),
 * objectives, the baseline (left to the server's latest classification unless entered) and the steering
 * committee. Preset from the commune page with `?unitId=&keyAreaId=`.
 */
export default function ProgrammeCreatePage() {
  const { pt } = useProgrammeText();
  const { at } = useAreaText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgramme();
  const errors = useServerErrors(form, FIELDS);
  const period = Form.useWatch('period', form) as [Dayjs, Dayjs] | undefined;
  const from = period?.[0]?.format('YYYY-MM-DD') ?? todayIso();
  const communes = useCommuneOptions(from);
  const unitId = (Form.useWatch('unitId', form) as string | undefined) ?? params.get('unitId') ?? undefined;
  const areas = useKeyAreas({ unitId, status: 'designated', pageSize: 20 });
  const areaOptions = unitId
    ? (areas.data?.data ?? []).map((a) => ({
        value: a.id,
        label: `${a.decisionNumber} (${a.unit.name})`,
      }))
    : [];

  const submit = (v: Values) => {
    errors.clear();
    const b = v.baseline ?? {};
    const baseline: ProgrammeCreate['baseline'] = {};
    for (const k of [...COUNTS, 'plantAreaM2'] as const)
      if (b[k] !== undefined && b[k] !== null) baseline[k] = b[k];
    if (b.onKeyRoute === 'yes' || b.onKeyRoute === 'no') baseline.onKeyRoute = b.onKeyRoute === 'yes';
    const body: ProgrammeCreate = {
      name: v.name.trim(),
      unitId: v.unitId ?? '',
      keyAreaId: v.keyAreaId ?? null,
      decisionNumber: text(v.decisionNumber),
      decisionDate: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : null,
      decisionIssuer: text(v.decisionIssuer),
      periodFrom: v.period[0].format('YYYY-MM-DD'),
      periodTo: v.period[1].format('YYYY-MM-DD'),
      objectives: text(v.objectives),
      ...(Object.keys(baseline).length > 0 ? { baseline } : {}),
      members: (v.members ?? []).map(memberInput),
    };
    create.mutate(body, {
      onSuccess: (saved) => {
        void message.success(pt('form.created'));
        navigate(`/programmes/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));
  const half = { xs: 24, md: 12 };
  const start = dayjs(todayIso());

  return (
    <>
      <PageHeader title={programmeTitle('create')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          unitId: params.get('unitId') ?? undefined,
          keyAreaId: params.get('keyAreaId') ?? undefined,
          period: [start, yearFrom(start)],
          members: [],
          baseline: { onKeyRoute: 'unknown' },
        }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>, all) => {
          // A new start moves the default end with it (12 months), unless the end was set apart from it.
          const next = changed.period;
          const before = period;
          if (next && before && !next[0].isSame(before[0], 'day') && next[1].isSame(before[1], 'day'))
            form.setFieldValue('period', [next[0], yearFrom(next[0])]);
          if (changed.unitId !== undefined && all.keyAreaId) form.setFieldValue('keyAreaId', undefined);
        }}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={16} style={{ maxWidth: 960 }}>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small" title={pt('form.general')}>
            <Row gutter={16}>
              <Col xs={24}>
                <Form.Item name="name" label={pt('field.name')} rules={rules('name')}>
                  <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="unitId"
                  label={pt('field.commune')}
                  rules={[{ required: true, message: pt('form.requiredSelect') }]}
                >
                  <Select
                    showSearch={communeSearch}
                    placeholder={at('common.communePlaceholder')}
                    options={communes.options}
                    loading={communes.loading}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="keyAreaId" label={pt('field.keyArea')}>
                  <Select
                    allowClear
                    placeholder={pt('form.noKeyArea')}
                    options={areaOptions}
                    loading={areas.isFetching}
                    disabled={!unitId}
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item
                  name="period"
                  label={pt('field.period')}
                  extra={pt('form.periodHint')}
                  rules={[{ required: true, message: pt('form.requiredSelect') }]}
                >
                  <DatePicker.RangePicker
                    format={DATE_FORMAT}
                    inputReadOnly
                    allowClear={false}
                    style={{ width: '100%', maxWidth: 420 }}
                    classNames={{ popup: { root: 'pcmt-range-popup' } }}
                    placeholder={[pt('field.periodFrom'), pt('field.periodTo')]}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="decisionNumber"
                  label={pt('field.decisionNumber')}
                  rules={rules('decisionNumber')}
                >
                  <Input maxLength={maxLengthOf(shape.decisionNumber)} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="decisionDate" label={pt('field.decisionDate')}>
                  <DatePicker
                    format={DATE_FORMAT}
                    inputReadOnly
                    style={{ width: '100%' }}
                    disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item
                  name="decisionIssuer"
                  label={pt('field.decisionIssuer')}
                  rules={rules('decisionIssuer')}
                >
                  <Input maxLength={maxLengthOf(shape.decisionIssuer)} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="objectives" label={pt('field.objectives')} rules={rules('objectives')}>
                  <Input.TextArea
                    autoSize={{ minRows: 3, maxRows: 10 }}
                    maxLength={maxLengthOf(shape.objectives)}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={pt('form.baseline')}>
            <Alert type="info" showIcon title={pt('form.baselineHint')} style={{ marginBottom: 12 }} />
            <Row gutter={16}>
              {COUNTS.map((k) => (
                <Col xs={24} sm={12} md={8} key={k}>
                  <Form.Item name={['baseline', k]} label={at(inputLabelKey(k))}>
                    <InputNumber
                      min={0}
                      max={10_000_000}
                      precision={0}
                      style={{ width: '100%' }}
                      inputMode="numeric"
                    />
                  </Form.Item>
                </Col>
              ))}
              <Col xs={24} sm={12} md={8}>
                <Form.Item name={['baseline', 'plantAreaM2']} label={at('figures.plantAreaM2')}>
                  <InputNumber min={0} max={100_000_000} style={{ width: '100%' }} inputMode="decimal" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={8}>
                <Form.Item name={['baseline', 'onKeyRoute']} label={at('figures.onKeyRoute')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'yes', label: at('common.yes') },
                      { value: 'no', label: at('common.no') },
                      { value: 'unknown', label: at('figures.unknown') },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={pt('form.members')}>
            <MembersFields />
          </Card>
          <Flex gap={8} justify="end" wrap>
            <Button onClick={() => navigate('/programmes')}>{pt('form.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {pt('form.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
