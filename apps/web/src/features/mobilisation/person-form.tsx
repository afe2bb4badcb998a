import {
  type PrestigeRole,
  type PrestigiousPerson,
  type PrestigiousPersonCreate,
  prestigeRoles,
  prestigiousPersonCreate,
  type Religion,
  religions,
} from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { ethnicityOptions, ethnicitySearch } from './choices.ts';
import { useMobilisationText } from './i18n.ts';
import { useSavePerson } from './mobilisation-api.ts';
import { useWritableCommunes } from './unit-choices.ts';

const shape = prestigiousPersonCreate.shape;
const FIELDS = [
  'fullName',
  'role',
  'religion',
  'title',
  'ethnicity',
  'birthYear',
  'unitId',
  'village',
  'decisionNumber',
  'decisionDate',
  'phone',
  'notes',
] as const;

type Values = {
  fullName: string;
  role?: PrestigeRole;
  religion?: Religion | null;
  title?: string;
  ethnicity?: string | null;
  birthYear?: number | null;
  unitId?: string;
  village?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  phone?: string;
  notes?: string;
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create (no `person`) or edit a prestigious person: the contract's checks, server refusals on their fields. */
export function PersonForm({ person, onReload }: { person?: PrestigiousPerson; onReload?: () => void }) {
  const { mt, t } = useMobilisationText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSavePerson(person?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const communes = useWritableCommunes();
  const role = Form.useWatch('role', form);
  useEffect(() => {
    if (!person && communes.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', communes.onlyOne);
  }, [person, communes.onlyOne, form]);

  const initial: Partial<Values> = person
    ? {
        fullName: person.fullName,
        role: person.role,
        religion: person.religion,
        title: person.title ?? undefined,
        ethnicity: person.ethnicity?.code ?? null,
        birthYear: person.birthYear,
        unitId: person.unit.id,
        village: person.village ?? undefined,
        decisionNumber: person.decisionNumber ?? undefined,
        decisionDate: person.decisionDate ? dayjs(person.decisionDate) : null,
        phone: person.phone ?? undefined,
        notes: person.notes ?? undefined,
      }
    : {};

  const submit = (v: Values) => {
    errors.clear();
    const body: PrestigiousPersonCreate = {
      fullName: v.fullName.trim(),
      role: v.role as PrestigeRole,
      religion: v.religion ?? null,
      title: text(v.title),
      ethnicity: v.ethnicity ?? null,
      birthYear: v.birthYear ?? null,
      unitId: v.unitId as string,
      village: text(v.village),
      decisionNumber: text(v.decisionNumber),
      decisionDate: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : null,
      phone: text(v.phone),
      notes: text(v.notes),
    };
    save.mutate(person ? { ...body, version: person.version } : body, {
      onSuccess: (saved) => {
        void message.success(person ? mt('form.saved') : mt('form.created'));
        navigate(`/prestigious-persons/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], mt('form.required'));
  const half = { xs: 24, md: 12 };
  const pickOne = [{ required: true, message: mt('form.requiredSelect') }];

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
              title={mt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={mt('form.general')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="fullName" label={mt('field.fullName')} rules={rules('fullName')}>
                <Input maxLength={maxLengthOf(shape.fullName)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="role" label={mt('field.role')} rules={pickOne}>
                <Select options={prestigeRoles.map((r) => ({ value: r, label: mt(`role.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="religion"
                label={mt('field.religion')}
                extra={mt('form.religionHint')}
                rules={role === 'religious_dignitary' ? pickOne : []}
              >
                <Select
                  allowClear
                  options={religions.map((r) => ({ value: r, label: mt(`religion.${r}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="title" label={mt('field.title')} rules={rules('title')}>
                <Input maxLength={maxLengthOf(shape.title)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="ethnicity" label={mt('field.ethnicity')}>
                <Select
                  allowClear
                  showSearch={ethnicitySearch}
                  placeholder={mt('form.ethnicityPlaceholder')}
                  options={ethnicityOptions}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="birthYear" label={mt('field.birthYear')}>
                <InputNumber<number>
                  min={1900}
                  max={Number(todayIso().slice(0, 4))}
                  precision={0}
                  inputMode="numeric"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={mt('form.place')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="unitId" label={mt('field.unit')} rules={pickOne}>
                <Select
                  showSearch={communeSearch}
                  placeholder={mt('form.unitPlaceholder')}
                  options={communes.options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="village" label={mt('field.village')} rules={rules('village')}>
                <Input maxLength={maxLengthOf(shape.village)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={mt('form.recognition')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="decisionNumber"
                label={mt('field.decisionNumber')}
                rules={rules('decisionNumber')}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="decisionDate"
                label={mt('field.decisionDate')}
                rules={[
                  {
                    validator: async (_r, v: Dayjs | null | undefined) => {
                      if (v && v.format('YYYY-MM-DD') > todayIso()) throw new Error(mt('form.future'));
                    },
                  },
                ]}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="phone"
                label={mt('field.phone')}
                extra={mt('form.phoneHint')}
                rules={rules('phone')}
              >
                <Input inputMode="tel" autoComplete="off" maxLength={16} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={mt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button
            onClick={() => navigate(person ? `/prestigious-persons/${person.id}` : '/prestigious-persons')}
          >
            {mt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {mt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
