import {
  type BorderPartner,
  type BorderPatrol,
  type BorderPatrolCreate,
  type BorderPatrolKind,
  borderPartners,
  borderPatrolCreate,
  borderPatrolKinds,
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
  Radio,
  Row,
  Select,
} from 'antd';
import type { DefaultOptionType } from 'antd/es/select';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, fold, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { useCommuneOptions } from '../key-areas/on-date.tsx';
import { useBorderReference, useSavePatrol } from './border-api.ts';
import { useBorderText } from './i18n.ts';

const shape = borderPatrolCreate.shape;

type Values = {
  kind: BorderPatrolKind;
  status?: 'planned' | 'in_progress';
  route: string;
  unitId?: string;
  gateCode?: string | null;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  officers?: number | null;
  forces: string[];
  jointWith: BorderPartner[];
  counterpart?: string;
  station?: string;
  plan?: string;
};
const FIELDS = [
  'kind',
  'status',
  'route',
  'unitId',
  'gateCode',
  'startOn',
  'endOn',
  'officers',
  'forces',
  'jointWith',
  'counterpart',
  'station',
  'plan',
] as const;
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * Create (no `record`) or edit a patrol: the border commune of the station's area (border communes of the
 * reference list first), an optional gate, dates, forces and joint partners (the foreign counterpart's name only
 * for a bilateral patrol). Checks from the contract; server refusals on their fields; status through moves.
 */
