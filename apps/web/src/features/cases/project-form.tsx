import { type ProjectCreate, projectCreate, type SpecialProject } from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useRings } from '../rings/rings-api.ts';
import { useSaveProject } from './cases-api.ts';
import { useCaseText } from './i18n.ts';
import { useLeadingUnitOptions } from './unit-options.ts';

const shape = projectCreate.shape;
type Values = {
  name: string;
  decisionNumber?: string;
  periodFrom: Dayjs;
  periodTo?: Dayjs | null;
  unitId?: string;
  ringId?: string | null;
  summary?: string;
};
const FIELDS = ['name', 'decisionNumber', 'periodFrom', 'periodTo', 'unitId', 'ringId', 'summary'] as const;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create or edit a chuyên án: period, leading unit, the ring it fights (a ring of /rings), summary. */
export function ProjectForm({ record, onReload }: { record?: SpecialProject; onReload?: () => void }) {
  const { ct, t } = useCaseText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveProject(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const from = Form.useWatch('periodFrom', form) as Dayjs | undefined;
  const units = useLeadingUnitOptions(from ? from.format('YYYY-MM-DD') : todayIso());
  // Rings live under the person register's permissions.
  const canSeeRings = usePermission('person.read');
  const rings = useRings({ pageSize: 100 }, canSeeRings);
  const ringOptions = [
    ...(record?.ring && !(rings.data?.data ?? []).some((r) => r.id === record.ring?.id)
      ? [{ value: record.ring.id, label: record.ring.name }]
      : []),
    ...(canSeeRings ? (rings.data?.data ?? []) : []).map((r) => ({ value: r.id, label: r.name })),
  ];

  const initial: Partial<Values> = record
    ? {
        name: record.name,
        decisionNumber: record.decisionNumber ?? undefined,
        periodFrom: dayjs(record.periodFrom),
        periodTo: record.periodTo ? dayjs(record.periodTo) : null,
        unitId: record.unit.id,
        ringId: record.ringId,
        summary: record.summary ?? undefined,
      }
    : { periodFrom: dayjs(todayIso()) };

  const submit = (v: Values) => {
    errors.clear();
    const body: ProjectCreate = {
      name: v.name.trim(),
      decisionNumber: text(v.decisionNumber),
      periodFrom: v.periodFrom.format('YYYY-MM-DD'),
      periodTo: v.periodTo ? v.periodTo.format('YYYY-MM-DD') : null,
      unitId: v.unitId as string,
      ringId: v.ringId ?? null,
      summary: text(v.summary),
    };
    save.mutate(record ? { ...body, version: record.version } : body, {
      onSuccess: (saved) => {
        void message.success(record ? ct('common.saved') : ct('common.created'));
        navigate(`/projects/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], ct('common.required'));
  const requiredSelect = [{ required: true, message: ct('common.requiredSelect') }];
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
              title={ct('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small" title={ct('project.general')}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="name" label={ct('project.name')} rules={rules('name')}>
                <Input maxLength={maxLengthOf(shape.name)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="decisionNumber"
                label={ct('project.decisionNumber')}
                rules={rules('decisionNumber')}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="periodFrom" label={ct('common.from')} rules={requiredSelect}>
                <DatePicker format={DATE_FORMAT} allowClear={false} inputReadOnly style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="periodTo" label={ct('common.to')}>
                <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={ct('project.unit')} rules={requiredSelect}>
                <Select showSearch={communeSearch} options={units.options} loading={units.loading} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="ringId" label={ct('project.ring')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={ct('project.ringPlaceholder')}
                  options={ringOptions}
                  loading={canSeeRings && rings.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="summary" label={ct('project.summary')} rules={rules('summary')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.summary)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/projects/${record.id}` : '/projects')}>
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
