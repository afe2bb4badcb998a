import {
  type ModelKind,
  type ModelRating,
  modelKinds,
  modelRatings,
  type PreventionModel,
  type PreventionModelCreate,
  preventionModelCreate,
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
import { useMobilisationText } from './i18n.ts';
import { useSaveModel } from './mobilisation-api.ts';
import { useWritableCommunes } from './unit-choices.ts';

const shape = preventionModelCreate.shape;
const FIELDS = [
  'name',
  'kind',
  'unitId',
  'otherUnitIds',
  'startedOn',
  'hostAgency',
  'membersCount',
  'members',
  'evaluation',
  'rating',
  'notes',
] as const;

type Values = {
  name: string;
  kind?: ModelKind;
  unitId?: string;
  otherUnitIds: string[];
  startedOn?: Dayjs;
  hostAgency: string;
  membersCount?: number | null;
  members?: string;
  evaluation?: string;
  rating?: ModelRating | null;
  notes?: string;
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create (no `model`) or edit a model, with its evaluation; the status moves through transitions. */
export function ModelForm({ model, onReload }: { model?: PreventionModel; onReload?: () => void }) {
  const { mt, t } = useMobilisationText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveModel(model?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const communes = useWritableCommunes();
  const unitId = Form.useWatch('unitId', form);
  useEffect(() => {
    if (!model && communes.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', communes.onlyOne);
  }, [model, communes.onlyOne, form]);

  const initial: Partial<Values> = model
    ? {
        name: model.name,
        kind: model.kind,
        unitId: model.unit.id,
        otherUnitIds: model.otherUnits.map((u) => u.id),
        startedOn: dayjs(model.startedOn),
        hostAgency: model.hostAgency,
        membersCount: model.membersCount,
        members: model.members ?? undefined,
        evaluation: model.evaluation ?? undefined,
        rating: model.rating,
        notes: model.notes ?? undefined,
      }
    : { otherUnitIds: [], startedOn: dayjs(todayIso()) };

  const submit = (v: Values) => {
    errors.clear();
    const body: PreventionModelCreate = {
      name: v.name.trim(),
      kind: v.kind as ModelKind,
      unitId: v.unitId as string,
      otherUnitIds: v.otherUnitIds ?? [],
      startedOn: (v.startedOn as Dayjs).format('YYYY-MM-DD'),
      hostAgency: v.hostAgency.trim(),
      membersCount: v.membersCount ?? null,
      members: text(v.members),
      evaluation: text(v.evaluation),
      rating: v.rating ?? null,
      notes: text(v.notes),
    };
    save.mutate(model ? { ...body, version: model.version } : body, {
      onSuccess: (saved) => {
        void message.success(model ? mt('form.saved') : mt('form.created'));
        navigate(`/models/${saved.id}`);
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
              <Form.Item name="name" label={mt('field.name')} rules={rules('name')}>
                <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="kind" label={mt('field.modelKind')} rules={pickOne}>
                <Select options={modelKinds.map((k) => ({ value: k, label: mt(`modelKind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="startedOn" label={mt('field.startedOn')} rules={pickOne}>
                <DatePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="hostAgency" label={mt('field.hostAgency')} rules={rules('hostAgency')}>
                <Input maxLength={maxLengthOf(shape.hostAgency)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="membersCount" label={mt('field.membersCount')} rules={rules('membersCount')}>
                <InputNumber<number> min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="members" label={mt('field.members')} rules={rules('members')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={maxLengthOf(shape.members)}
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
              <Form.Item name="otherUnitIds" label={mt('field.otherUnits')}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={communeSearch}
                  options={communes.all.filter((o) => o.value !== unitId)}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={mt('form.evaluation')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="rating" label={mt('field.rating')}>
                <Select
                  allowClear
                  options={modelRatings.map((r) => ({ value: r, label: mt(`rating.${r}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="evaluation" label={mt('field.evaluation')} rules={rules('evaluation')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.evaluation)}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={mt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(model ? `/models/${model.id}` : '/models')}>
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
