import {
  type IndicatorSnapshot,
  type Programme,
  type ProgrammeIndicators,
  programmeReportCreate,
} from '@pcmt/contracts';
import {
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
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime, formatNumber, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { ClassTag } from '../key-areas/class-colors.tsx';
import { inLanguage } from '../key-areas/feature-text.ts';
import { FigureList } from '../key-areas/figure-list.tsx';
import { inputLabelKey, useAreaText } from '../key-areas/i18n.ts';
import { useProgrammeText } from './i18n.ts';
import { MembersFields, type MemberValues, memberInput, memberValues } from './members-fields.tsx';
import { useAddReport, useProgrammeMembers, useProgrammeReports } from './programmes-api.ts';

const INDICATORS: (keyof ProgrammeIndicators)[] = [
  'population',
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
  'plantAreaM2',
  'onKeyRoute',
];

/** A snapshot of the commune's figures (baseline, at success) with where it came from. */
export function IndicatorsCard({ title, snapshot }: { title: string; snapshot: IndicatorSnapshot }) {
  const { pt } = useProgrammeText();
  const { at } = useAreaText();
  const value = (v: number | boolean | null) =>
    v === null ? (
      <Typography.Text type="secondary">{at('common.notRecorded')}</Typography.Text>
    ) : typeof v === 'boolean' ? (
      v ? (
        at('common.yes')
      ) : (
        at('common.no')
      )
    ) : (
      formatNumber(v)
    );
  return (
    <Card size="small" title={title} data-testid={`indicators-${snapshot.source}`}>
      <Flex gap={6} wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {snapshot.asOf
            ? pt('detail.baselineFrom', {
                source: pt(`baselineSource.${snapshot.source}`),
                date: formatDate(snapshot.asOf),
              })
            : pt(`baselineSource.${snapshot.source}`)}
        </Typography.Text>
        {snapshot.communeClass && (
          <ClassTag value={snapshot.communeClass as Parameters<typeof ClassTag>[0]['value']} />
        )}
      </Flex>
      <FigureList
        items={INDICATORS.map((k) => ({
          key: k,
          label: at(inputLabelKey(k)),
          value: value(snapshot.indicators[k]),
        }))}
      />
    </Card>
  );
}

/** The steering committee; PC04 and the commune update it in one go (the whole list, versioned). */
export function MembersCard({ programme: p }: { programme: Programme }) {
  const { pt } = useProgrammeText();
  const canWrite = usePermission('programme.write');
  const [editing, setEditing] = useState(false);
  return (
    <Card
      size="small"
      title={pt('detail.members')}
      data-testid="programme-members"
      extra={
        canWrite && (
          <Button size="small" onClick={() => setEditing(true)}>
            {pt('detail.editMembers')}
          </Button>
        )
      }
    >
      {p.members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pt('form.noMembers')} />
      ) : (
        <List
          size="small"
          dataSource={p.members}
          renderItem={(m) => (
            <List.Item key={m.id}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong>{m.name}</Typography.Text>
                  <Tag>{pt(`memberRole.${m.role}`)}</Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                  {[m.title, m.organisation ?? m.agency?.name, pt(`memberKind.${m.kind}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {editing && <MembersModal programme={p} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function MembersModal({ programme: p, onClose }: { programme: Programme; onClose: () => void }) {
  const { pt } = useProgrammeText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ members: MemberValues[] }>();
  const save = useProgrammeMembers(p.id);
  return (
    <Modal
      open
      title={pt('detail.editMembers')}
      onCancel={onClose}
      okText={pt('detail.saveMembers')}
      cancelText={pt('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      {save.isError && <ErrorAlert error={save.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ members: p.members.map(memberValues) }}
        onFinish={(v) =>
          save.mutate(
            { members: (v.members ?? []).map(memberInput), version: p.version },
            {
              onSuccess: () => {
                void message.success(pt('detail.membersSaved'));
                onClose();
              },
            },
          )
        }
      >
        <MembersFields />
      </Form>
    </Modal>
  );
}

const reportShape = programmeReportCreate.shape;

/** Monthly progress reports, newest first; commune police and the committee send one per month. */
export function ReportsCard({ programme: p }: { programme: Programme }) {
  const { pt } = useProgrammeText();
  const reports = useProgrammeReports(p.id);
  const canReport = usePermission('programme.report');
  const [adding, setAdding] = useState(false);
  const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
  return (
    <Card
      size="small"
      title={pt('detail.reports')}
      data-testid="programme-reports"
      extra={
        canReport &&
        ['in_progress', 'extended', 'evaluating'].includes(p.status) && (
          <Button size="small" onClick={() => setAdding(true)}>
            {pt('detail.addReport')}
          </Button>
        )
      }
    >
      {reports.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : reports.isError ? (
        <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pt('detail.noReports')} />
      ) : (
        <List
          size="small"
          dataSource={[...reports.data].sort((a, b) => b.month.localeCompare(a.month))}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Typography.Text strong>
                  {pt('detail.reportMonth', { month: month(r.month) })}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {r.summary}
                </Typography.Paragraph>
                {Object.keys(r.figures).length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {Object.entries(r.figures)
                      .map(([k, v]) => `${k}: ${formatNumber(v)}`)
                      .join(' · ')}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {pt('detail.reportBy', {
                    name: r.by.displayName,
                    at: formatDateTime(r.at, { seconds: false }),
                  })}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {adding && <ReportModal programme={p} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function ReportModal({ programme: p, onClose }: { programme: Programme; onClose: () => void }) {
  const { pt } = useProgrammeText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ month: Dayjs; summary: string }>();
  const add = useAddReport(p.id);
  const errors = useServerErrors(form, ['month', 'summary']);
  return (
    <Modal
      open
      title={pt('detail.addReport')}
      onCancel={onClose}
      okText={pt('detail.sendReport')}
      cancelText={pt('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ month: dayjs(todayIso()) }}
        onFinish={(v) => {
          errors.clear();
          add.mutate(
            { month: v.month.format('YYYY-MM'), summary: v.summary.trim() },
            {
              onSuccess: () => {
                void message.success(pt('detail.reportSaved'));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="month"
          label={pt('detail.month')}
          rules={[{ required: true, message: pt('form.requiredSelect') }]}
        >
          <DatePicker
            picker="month"
            format="MM/YYYY"
            inputReadOnly
            allowClear={false}
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM') > todayIso().slice(0, 7)}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={pt('detail.summary')}
          rules={contractRules(reportShape.summary, pt('form.required'))}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={maxLengthOf(reportShape.summary)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Why a commune relapsed (tái phức tạp): in the UI language. */
export function RelapseCard({ reasons }: { reasons: { vi: string; en: string }[] }) {
  const { pt, language } = useProgrammeText();
  return (
    <Card size="small" title={pt('detail.relapse')} styles={{ header: { color: '#a8071a' } }}>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {reasons.map((r) => (
          <li key={r.vi}>{inLanguage(r, language)}</li>
        ))}
      </ul>
    </Card>
  );
}
