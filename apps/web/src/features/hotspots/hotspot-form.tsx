import {
  type Hotspot,
  type HotspotBehaviour,
  type HotspotCreate,
  type HotspotKind,
  hotspotBehaviours,
  hotspotCreate,
  hotspotKinds,
  isoDate,
} from '@pcmt/contracts';
import { useQuery } from '@tanstack/react-query';
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
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, fold, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { locatePoint, useSaveHotspot, useUnitsAt } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import type { Point } from './map/point-picker.tsx';

// Leaflet comes with the picker, after the form's own fields are on screen.
const PointPicker = lazy(() => import('./map/point-picker.tsx').then((m) => ({ default: m.PointPicker })));

const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);
const shape = hotspotCreate.shape;

type Values = {
  name: string;
  kind?: HotspotKind | 'auto';
  behaviours: HotspotBehaviour[];
  detectedOn: Dayjs;
  location: Point | null;
  unitId?: string | null;
  address?: string;
  description?: string;
  responsibleOfficer?: string;
  linkedPersons?: string;
  linkedBusinesses?: string;
  sellers?: number | null;
  users?: number | null;
  citations?: string;
};

const FIELDS = [
  'name',
  'kind',
  'behaviours',
  'detectedOn',
  'location',
  'unitId',
  'address',
  'description',
  'responsibleOfficer',
  'linkedPersons',
  'linkedBusinesses',
  'sellers',
  'users',
  'citations',
] as const;

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create (no `hotspot`) or edit a hotspot; validation from the contract, server refusals on their fields. */
export function HotspotForm({ hotspot, onReload }: { hotspot?: Hotspot; onReload?: () => void }) {
  const { ht, t } = useHotspotText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveHotspot(hotspot?.id ?? null);
  const errors = useServerErrors(form, FIELDS);

  const detected = Form.useWatch('detectedOn', form) as Dayjs | undefined;
  const at = detected?.isValid() ? detected.format('YYYY-MM-DD') : (hotspot?.detectedOn ?? todayIso());
  const point = Form.useWatch('location', form) as Point | null | undefined;
  const units = useUnitsAt(at);
  const located = useQuery({
    queryKey: ['locate', point?.lat, point?.lng, at],
    queryFn: ({ signal }) => locatePoint(point!.lat, point!.lng, at, signal),
    enabled: Boolean(point),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const candidates = point ? (located.data?.candidates ?? []) : [];

  const communes = useMemo(
    () =>
      (units.data ?? [])
        .filter((u) => COMMUNE_TYPES.has(u.type))
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) })),
    [units.data],
  );

  const initial: Partial<Values> = hotspot
    ? {
        name: hotspot.name,
        kind: hotspot.kind,
        behaviours: hotspot.behaviours,
        detectedOn: dayjs(hotspot.detectedOn),
        location: hotspot.location,
        unitId: hotspot.unit.id,
        address: hotspot.address ?? undefined,
        description: hotspot.description ?? undefined,
        responsibleOfficer: hotspot.responsibleOfficer ?? undefined,
        linkedPersons: hotspot.linkedPersons ?? undefined,
        linkedBusinesses: hotspot.linkedBusinesses ?? undefined,
        sellers: hotspot.sellers,
        users: hotspot.users,
        citations: hotspot.citations.join('\n'),
      }
    : { kind: 'auto', behaviours: [], detectedOn: dayjs(todayIso()), location: null };

  const submit = (v: Values) => {
    errors.clear();
    const unitId = v.location ? (candidates.length > 0 ? (v.unitId ?? null) : null) : (v.unitId ?? null);
    const body: HotspotCreate = {
      name: v.name.trim(),
      kind: v.kind === 'auto' ? undefined : v.kind,
      behaviours: v.behaviours,
      detectedOn: v.detectedOn.format('YYYY-MM-DD'),
      location: v.location ?? null,
      unitId,
      address: text(v.address),
      description: text(v.description),
      responsibleOfficer: text(v.responsibleOfficer),
      linkedPersons: text(v.linkedPersons),
      linkedBusinesses: text(v.linkedBusinesses),
      sellers: v.sellers ?? null,
      users: v.users ?? null,
      citations: (v.citations ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    save.mutate(hotspot ? { ...body, version: hotspot.version } : body, {
      onSuccess: (saved) => {
        void message.success(hotspot ? ht('form.saved') : ht('form.created'));
        navigate(`/hotspots/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const textRules = (key: keyof typeof shape) => contractRules(shape[key], ht('form.required'));
  const full = { xs: 24, md: 12 };

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
              title={ht('form.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={ht('detail.general')} size="small">
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="name" label={ht('field.name')} rules={textRules('name')}>
                <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...full}>
              <Form.Item
                name="detectedOn"
                label={ht('field.detectedOn')}
                rules={[
                  { required: true, message: ht('form.requiredSelect') },
                  {
                    validator: async (_r, v: Dayjs | undefined) => {
                      if (!v) return;
                      const r = isoDate.safeParse(v.format('YYYY-MM-DD'));
                      if (!r.success) throw new Error(r.error.issues[0]?.message);
                      if (v.format('YYYY-MM-DD') > todayIso()) throw new Error(ht('form.future'));
                    },
                  },
                ]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} inputReadOnly />
              </Form.Item>
            </Col>
            <Col {...full}>
              <Form.Item name="kind" label={ht('field.kind')}>
                <Select
                  options={[
                    { value: 'auto', label: ht('field.kindAuto') },
                    ...hotspotKinds.map((k) => ({ value: k, label: ht(`kind.${k}`) })),
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="behaviours"
                label={ht('field.behaviours')}
                rules={[{ required: true, type: 'array', min: 1, message: ht('form.behaviourRequired') }]}
              >
                <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                  {hotspotBehaviours.map((b) => (
                    <Checkbox key={b} value={b} style={{ minHeight: 32, alignItems: 'center' }}>
                      {ht(`behaviour.${b}`)}
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              </Form.Item>
            </Col>
            <Col {...full}>
              <Form.Item name="sellers" label={ht('field.sellers')}>
                <InputNumber
                  min={0}
                  max={10_000}
                  precision={0}
                  style={{ width: '100%' }}
                  inputMode="numeric"
                />
              </Form.Item>
            </Col>
            <Col {...full}>
              <Form.Item name="users" label={ht('field.users')}>
                <InputNumber
                  min={0}
                  max={10_000}
                  precision={0}
                  style={{ width: '100%' }}
                  inputMode="numeric"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={ht('detail.place')} size="small">
          <Form.Item name="location" label={ht('field.location')} style={{ marginBottom: 12 }}>
            <PickerField at={at} label={ht('field.location')} />
          </Form.Item>
          {point && located.isFetching && (
            <Typography.Text type="secondary">{ht('form.locating')}</Typography.Text>
          )}
          {point && located.data && candidates.length === 0 && (
            <Alert type="info" showIcon title={ht('form.pointIn', { name: located.data.unit.name })} />
          )}
          {point && located.isSuccess && !located.data && (
            <Alert type="error" showIcon title={ht('form.pointOutside')} />
          )}
          {point && candidates.length > 0 && (
            <Form.Item
              name="unitId"
              label={ht('form.candidates', { district: located.data?.unit.name ?? '' })}
              rules={[{ required: true, message: ht('form.requiredSelect') }]}
              style={{ marginTop: 12 }}
            >
              <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {candidates.map((c) => (
                  <Radio key={c.id} value={c.id} style={{ minHeight: 32, alignItems: 'center' }}>
                    {c.name}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          )}
          {!point && (
            <Form.Item
              name="unitId"
              label={ht('field.unit')}
              rules={[{ required: true, message: ht('form.placeRequired') }]}
            >
              <Select
                showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(fold(input)) }}
                allowClear
                placeholder={ht('form.unitPlaceholder')}
                options={communes}
                loading={units.isPending}
              />
            </Form.Item>
          )}
          <Form.Item name="address" label={ht('field.address')} rules={textRules('address')}>
            <Input maxLength={maxLengthOf(shape.address)} />
          </Form.Item>
        </Card>

        <Card title={ht('detail.people')} size="small">
          <Form.Item name="description" label={ht('field.description')} rules={textRules('description')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={maxLengthOf(shape.description)}
            />
          </Form.Item>
          <Form.Item
            name="responsibleOfficer"
            label={ht('field.responsibleOfficer')}
            rules={textRules('responsibleOfficer')}
          >
            <Input maxLength={maxLengthOf(shape.responsibleOfficer)} />
          </Form.Item>
          <Form.Item
            name="linkedPersons"
            label={ht('field.linkedPersons')}
            rules={textRules('linkedPersons')}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={maxLengthOf(shape.linkedPersons)}
            />
          </Form.Item>
          <Form.Item
            name="linkedBusinesses"
            label={ht('field.linkedBusinesses')}
            rules={textRules('linkedBusinesses')}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={maxLengthOf(shape.linkedBusinesses)}
            />
          </Form.Item>
          <Form.Item name="citations" label={ht('field.citations')} extra={ht('form.citationsHint')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Card>

        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(hotspot ? `/hotspots/${hotspot.id}` : '/hotspots')}>
            {ht('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {ht('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

/** The picker as a form control (`value`/`onChange` come from Form.Item). */
function PickerField({
  at,
  label,
  value,
  onChange,
}: {
  at: string;
  label: string;
  value?: Point | null;
  onChange?: (p: Point | null) => void;
}) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 300 }} />}>
      <PointPicker at={at} label={label} value={value ?? null} onChange={(p) => onChange?.(p)} />
    </Suspense>
  );
}
