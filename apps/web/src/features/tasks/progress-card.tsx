import { type TaskDetail, taskProgress } from '@pcmt/contracts';
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { attachmentUrl, type RecordFile } from '../key-areas/records/attachments-api.ts';
import { UploadButton } from '../key-areas/records/attachments-card.tsx';
import { useTaskText } from './i18n.ts';
import { TaskStatusTag } from './status-tag.tsx';
import { useReportProgress } from './tasks-api.ts';

const shape = taskProgress.shape;
/** Progress is reported on unfinished work only (the server says so too). */
const REPORTABLE = new Set(['assigned', 'in_progress', 'returned']);

/**
 * The task's dated updates (newest first: text, percent, proofs, moves) and, for the assigned agency, the
 * report form — made for a phone: the text, the percent, a photo or document as proof, send.
 */
export function ProgressCard({ task: t, canReport }: { task: TaskDetail; canReport: boolean }) {
  const { tt } = useTaskText();
  const updates = [...t.updates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card size="small" title={tt('detail.updates')} data-testid="task-updates">
      <Flex vertical gap={12}>
        {canReport && REPORTABLE.has(t.status) && <ReportForm task={t} />}
        {updates.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tt('detail.noUpdates')} />
        ) : (
          <List
            size="small"
            dataSource={updates}
            renderItem={(u) => (
              <List.Item key={u.id}>
                <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
                  <Flex gap={6} wrap align="center">
                    <Typography.Text strong>{formatDate(u.on)}</Typography.Text>
                    {u.percent !== null && <Tag color="blue">{u.percent} %</Tag>}
                    {u.toStatus && <TaskStatusTag status={u.toStatus} />}
                  </Flex>
                  {u.progress && (
                    <Typography.Paragraph
                      style={{ margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                    >
                      {u.progress}
                    </Typography.Paragraph>
                  )}
                  {u.proofIds.length > 0 && (
                    <Flex gap={8} wrap>
                      {u.proofIds.map((id, i) => (
                        <a key={id} href={attachmentUrl(id)} download>
                          {tt('detail.proofs')} {i + 1}
                        </a>
                      ))}
                    </Flex>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {tt('detail.by', {
                      name: u.by.displayName,
                      at: formatDateTime(u.at, { seconds: false }),
                    })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}

function ReportForm({ task: t }: { task: TaskDetail }) {
  const { tt } = useTaskText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ progress: string; percent?: number | null }>();
  const report = useReportProgress(t.id);
  const errors = useServerErrors(form, ['progress', 'percent']);
  const [proofs, setProofs] = useState<RecordFile[]>([]);
  return (
    <Card size="small" type="inner" title={tt('detail.report')} data-testid="task-report">
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ percent: t.percent }}
        onFinish={(v) => {
          errors.clear();
          report.mutate(
            {
              progress: v.progress.trim(),
              ...(v.percent === null || v.percent === undefined ? {} : { percent: v.percent }),
              proofIds: proofs.map((p) => p.id),
            },
            {
              onSuccess: () => {
                void message.success(tt('detail.sent'));
                form.resetFields(['progress']);
                setProofs([]);
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="progress"
          label={tt('detail.progress')}
          rules={contractRules(shape.progress, tt('form.required'))}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={maxLengthOf(shape.progress)} />
        </Form.Item>
        <Form.Item name="percent" label={tt('detail.percent')}>
          <InputNumber
            min={0}
            max={100}
            precision={0}
            inputMode="numeric"
            suffix="%"
            style={{ width: 140 }}
          />
        </Form.Item>
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text>{tt('detail.proofs')}</Typography.Text>
          {proofs.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="task-proofs">
              {proofs.map((p) => (
                <li key={p.id} style={{ overflowWrap: 'anywhere' }}>
                  {p.name}
                </li>
              ))}
            </ul>
          )}
          <UploadButton
            record={{ path: '/tasks', recordType: 'task', id: t.id }}
            label={tt('detail.addProof')}
            testId="task-proof-input"
            onUploaded={(f) => setProofs((x) => [...x, f])}
          />
        </Flex>
        <Button type="primary" htmlType="submit" loading={report.isPending} block>
          {tt('detail.send')}
        </Button>
      </Form>
    </Card>
  );
}
