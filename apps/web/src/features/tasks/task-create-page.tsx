import { type TaskCreate, taskCreate } from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, fold, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { AgencyPicker } from '../admin/agency-picker.tsx';
import { useUnitsAt } from '../hotspots/hotspots-api.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useTaskText } from './i18n.ts';
import { taskTitle } from './nav.ts';
import { useCreateTask } from './tasks-api.ts';

type Values = {
  title: string;
  description?: string;
  unitId?: string;
  sourceKind: 'directive' | 'other';
  sourceRef?: string;
  assigneeAgencyId?: string;
  assignedOn: Dayjs;
  deadline?: Dayjs;
};
const FIELDS = [
  'title',
  'description',
  'unitId',
  'sourceKind',
  'sourceRef',
  'assigneeAgencyId',
  'assignedOn',
  'deadline',
] as const;
const shape = taskCreate.shape;

/**
 * `/tasks/new`: a task from a directive (or other source) for an agency, with a deadline. Tasks of a
 * transformation plan are assigned from the programme's page instead.
 */
export default function TaskCreatePage() {
  const { tt, t } = useTaskText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const create = useCreateTask();
  const errors = useServerErrors(form, FIELDS);
  const units = useUnitsAt(todayIso());
  // Any unit of today: a commune for local work, a wider unit for a province-wide directive.
  const unitOptions = useMemo(
    () =>
      (units.data ?? []).map((u) => ({
        value: u.id,
        label: u.name,
        search: fold(`${u.name} ${u.code}`),
      })),
    [units.data],
  );
  const rules = (key: keyof typeof shape) => contractRules(shape[key], tt('form.required'));

  const submit = (v: Values) => {
    errors.clear();
    const body: TaskCreate = {
      title: v.title.trim(),
      description: v.description?.trim() || null,
      unitId: v.unitId ?? '',
      sourceKind: v.sourceKind,
      sourceRef: v.sourceRef?.trim() || null,
      assigneeAgencyId: v.assigneeAgencyId ?? '',
      assignedOn: v.assignedOn.format('YYYY-MM-DD'),
      deadline: v.deadline?.format('YYYY-MM-DD') ?? '',
    };
    create.mutate(body, {
      onSuccess: (saved) => {
        void message.success(tt('form.created'));
        navigate(`/tasks/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  return (
    <>
      <PageHeader title={taskTitle('create')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          sourceKind: 'directive',
          assignedOn: dayjs(todayIso()),
          unitId: params.get('unitId') ?? undefined,
        }}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={16} style={{ maxWidth: 860 }}>
          <Alert type="info" showIcon title={tt('form.planHint')} />
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small">
            <Row gutter={16}>
              <Col xs={24}>
                <Form.Item name="title" label={tt('field.title')} rules={rules('title')}>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={maxLengthOf(shape.title)}
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="sourceKind" label={tt('field.source')}>
                  <Radio.Group
                    options={(['directive', 'other'] as const).map((k) => ({
                      value: k,
                      label: tt(`source.${k}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="sourceRef" label={tt('field.sourceRef')} rules={rules('sourceRef')}>
                  <Input maxLength={maxLengthOf(shape.sourceRef)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="unitId"
                  label={tt('field.unit')}
                  extra={tt('form.unitHint')}
                  rules={[{ required: true, message: tt('form.requiredSelect') }]}
                >
                  <Select showSearch={communeSearch} options={unitOptions} loading={units.isPending} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="assigneeAgencyId"
                  label={tt('field.assignee')}
                  rules={[{ required: true, message: tt('form.requiredSelect') }]}
                >
                  <AgencyPicker />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="assignedOn"
                  label={tt('field.assignedOn')}
                  rules={[{ required: true, message: tt('form.requiredSelect') }]}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    inputReadOnly
                    allowClear={false}
                    style={{ width: '100%' }}
                    disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="deadline"
                  label={tt('field.deadline')}
                  dependencies={['assignedOn']}
                  rules={[
                    { required: true, message: tt('form.requiredSelect') },
                    ({ getFieldValue }) => ({
                      validator: async (_r, v: Dayjs | undefined) => {
                        const on = getFieldValue('assignedOn') as Dayjs | undefined;
                        if (v && on && v.isBefore(on, 'day')) throw new Error(tt('form.deadlineBefore'));
                      },
                    }),
                  ]}
                >
                  <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="description" label={tt('field.description')} rules={rules('description')}>
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    maxLength={maxLengthOf(shape.description)}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Flex gap={8} justify="end" wrap>
            <Button onClick={() => navigate('/tasks')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {tt('form.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
