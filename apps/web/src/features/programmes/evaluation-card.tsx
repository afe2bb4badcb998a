import { type Programme, programmeEvaluation } from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatDate, todayIso } from '../../i18n/format.ts';
import { maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { inLanguage } from '../key-areas/feature-text.ts';
import { attachmentUrl, type RecordFile } from '../key-areas/records/attachments-api.ts';
import { UploadButton } from '../key-areas/records/attachments-card.tsx';
import { useProgrammeText } from './i18n.ts';
import { useEvaluateProgramme } from './programmes-api.ts';

const reasonMax = maxLengthOf(programmeEvaluation.shape.reason);
const evidenceMax = 4000;

/**
 * The evaluation checklist (configuration) and the latest evaluation against it: each criterion đạt /
 * không đạt with its evidence and file. Evaluating is offered while the programme is being evaluated.
 */
export function EvaluationCard({ programme: p }: { programme: Programme }) {
  const { pt, language } = useProgrammeText();
  const canEvaluate = usePermission('programme.evaluate');
  const [open, setOpen] = useState(false);
  const e = p.evaluation;
  return (
    <Card
      size="small"
      title={pt('detail.evaluation')}
      data-testid="programme-evaluation"
      extra={
        canEvaluate &&
        p.status === 'evaluating' && (
          <Button size="small" type="primary" onClick={() => setOpen(true)}>
            {pt('detail.evaluate')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {pt('detail.evaluationHint')}
      </Typography.Paragraph>
      {e && (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {pt('detail.round', { round: e.round, date: formatDate(e.on) })}
          </Typography.Text>
          <Tag color={e.passed ? 'green' : 'red'} data-testid="evaluation-result">
            {e.passed ? pt('detail.passed') : pt('detail.notPassed')}
          </Tag>
        </Flex>
      )}
      {p.checklist.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pt('detail.noEvaluation')} />
      ) : (
        <List
          size="small"
          dataSource={p.checklist}
          renderItem={(c) => {
            const r = e?.criteria.find((x) => x.criterionId === c.id);
            return (
              <List.Item key={c.id}>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} wrap align="center">
                    <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                      {inLanguage(c.label, language)}
                    </Typography.Text>
                    {c.required && <Tag>{pt('detail.required')}</Tag>}
                    {r && (
                      <Tag color={r.met ? 'green' : 'red'}>
                        {r.met ? pt('detail.met') : pt('detail.notMet')}
                      </Tag>
                    )}
                  </Flex>
                  {r?.evidence && (
                    <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                      {pt('detail.evidence')}: {r.evidence}
                    </Typography.Text>
                  )}
                  {r?.attachmentId && (
                    <a href={attachmentUrl(r.attachmentId)} download style={{ fontSize: 13 }}>
                      {pt('detail.evidenceFile')}
                    </a>
                  )}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
      {open && <EvaluateModal programme={p} onClose={() => setOpen(false)} />}
    </Card>
  );
}

type Answer = { criterionId: string; met?: boolean; evidence?: string; attachmentId?: string | null };
type Values = { on: Dayjs; criteria: Answer[]; reason?: string };

function EvaluateModal({ programme: p, onClose }: { programme: Programme; onClose: () => void }) {
  const { pt, language } = useProgrammeText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const evaluate = useEvaluateProgramme(p.id);
  const errors = useServerErrors(form, ['on', 'reason']);
  const canAttach = usePermission('programme.write');
  const [files, setFiles] = useState<Record<string, RecordFile>>({});
  return (
    <Modal
      open
      title={pt('detail.evaluate')}
      onCancel={onClose}
      okText={pt('detail.saveEvaluation')}
      cancelText={pt('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={evaluate.isPending}
      width={760}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      <Alert type="info" showIcon title={pt('detail.evaluationHint')} style={{ marginBottom: 12 }} />
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()), criteria: p.checklist.map((c) => ({ criterionId: c.id })) }}
        onFinish={(v) => {
          errors.clear();
          evaluate.mutate(
            {
              on: v.on.format('YYYY-MM-DD'),
              criteria: v.criteria.map((c) => ({
                criterionId: c.criterionId,
                met: c.met === true,
                evidence: c.evidence?.trim() || null,
                attachmentId: c.attachmentId ?? null,
              })),
              reason: v.reason?.trim() || null,
              version: p.version,
            },
            {
              onSuccess: (saved) => {
                void message.success(pt('detail.evaluated', { status: pt(`status.${saved.status}`) }));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="on"
          label={pt('detail.evaluationOn')}
          rules={[{ required: true, message: pt('form.requiredSelect') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            inputReadOnly
            allowClear={false}
            style={{ width: '100%', maxWidth: 240 }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
          />
        </Form.Item>
        {p.checklist.map((c, i) => (
          <Card
            key={c.id}
            size="small"
            type="inner"
            style={{ marginBottom: 12 }}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {inLanguage(c.label, language)}
                {c.required && <Tag style={{ marginInlineStart: 6 }}>{pt('detail.required')}</Tag>}
              </span>
            }
            data-testid={`criterion-${c.id}`}
          >
            <Form.Item name={['criteria', i, 'criterionId']} hidden>
              <Input />
            </Form.Item>
            <Form.Item
              name={['criteria', i, 'met']}
              label={pt('detail.result')}
              rules={[{ required: true, message: pt('form.requiredSelect') }]}
              style={{ marginBottom: 8 }}
            >
              <Radio.Group
                aria-label={inLanguage(c.label, language)}
                options={[
                  { value: true, label: pt('detail.met') },
                  { value: false, label: pt('detail.notMet') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name={['criteria', i, 'evidence']}
              label={pt('detail.evidence')}
              dependencies={[['criteria', i, 'met']]}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v: string | undefined) => {
                    if (getFieldValue(['criteria', i, 'met']) === false && !v?.trim())
                      throw new Error(pt('form.required'));
                  },
                }),
              ]}
              style={{ marginBottom: 8 }}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={evidenceMax} />
            </Form.Item>
            <Form.Item name={['criteria', i, 'attachmentId']} hidden>
              <Input />
            </Form.Item>
            {files[c.id] && (
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
                {pt('detail.evidenceAttached', { name: files[c.id]!.name })}
              </Typography.Text>
            )}
            {canAttach && (
              <UploadButton
                record={{ path: '/programmes', recordType: 'programme', id: p.id }}
                label={pt('detail.attachEvidence')}
                testId={`criterion-file-${c.id}`}
                onUploaded={(f) => {
                  setFiles((x) => ({ ...x, [c.id]: f }));
                  form.setFieldValue(['criteria', i, 'attachmentId'], f.id);
                }}
              />
            )}
          </Card>
        ))}
        <Form.Item name="reason" label={pt('detail.evaluationReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={reasonMax} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
