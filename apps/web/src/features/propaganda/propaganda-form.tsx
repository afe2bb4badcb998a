import {
  type PropagandaForm as FormKind,
  type Propaganda,
  type PropagandaCreate,
  type PropagandaTargetGroup,
  type PropagandaTopic,
  propagandaCreate,
  propagandaForms,
  propagandaTargetGroups,
  propagandaTopics,
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
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useWritableCommunes } from '../mobilisation/unit-choices.ts';
import { languageOptions, languageSearch } from './choices.ts';
import { usePropagandaText } from './i18n.ts';
import { useSavePropaganda } from './propaganda-api.ts';

const shape = propagandaCreate.shape;
export const PROPAGANDA_FIELDS = [
  'title',
  'dateFrom',
  'dateTo',
  'organizer',
  'unitId',
  'unitIds',
  'place',
  'forms',
  'formOther',
  'targetGroups',
  'targetOther',
  'participants',
  'languages',
  'languageOther',
  'materials',
  'materialsNote',
  'topics',
  'topicOther',
  'reach',
  'content',
  'status',
] as const;

type Values = {
  title: string;
  dateFrom?: Dayjs;
  dateTo?: Dayjs | null;
  organizer: string;
  unitId?: string;
  unitIds: string[];
  place?: string;
  forms: FormKind[];
  formOther?: string;
  targetGroups: PropagandaTargetGroup[];
  targetOther?: string;
  participants?: number | null;
  languages: string[];
  languageOther?: string;
  materials?: number | null;
  materialsNote?: string;
  topics: PropagandaTopic[];
  topicOther?: string;
  reach?: number | null;
  content?: string;
  status?: 'planned' | 'held';
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Create (no `record`) or edit a propaganda activity with every field; the status moves through transitions. */
export function PropagandaFormView({ record, onReload }: { record?: Propaganda; onReload?: () => void }) {
  const { pt, t } = usePropagandaText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSavePropaganda(record?.id ?? null);
  const errors = useServerErrors(form, PROPAGANDA_FIELDS);
  const communes = useWritableCommunes();
  const unitId = Form.useWatch('unitId', form);
  const forms = Form.useWatch('forms', form) ?? [];
  const groups = Form.useWatch('targetGroups', form) ?? [];
  const topics = Form.useWatch('topics', form) ?? [];
  useEffect(() => {
    if (!record && communes.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', communes.onlyOne);
  }, [record, communes.onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        title: record.title,
        dateFrom: dayjs(record.dateFrom),
        dateTo: record.dateTo !== record.dateFrom ? dayjs(record.dateTo) : null,
        organizer: record.organizer,
        unitId: record.unit.id,
        unitIds: record.units.map((u) => u.id),
        place: record.place ?? undefined,
        forms: record.forms,
        formOther: record.formOther ?? undefined,
        targetGroups: record.targetGroups,
        targetOther: record.targetOther ?? undefined,
        participants: record.participants,
        languages: record.languages,
        languageOther: record.languageOther ?? undefined,
        materials: record.materials,
        materialsNote: record.materialsNote ?? undefined,
        topics: record.topics,
        topicOther: record.topicOther ?? undefined,
        reach: record.reach,
        content: record.content ?? undefined,
      }
    : {
        dateFrom: dayjs(todayIso()),
        organizer: me.agency.name,
        unitIds: [],
        forms: [],
        targetGroups: [],
        languages: ['01'],
        topics: [],
        status: 'held',
      };

  const submit = (v: Values) => {
    errors.clear();
    const body: PropagandaCreate = {
      title: v.title.trim(),
      dateFrom: iso(v.dateFrom) as string,
      dateTo: iso(v.dateTo),
      organizer: v.organizer.trim(),
      unitId: v.unitId as string,
      unitIds: v.unitIds ?? [],
      place: text(v.place),
      forms: v.forms ?? [],
      formOther: text(v.formOther),
      targetGroups: v.targetGroups ?? [],
      targetOther: text(v.targetOther),
      participants: v.participants ?? null,
      languages: v.languages ?? [],
      languageOther: text(v.languageOther),
      materials: v.materials ?? null,
      materialsNote: text(v.materialsNote),
      topics: v.topics ?? [],
      topicOther: text(v.topicOther),
      reach: v.reach ?? null,
      content: text(v.content),
    };
    const full = record
      ? { ...body, version: record.version }
      : { ...body, ...(v.status ? { status: v.status } : {}) };
    save.mutate(full, {
      onSuccess: (saved) => {
        void message.success(record ? pt('form.saved') : pt('form.created'));
        navigate(`/propaganda/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));
  const half = { xs: 24, md: 12 };
  const pickOne = [{ required: true, message: pt('form.requiredSelect') }];
  const count = { min: 0, precision: 0, inputMode: 'numeric' as const, style: { width: '100%' } };

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
              title={pt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={pt('form.general')} size="small">
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="title" label={pt('field.title')} rules={rules('title')}>
                <Input maxLength={maxLengthOf(shape.title)} autoComplete="off" />
              </Form.Item>
            </Col>
            {!record && (
              <Col xs={24}>
                <Form.Item name="status" label={pt('form.statusLabel')}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    options={[
                      { value: 'held', label: pt('form.held') },
                      { value: 'planned', label: pt('form.planned') },
                    ]}
                  />
                </Form.Item>
              </Col>
            )}
            <Col {...half}>
              <Form.Item name="dateFrom" label={pt('field.dateFrom')} rules={pickOne}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="dateTo" label={pt('field.dateTo')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="organizer" label={pt('field.organizer')} rules={rules('organizer')}>
                <Input maxLength={maxLengthOf(shape.organizer)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="place" label={pt('field.place')} rules={rules('place')}>
                <Input maxLength={maxLengthOf(shape.place)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={pt('field.unit')} rules={pickOne}>
                <Select
                  showSearch={communeSearch}
                  placeholder={pt('form.unitPlaceholder')}
                  options={communes.options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitIds" label={pt('field.units')}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={communeSearch}
                  options={communes.options.filter((o) => o.value !== unitId)}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={pt('form.audience')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="forms" label={pt('field.forms')} rules={pickOne}>
                <Select
                  mode="multiple"
                  options={propagandaForms.map((f) => ({ value: f, label: pt(`formKind.${f}`) }))}
                />
              </Form.Item>
              {forms.includes('other') && (
                <Form.Item name="formOther" label={pt('field.formOther')} rules={rules('formOther')}>
                  <Input maxLength={maxLengthOf(shape.formOther)} />
                </Form.Item>
              )}
            </Col>
            <Col {...half}>
              <Form.Item name="targetGroups" label={pt('field.targetGroups')}>
                <Select
                  mode="multiple"
                  options={propagandaTargetGroups.map((g) => ({ value: g, label: pt(`group.${g}`) }))}
                />
              </Form.Item>
              {groups.includes('other') && (
                <Form.Item name="targetOther" label={pt('field.targetOther')} rules={rules('targetOther')}>
                  <Input maxLength={maxLengthOf(shape.targetOther)} />
                </Form.Item>
              )}
            </Col>
            <Col {...half}>
              <Form.Item name="languages" label={pt('field.languages')} extra={pt('form.languagesHint')}>
                <Select mode="multiple" showSearch={languageSearch} options={languageOptions} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="languageOther"
                label={pt('field.languageOther')}
                rules={rules('languageOther')}
              >
                <Input maxLength={maxLengthOf(shape.languageOther)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="topics" label={pt('field.topics')}>
                <Select
                  mode="multiple"
                  options={propagandaTopics.map((x) => ({ value: x, label: pt(`topic.${x}`) }))}
                />
              </Form.Item>
              {topics.includes('other') && (
                <Form.Item name="topicOther" label={pt('field.topicOther')} rules={rules('topicOther')}>
                  <Input maxLength={maxLengthOf(shape.topicOther)} />
                </Form.Item>
              )}
            </Col>
          </Row>
        </Card>
        <Card title={pt('form.figures')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="participants"
                label={pt('form.participantsHeld')}
                rules={rules('participants')}
              >
                <InputNumber<number> {...count} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="materials" label={pt('field.materials')} rules={rules('materials')}>
                <InputNumber<number> {...count} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="reach" label={pt('field.reach')} rules={rules('reach')}>
                <InputNumber<number> {...count} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="materialsNote"
                label={pt('field.materialsNote')}
                rules={rules('materialsNote')}
              >
                <Input maxLength={maxLengthOf(shape.materialsNote)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="content" label={pt('field.content')} rules={rules('content')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.content)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/propaganda/${record.id}` : '/propaganda')}>
            {pt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {pt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