export function PatrolForm({ record, onReload }: { record?: BorderPatrol; onReload?: () => void }) {
  const { xt } = useBorderText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const save = useSavePatrol(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const reference = useBorderReference();
  const startOn = Form.useWatch('startOn', form) as Dayjs | undefined;
  const status = Form.useWatch('status', form) as Values['status'];
  const jointWith = (Form.useWatch('jointWith', form) ?? []) as BorderPartner[];
  const foreign = jointWith.includes('laos') || jointWith.includes('cambodia');
  // The commune is the one of the start date (an old commune before 01/7/2025).
  const communes = useCommuneOptions(startOn ? iso(startOn) : todayIso());
  const options = useMemo((): DefaultOptionType[] => {
    const own = new Set(me.jurisdiction.map((u) => u.id));
    const mine = communes.options.filter((o) => own.has(o.value));
    const pool = mine.length > 0 ? mine : communes.options;
    const border = new Set((reference.data?.communes ?? []).map((c) => c.unitId));
    const first = pool.filter((o) => border.has(o.value));
    const rest = pool.filter((o) => !border.has(o.value));
    if (!first.length || !rest.length) return pool;
    return [
      { label: xt('form.border'), title: xt('form.border'), options: first },
      { label: xt('form.other'), title: xt('form.other'), options: rest },
    ];
  }, [communes.options, me.jurisdiction, reference.data, xt]);
  const onlyOne = useMemo(() => {
    const own = new Set(me.jurisdiction.map((u) => u.id));
    const mine = communes.options.filter((o) => own.has(o.value));
    return mine.length === 1 ? mine[0]?.value : undefined;
  }, [communes.options, me.jurisdiction]);
  useEffect(() => {
    if (!record && onlyOne && !form.getFieldValue('unitId')) form.setFieldValue('unitId', onlyOne);
  }, [record, onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        kind: record.kind,
        route: record.route,
        unitId: record.unit.id,
        gateCode: record.gate?.code ?? null,
        startOn: dayjs(record.startOn),
        endOn: record.endOn ? dayjs(record.endOn) : null,
        officers: record.officers,
        forces: record.forces,
        jointWith: record.jointWith,
        counterpart: record.counterpart ?? '',
        station: record.station,
        plan: record.plan ?? '',
      }
    : { kind: 'patrol', status: 'in_progress', startOn: dayjs(todayIso()), forces: [], jointWith: [] };

  const submit = (v: Values) => {
    errors.clear();
    const text = (s: string | undefined) => (s?.trim() ? s.trim() : null);
    const body = {
      kind: v.kind,
      route: v.route.trim(),
      unitId: v.unitId as string,
      gateCode: v.gateCode ?? null,
      startOn: iso(v.startOn),
      endOn: v.endOn ? iso(v.endOn) : null,
      officers: v.officers as number,
      forces: v.forces ?? [],
      jointWith: v.jointWith ?? [],
      counterpart: foreign ? text(v.counterpart) : null,
      station: text(v.station),
      plan: text(v.plan),
    };
    save.mutate(
      record ? { ...body, version: record.version } : ({ ...body, status: v.status } as BorderPatrolCreate),
      {
        onSuccess: (saved) => {
          void message.success(record ? xt('form.saved') : xt('form.created'));
          navigate(`/border-patrols/${saved.id}`);
        },
        onError: errors.onError,
      },
    );
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], xt('form.required'));
  const half = { xs: 24, md: 12 };
  const requiredSelect = [{ required: true, message: xt('form.requiredSelect') }];
  const planned = record ? record.status === 'planned' : status === 'planned';

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
              title={xt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{xt('form.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={xt('form.general')} size="small">
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="kind" label={xt('field.kind')} rules={requiredSelect}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={borderPatrolKinds.map((k) => ({ value: k, label: xt(`kind.${k}`) }))}
                />
              </Form.Item>
            </Col>
            {!record && (
              <Col xs={24}>
                <Form.Item name="status" label={xt('field.status')}>
                  <Radio.Group
                    options={[
                      { value: 'in_progress', label: xt('form.startNow') },
                      { value: 'planned', label: xt('form.planned') },
                    ]}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item name="route" label={xt('field.route')} rules={rules('route')}>
                <Input maxLength={maxLengthOf(shape.route)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={xt('field.unit')} rules={requiredSelect}>
                <Select
                  showSearch={{
                    filterOption: (input, o) =>
                      String((o as { search?: string } | undefined)?.search ?? '').includes(fold(input)),
                  }}
                  placeholder={xt('form.unitPlaceholder')}
                  options={options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="gateCode" label={xt('field.gate')} tooltip={xt('form.gateHint')}>
                <Select
                  allowClear
                  placeholder={xt('form.gatePlaceholder')}
                  loading={reference.isPending}
                  options={(reference.data?.gates ?? []).map((g) => ({
                    value: g.code,
                    label: `${g.name} – ${g.counterpartGate}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="startOn" label={xt('field.startOn')} rules={requiredSelect}>
                <DatePicker
                  format={DATE_FORMAT}
                  allowClear={false}
                  inputReadOnly
                  style={{ width: '100%' }}
                  disabledDate={(d) => !planned && iso(d) > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="endOn" label={xt('field.endOn')}>
                <DatePicker
                  format={DATE_FORMAT}
                  inputReadOnly
                  style={{ width: '100%' }}
                  disabledDate={(d) => Boolean(startOn && d.isBefore(startOn, 'day'))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="station" label={xt('field.station')} rules={rules('station')}>
                <Input
                  maxLength={maxLengthOf(shape.station)}
                  placeholder={xt('form.stationPlaceholder')}
                  autoComplete="off"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={xt('form.forces')} size="small">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="officers"
                label={xt('field.officers')}
                rules={[{ required: true, message: xt('form.required') }]}
              >
                <InputNumber min={1} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="forces" label={xt('field.forces')}>
                <Select
                  mode="tags"
                  open={false}
                  placeholder={xt('form.forcesPlaceholder')}
                  suffixIcon={null}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="jointWith" label={xt('field.jointWith')}>
                <Checkbox.Group
                  style={{
                    display: 'flex',
                    flexDirection: phone ? 'column' : 'row',
                    flexWrap: 'wrap',
                    gap: 8,
                  }}
                  options={borderPartners.map((p) => ({ value: p, label: xt(`partner.${p}`) }))}
                />
              </Form.Item>
            </Col>
            {foreign && (
              <Col xs={24}>
                <Form.Item name="counterpart" label={xt('field.counterpart')} rules={rules('counterpart')}>
                  <Input maxLength={maxLengthOf(shape.counterpart)} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item name="plan" label={xt('field.plan')} rules={rules('plan')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxLengthOf(shape.plan)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={() => navigate(record ? `/border-patrols/${record.id}` : '/border-patrols')}>
            {xt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="patrol-save">
            {xt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
