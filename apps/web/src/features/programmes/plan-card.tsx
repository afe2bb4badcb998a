import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type Programme, programmePlanItems, type Task } from '@pcmt/contracts';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Row,
  Skeleton,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { AgencyPicker } from '../admin/agency-picker.tsx';
import { OverdueTag, TaskStatusTag } from '../tasks/status-tag.tsx';
import { useTasks } from '../tasks/tasks-api.ts';
import { useProgrammeText } from './i18n.ts';
import { usePlanTasks } from './programmes-api.ts';

const itemShape = programmePlanItems.shape.items.element.shape;
type Item = {
  title: string;
  description?: string;
  assigneeAgencyId?: string;
  assignedOn: Dayjs;
  deadline?: Dayjs;
};

/** The plan's tasks (each a plan item given to an agency) and assigning new ones while the programme runs. */
export function PlanCard({ programme: p }: { programme: Programme }) {
  const { pt } = useProgrammeText();
  const tasks = useTasks({ programmeId: p.id, sort: 'deadline', order: 'asc', pageSize: 50 });
  const canAssign = usePermission('programme.write');
  const [assigning, setAssigning] = useState(false);
  const working = ['approved', 'in_progress', 'extended'].includes(p.status);
  const n = (v: number) => formatNumber(v);
  return (
    <Card
      size="small"
      title={pt('detail.plan')}
      data-testid="programme-plan"
      extra={
        canAssign &&
        working && (
          <Button size="small" type="primary" onClick={() => setAssigning(true)}>
            {pt('detail.assign')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {pt('detail.taskCounts', {
          total: n(p.tasks.total),
          open: n(p.tasks.open),
          overdue: n(p.tasks.overdue),
          done: n(p.tasks.done),
          accepted: n(p.tasks.accepted),
        })}
      </Typography.Paragraph>
      {tasks.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : tasks.isError ? (
        <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pt('detail.noTasks')} />
      ) : (
        <List
          size="small"
          dataSource={tasks.data.data}
          renderItem={(t: Task) => (
            <List.Item key={t.id}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Link to={`/tasks/${t.id}`} style={{ overflowWrap: 'anywhere' }}>
                  {t.title}
                </Link>
                <Flex gap={6} wrap align="center">
                  <TaskStatusTag status={t.status} />
                  {t.overdue && <OverdueTag />}
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t.assigneeAgency.name} · {pt('detail.itemDeadline')} {formatDate(t.deadline)}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {tasks.data && tasks.data.total > tasks.data.data.length && (
        <Link to={`/tasks?programmeId=${p.id}`}>{pt('detail.openTasks')}</Link>
      )}
      {assigning && <PlanModal programme={p} onClose={() => setAssigning(false)} />}
    </Card>
  );
}

function PlanModal({ programme: p, onClose }: { programme: Programme; onClose: () => void }) {
  const { pt } = useProgrammeText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: Item[] }>();
  const plan = usePlanTasks(p.id);
  const errors = useServerErrors(form, []);
  const blank = (): Partial<Item> => ({ assignedOn: dayjs(todayIso()) });
  const required = pt('form.required');
  return (
    <Modal
      open
      title={pt('detail.assign')}
      onCancel={onClose}
      // Short: a phone's footer keeps both buttons on one line.
      okText={pt('detail.assignShort')}
      cancelText={pt('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={plan.isPending}
      width={760}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      <Typography.Paragraph type="secondary">{pt('detail.planHint')}</Typography.Paragraph>
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ items: [blank()] }}
        onFinish={(v) => {
          errors.clear();
          plan.mutate(
            {
              items: v.items.map((i) => ({
                title: i.title.trim(),
                description: i.description?.trim() || null,
                assigneeAgencyId: i.assigneeAgencyId ?? '',
                assignedOn: i.assignedOn.format('YYYY-MM-DD'),
                deadline: i.deadline?.format('YYYY-MM-DD') ?? '',
              })),
            },
            {
              onSuccess: (created) => {
                void message.success(pt('detail.assigned', { count: created.length }));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  type="inner"
                  title={pt('detail.item', { n: i + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={pt('detail.removeItem')}
                        onClick={() => remove(f.name)}
                      />
                    )
                  }
                >
                  <Form.Item
                    name={[f.name, 'title']}
                    label={pt('detail.itemTitle')}
                    rules={contractRules(itemShape.title, required)}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      maxLength={maxLengthOf(itemShape.title)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'assigneeAgencyId']}
                    label={pt('detail.itemAgency')}
                    rules={[{ required: true, message: pt('form.requiredSelect') }]}
                  >
                    <AgencyPicker placeholder={pt('detail.itemAgency')} />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} sm={12}>
                      <Form.Item
                        name={[f.name, 'assignedOn']}
                        label={pt('detail.itemAssignedOn')}
                        rules={[{ required: true, message: pt('form.requiredSelect') }]}
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
                        name={[f.name, 'deadline']}
                        label={pt('detail.itemDeadline')}
                        dependencies={[['items', f.name, 'assignedOn']]}
                        rules={[
                          { required: true, message: pt('form.requiredSelect') },
                          ({ getFieldValue }) => ({
                            validator: async (_r, v: Dayjs | undefined) => {
                              const on = getFieldValue(['items', f.name, 'assignedOn']) as Dayjs | undefined;
                              if (v && on && v.isBefore(on, 'day'))
                                throw new Error(pt('detail.deadlineBefore'));
                            },
                          }),
                        ]}
                      >
                        <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item
                    name={[f.name, 'description']}
                    label={pt('detail.itemDescription')}
                    rules={contractRules(itemShape.description, required)}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      maxLength={maxLengthOf(itemShape.description)}
                    />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add(blank())}>
                {pt('detail.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
