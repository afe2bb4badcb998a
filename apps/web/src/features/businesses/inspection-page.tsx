import { PlusOutlined } from '@ant-design/icons';
import {
  type Business,
  type InspectionCreate,
  type InspectionOutcome,
  inspectionCreate,
  sanctionKinds,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, isApiError, isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { type ChecklistItemInfo, useBusiness, useChecklists, useInspect } from './businesses-api.ts';
import { type Answers, ChecklistField } from './checklist-field.tsx';
import { useBusinessText } from './i18n.ts';
import { businessTitle } from './nav.ts';
import { SanctionBlock, type SanctionValues, sanctionOf } from './sanction-block.tsx';
import { OutcomeTag, RiskTag } from './tags.tsx';

const shape = inspectionCreate.shape;

type Values = {
  on: Dayjs;
  team: string;
  agencies: string[];
  checklist: Answers;
  customersTested?: number | null;
  customersPositive?: number | null;
  findings?: string;
  sanctions: SanctionValues[];
  followUpOn?: Dayjs | null;
};
// `sanctions` is not here: its errors land on the sanction's own field (`sanctions.0.amountVnd`).
const FIELDS = [
  'on',
  'team',
  'agencies',
  'checklist',
  'customersTested',
  'customersPositive',
  'findings',
  'followUpOn',
] as const;

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The outcome the server will derive (domain `inspectionOutcome`), shown while the officer types. */
function outcomeOf(v: Partial<Values>, items: readonly ChecklistItemInfo[]): InspectionOutcome {
  const failed = Object.entries(v.checklist ?? {}).filter(([, r]) => r === 'not_met');
  if ((v.customersPositive ?? 0) > 0 || failed.some(([id]) => items.find((i) => i.id === id)?.drugs))
    return 'drugs';
  if (failed.length > 0 || (v.sanctions?.length ?? 0) > 0) return 'violation';
  return 'clean';
}

/**
 * `/businesses/:id/inspect`: an inspection entered in the field on a phone, one-handed — the line's checklist
 * as large yes/no toggles, tests, findings, sanctions (fines in đồng, grouped 1.500.000), the follow-up date,
 * and the save button within the thumb's reach at the bottom of the screen.
 */
export default function InspectionPage() {
  const { id = '' } = useParams();
  const { bt } = useBusinessText();
  const business = useBusiness(id);
  if (business.isPending) return <Skeleton active />;
  if (business.isError)
    return isApiError(business.error) && business.error.status === 404 ? (
      <Result status="404" title={bt('detail.notFound')} />
    ) : (
      <ErrorAlert error={business.error} onRetry={() => void business.refetch()} />
    );
  return (
    <InspectionForm
      key={business.data.version}
      business={business.data}
      onReload={() => void business.refetch()}
    />
  );
}

function InspectionForm({ business: b, onReload }: { business: Business; onReload: () => void }) {
  const { bt, t } = useBusinessText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const inspect = useInspect(b.id);
  const errors = useServerErrors(form, FIELDS);
  const checklists = useChecklists();
  const items = useMemo(
    () => (checklists.data ?? []).filter((i) => i.lines.includes(b.line)),
    [checklists.data, b.line],
  );
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const outcome = outcomeOf(watched ?? {}, items);
  const on = watched?.on;
  const phone = Grid.useBreakpoint().md === false;

  const onError = (e: unknown) => {
    if (!isApiError(e)) return errors.onError(e);
    // A sanction's own field first (`sanctions.0.amountVnd`); the rest through the kit.
    const rest = e.details.filter((d) => {
      const m = /(?:^|\.)sanctions\.(\d+)\.(\w+)/.exec(d.path);
      if (!m) return true;
      form.setFields([
        { name: ['sanctions', Number(m[1]), m[2] as keyof SanctionValues], errors: [d.message] },
      ]);
      return false;
    });
    if (e.details.length > 0 && rest.length === 0) return errors.clear();
    errors.onError(
      new ApiError({
        status: e.status,
        code: e.code,
        message: e.message,
        details: rest,
        requestId: e.requestId,
      }),
    );
  };

  const submit = (v: Values) => {
    errors.clear();
    const body: InspectionCreate = {
      on: v.on.format('YYYY-MM-DD'),
      team: v.team.trim(),
      agencies: v.agencies.map((a) => a.trim()).filter(Boolean),
      checklist: items
        .filter((i) => v.checklist?.[i.id])
        .map((i) => ({ itemId: i.id, result: v.checklist[i.id]! })),
      customersTested: v.customersTested ?? null,
      customersPositive: v.customersPositive ?? null,
      findings: v.findings?.trim() || null,
      sanctions: (v.sanctions ?? []).map(sanctionOf),
      followUpOn: iso(v.followUpOn),
      version: b.version,
    };
    inspect.mutate(body, {
      onSuccess: (r) => {
        void message.success(bt('inspection.saved', { risk: bt(`risk.${r.business.risk}`) }));
        navigate(`/businesses/${b.id}`);
      },
      onError,
    });
  };

  const notAfterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > todayIso();
  const half = { xs: 12 };

  return (
    <>
      <PageHeader title={businessTitle('inspect')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex vertical gap={4}>
          <Typography.Text strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
            {b.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {bt(`line.${b.line}`)} · {b.address}, {b.unit.name}
          </Typography.Text>
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary">{bt('field.risk')}:</Typography.Text>
            <RiskTag risk={b.risk} />
          </Flex>
        </Flex>
      </Card>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        initialValues={{
          on: dayjs(todayIso()),
          team: me.agency.name,
          agencies: [me.agency.name],
          checklist: {},
          sanctions: [],
        }}
      >
        <Flex vertical gap={16}>
          {errors.summary !== null &&
            (isConflict(errors.summary) ? (
              <Alert
                type="warning"
                showIcon
                role="alert"
                title={bt('form.conflict')}
                action={<Button onClick={onReload}>{t('common.reload')}</Button>}
              />
            ) : (
              <ErrorAlert error={errors.summary} extra={errors.extra} />
            ))}
          <Card size="small" title={bt('inspection.checklist')}>
            <Typography.Paragraph type="secondary">{bt('inspection.checklistHint')}</Typography.Paragraph>
            {checklists.isPending ? (
              <Skeleton active />
            ) : checklists.isError ? (
              <ErrorAlert error={checklists.error} onRetry={() => void checklists.refetch()} />
            ) : (
              <Form.Item name="checklist" style={{ marginBottom: 0 }}>
                <ChecklistField items={items} />
              </Form.Item>
            )}
          </Card>

          <Card size="small" title={bt('inspection.testsAndFindings')}>
            <Row gutter={12}>
              <Col {...half}>
                <Form.Item
                  name="customersTested"
                  label={bt('inspection.customersTested')}
                  rules={contractRules(shape.customersTested, bt('form.required'))}
                >
                  <InputNumber
                    min={0}
                    max={10_000}
                    precision={0}
                    inputMode="numeric"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="customersPositive"
                  label={bt('inspection.customersPositive')}
                  dependencies={['customersTested']}
                  rules={[
                    ...contractRules(shape.customersPositive, bt('form.required')),
                    ({ getFieldValue }) => ({
                      validator: async (_r, v: number | null | undefined) => {
                        const tested = getFieldValue('customersTested') as number | null | undefined;
                        if (v != null && tested != null && v > tested)
                          throw new Error(bt('inspection.positiveTooMany'));
                      },
                    }),
                  ]}
                >
                  <InputNumber
                    min={0}
                    max={10_000}
                    precision={0}
                    inputMode="numeric"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="findings"
              label={bt('inspection.findings')}
              rules={contractRules(shape.findings, bt('form.required'))}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={maxLengthOf(shape.findings)}
              />
            </Form.Item>
          </Card>

          <Card size="small" title={bt('inspection.sanctions')}>
            <Form.List name="sanctions">
              {(fields, { add, remove }) => (
                <Flex vertical gap={12}>
                  {fields.map((field) => (
                    <SanctionBlock
                      key={field.key}
                      index={field.name}
                      on={on}
                      onRemove={() => remove(field.name)}
                    />
                  ))}
                  <Flex gap={8} wrap>
                    {sanctionKinds.map((kind) => (
                      <Button
                        key={kind}
                        icon={<PlusOutlined aria-hidden />}
                        onClick={() => add({ kind })}
                        // Long names (“Tước quyền sử dụng giấy phép…”) wrap inside the button on a phone.
                        style={{ whiteSpace: 'normal', height: 'auto', minHeight: 40, textAlign: 'start' }}
                      >
                        {bt(`sanction.${kind}`)}
                      </Button>
                    ))}
                  </Flex>
                </Flex>
              )}
            </Form.List>
          </Card>

          <Card size="small" title={bt('inspection.team')}>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item
                  name="on"
                  label={bt('inspection.on')}
                  rules={[
                    { required: true, message: bt('form.requiredSelect') },
                    {
                      validator: async (_r, v: Dayjs | undefined) => {
                        if (v && notAfterToday(v)) throw new Error(bt('form.future'));
                      },
                    },
                  ]}
                >
                  <DatePicker
                    format={DATE_FORMAT}
                    allowClear={false}
                    inputReadOnly
                    style={{ width: '100%' }}
                    disabledDate={notAfterToday}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  name="team"
                  label={bt('inspection.team')}
                  rules={contractRules(shape.team, bt('form.required'))}
                >
                  <Input maxLength={maxLengthOf(shape.team)} placeholder={bt('inspection.teamPlaceholder')} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="agencies"
              label={bt('inspection.agencies')}
              extra={bt('inspection.agenciesHint')}
              rules={[{ required: true, type: 'array', min: 1, message: bt('form.required') }]}
            >
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[';']} />
            </Form.Item>
          </Card>

          <Card size="small" title={bt('inspection.followUpOn')}>
            <Form.Item
              name="followUpOn"
              label={bt('inspection.followUpOn')}
              extra={bt('inspection.followUpHint', {
                violation: b.riskRules.followUpDaysAfterViolation,
                drugs: b.riskRules.followUpDaysAfterDrugs,
              })}
              dependencies={['on']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | null | undefined) => {
                    const day = getFieldValue('on') as Dayjs | undefined;
                    if (v && day && !v.isAfter(day, 'day'))
                      throw new Error(bt('inspection.followUpAfter', { date: day.format(DATE_FORMAT) }));
                  },
                }),
              ]}
              style={{ marginBottom: 0 }}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => Boolean(on && !d.isAfter(on, 'day'))}
              />
            </Form.Item>
          </Card>

          {/* On a phone the save button stays within the thumb's reach at the bottom of the screen. */}
          <div
            data-testid="inspection-submit"
            style={{
              position: phone ? 'sticky' : 'static',
              bottom: 0,
              zIndex: 2,
              background: '#fff',
              padding: '12px 0',
              borderTop: '1px solid #f0f0f0',
            }}
          >
            <Flex vertical gap={8}>
              <Flex gap={6} align="center" wrap>
                <Typography.Text>{bt('inspection.preview', { outcome: '' })}</Typography.Text>
                <OutcomeTag outcome={outcome} />
              </Flex>
              <Flex gap={8}>
                <Button size="large" onClick={() => navigate(`/businesses/${b.id}`)}>
                  {bt('form.cancel')}
                </Button>
                <Button size="large" type="primary" htmlType="submit" block loading={inspect.isPending}>
                  {bt('inspection.save')}
                </Button>
              </Flex>
            </Flex>
          </div>
        </Flex>
      </Form>
    </>
  );
}
