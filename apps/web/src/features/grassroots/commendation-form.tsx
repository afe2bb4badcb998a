import {
  achievementRecordTypes,
  type Commendation,
  type CommendationCreate,
  type CommendationLevel,
  type CommendationRecipientKind,
  commendationCreate,
  commendationForms,
  commendationLevels,
  commendationRecipientKinds,
  type CommendationForm as FormKind,
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
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useAchievementChoices, useSaveCommendation } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { useUnitChoices } from './unit-choices.ts';

const shape = commendationCreate.shape;
const FIELDS = [
  'recipientKind',
  'collectiveName',
  'personName',
  'position',
  'recipientAgency',
  'unitId',
  'level',
  'form',
  'proposedOn',
  'reason',
  'achievement.recordType',
  'achievement.id',
  'amountVnd',
  'note',
  'decision.decisionNumber',
  'decision.decisionDate',
  'decision.decisionIssuer',
] as const;

type Values = {
  recipientKind: CommendationRecipientKind;
  collectiveName?: string;
  personName?: string;
  position?: string;
  recipientAgency?: string;
  unitId?: string;
  level?: CommendationLevel;
  form?: FormKind;
  proposedOn: Dayjs;
  reason: string;
  achievement?: { recordType?: string; id?: string };
  amountVnd?: number | null;
  note?: string;
  decided?: boolean;
  decision?: { decisionNumber?: string; decisionDate?: Dayjs; decisionIssuer?: string };
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Create (no `record`) or edit a commendation: the contract's checks, server refusals on their fields. */
export function CommendationEditor({ record, onReload }: { record?: Commendation; onReload?: () => void }) {
  const { gt, t } = useGrassrootsText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveCommendation(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const units = useUnitChoices();
  const canDecide = usePermission('commendation.decide');
  const kind = Form.useWatch('recipientKind', form);
  const decided = Form.useWatch('decided', form);
  const achievementType = Form.useWatch(['achievement', 'recordType'], form);
  const [q, setQ] = useState('');
  const choices = useAchievementChoices(achievementType, q);
  useEffect(() => {
    if (!record && units.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', units.onlyOne);
  }, [record, units.onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        recipientKind: record.recipientKind,
        collectiveName: record.collectiveName ?? undefined,
        personName: record.personName ?? undefined,
        position: record.position ?? undefined,
        recipientAgency: record.recipientAgency ?? undefined,
        unitId: record.unit.id,
        level: record.level,
        form: record.form,
        proposedOn: dayjs(record.proposedOn),
        reason: record.reason,
        achievement: record.achievement
          ? { recordType: record.achievement.recordType, id: record.achievement.id }
          : undefined,
        amountVnd: record.amountVnd,
        note: record.note ?? undefined,
      }
    : {
        recipientKind: 'collective',
        proposedOn: dayjs(todayIso()),
        decision: { decisionDate: dayjs(todayIso()) },
      };

  const submit = (v: Values) => {
    errors.clear();
    const collective = v.recipientKind === 'collective';
    const a = v.achievement;
    const body: CommendationCreate = {
      recipientKind: v.recipientKind,
      collectiveName: collective ? text(v.collectiveName) : null,
      personName: collective ? null : text(v.personName),
      position: collective ? null : text(v.position),
      recipientAgency: text(v.recipientAgency),
      unitId: v.unitId as string,
      level: v.level as CommendationLevel,
      form: v.form as FormKind,
      proposedOn: iso(v.proposedOn),
      reason: v.reason.trim(),
      achievement: a?.recordType && a.id ? { recordType: a.recordType as 'case', id: a.id } : null,
      amountVnd: v.amountVnd ?? null,
      note: text(v.note),
    };
    const d = v.decision;
    const withDecision =
      !record && v.decided && d?.decisionDate
        ? {
            ...body,
            decision: {
              decisionNumber: (d.decisionNumber ?? '').trim(),
              decisionDate: iso(d.decisionDate),
              decisionIssuer: (d.decisionIssuer ?? '').trim(),
            },
          }
        : body;
    save.mutate(record ? { ...body, version: record.version } : withDecision, {
      onSuccess: (saved) => {
        void message.success(record ? gt('common.saved') : gt('common.created'));
        navigate(`/commendations/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], gt('common.required'));
  const required = [{ required: true, message: gt('common.required') }];
  const pickOne = [{ required: true, message: gt('common.requiredSelect') }];
  const half = { xs: 24, md: 12 };
  const notFuture = [
    { required: true, message: gt('common.requiredSelect') },
    {
      validator: async (_r: unknown, v: Dayjs | null | undefined) => {
        if (v && iso(v) > todayIso()) throw new Error(gt('common.future'));
      },
    },
  ];
  const datePicker = (
    <DatePicker
      format={DATE_FORMAT}
      style={{ width: '100%' }}
      inputReadOnly
      disabledDate={(d) => iso(d) > todayIso()}
    />
  );

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
              title={gt('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={gt('field.recipient')} size="small">
          <Form.Item name="recipientKind" label={gt('field.recipientKind')} rules={pickOne}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={commendationRecipientKinds.map((k) => ({ value: k, label: gt(`recipientKind.${k}`) }))}
            />
          </Form.Item>
          <Row gutter={16}>
            {kind === 'individual' ? (
              <>
                <Col {...half}>
                  <Form.Item name="personName" label={gt('field.personName')} rules={required}>
                    <Input maxLength={maxLengthOf(shape.personName)} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col {...half}>
                  <Form.Item name="position" label={gt('field.position')} rules={rules('position')}>
                    <Input maxLength={maxLengthOf(shape.position)} />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <Col {...half}>
                <Form.Item name="collectiveName" label={gt('field.collectiveName')} rules={required}>
                  <Input maxLength={maxLengthOf(shape.collectiveName)} autoComplete="off" />
                </Form.Item>
              </Col>
            )}
            <Col {...half}>
              <Form.Item
                name="recipientAgency"
                label={gt('field.recipientAgency')}
                rules={rules('recipientAgency')}
              >
                <Input maxLength={maxLengthOf(shape.recipientAgency)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={gt('field.unit')} rules={pickOne}>
                <Select
                  showSearch={units.search}
                  placeholder={gt('common.unitPlaceholder')}
                  options={units.writable}
                  loading={units.loading}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={gt('field.level')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="level" label={gt('field.level')} rules={pickOne}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={commendationLevels.map((l) => ({ value: l, label: gt(`level.${l}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="form" label={gt('field.form')} rules={pickOne}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={commendationForms.map((f) => ({ value: f, label: gt(`form.${f}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="proposedOn" label={gt('field.proposedOn')} rules={notFuture}>
                {datePicker}
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="amountVnd" label={gt('field.amountVnd')}>
                <InputNumber<number>
                  min={0}
                  precision={0}
                  step={100_000}
                  inputMode="numeric"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="reason" label={gt('field.reason')} rules={rules('reason')}>
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  maxLength={maxLengthOf(shape.reason)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={gt('field.achievement')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name={['achievement', 'recordType']}
                label={gt('field.achievementType')}
                extra={gt('hint.achievement')}
              >
                <Select
                  allowClear
                  onChange={() => form.setFieldValue(['achievement', 'id'], undefined)}
                  options={achievementRecordTypes.map((r) => ({
                    value: r,
                    label: gt(`achievementType.${r}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name={['achievement', 'id']} label={gt('field.achievementId')}>
                <Select
                  allowClear
                  disabled={!achievementType}
                  showSearch={{ filterOption: false, onSearch: setQ }}
                  placeholder={gt('hint.achievementSearch')}
                  loading={choices.isFetching}
                  options={[
                    ...(record?.achievement && !choices.data?.some((c) => c.id === record.achievement?.id)
                      ? [
                          {
                            value: record.achievement.id,
                            label: gt(`achievementType.${record.achievement.recordType as 'case'}`),
                          },
                        ]
                      : []),
                    ...(choices.data ?? []).map((c) => ({ value: c.id, label: c.label })),
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={gt('field.note')} rules={rules('note')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.note)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {!record && canDecide && (
          <Card size="small" title={gt('field.decision')}>
            <Form.Item name="decided" valuePropName="checked">
              <Checkbox>{gt('hint.decisionOnCreate')}</Checkbox>
            </Form.Item>
            {decided && (
              <Row gutter={16}>
                <Col {...half}>
                  <Form.Item
                    name={['decision', 'decisionNumber']}
                    label={gt('field.decisionNumber')}
                    rules={required}
                  >
                    <Input maxLength={100} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col {...half}>
                  <Form.Item
                    name={['decision', 'decisionDate']}
                    label={gt('field.decisionDate')}
                    rules={notFuture}
                  >
                    {datePicker}
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item
                    name={['decision', 'decisionIssuer']}
                    label={gt('field.decisionIssuer')}
                    rules={required}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Card>
        )}
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/commendations/${record.id}` : '/commendations')}>
            {gt('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {gt('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
