import {
  type ArrestKind,
  arrestKinds,
  type CaseCreate,
  type CriminalCase,
  caseCreate,
  type DrugArticle,
  drugArticles,
  suspect as suspectSchema,
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
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { PersonPicker } from '../persons/person-picker.tsx';
import { useProjects, useSaveCase } from './cases-api.ts';
import { articleInfo, gravest } from './charges.ts';
import { useCaseText } from './i18n.ts';
import { SeizureFields, type SeizureValues, seizureBody } from './seizure-fields.tsx';
import { SeverityTag } from './tags.tsx';

const shape = caseCreate.shape;
const suspectShape = suspectSchema.shape;

type SuspectValues = {
  personId?: string | null;
  name?: string;
  birthYear?: number | null;
  arrestedOn?: Dayjs | null;
  arrestKind?: ArrestKind | null;
};
type Values = {
  number: string;
  openedOn: Dayjs;
  unitId?: string;
  summary: string;
  charges: { article?: DrugArticle; clause?: number }[];
  suspects: SuspectValues[];
  projectId?: string | null;
  seizures: SeizureValues[];
};
const FIELDS = [
  'number',
  'openedOn',
  'unitId',
  'summary',
  'charges',
  'suspects',
  'projectId',
  'seizures',
] as const;

/**
 * Create (no `record`) or edit a case: charges picked by article and clause with the class they give, suspects,
 * and on creation a quick entry of the seizures (more later on the record). Checks from the contract; server
 * refusals on their fields. The status moves through transitions, never here.
 */
export function CaseForm({ record, onReload }: { record?: CriminalCase; onReload?: () => void }) {
  const { ct, t, language } = useCaseText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSaveCase(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const openedOn = Form.useWatch('openedOn', form) as Dayjs | undefined;
  const charges = (Form.useWatch('charges', form) ?? []) as Values['charges'];
  // The commune is the one of the opening date (an old commune before 01/7/2025).
  const communes = useCommuneOptions(openedOn ? openedOn.format('YYYY-MM-DD') : todayIso());
  const own = new Set(me.jurisdiction.map((u) => u.id));
  const mine = communes.options.filter((o) => own.has(o.value));
  const options = mine.length > 0 ? mine : communes.options;
  const onlyOne = mine.length === 1 ? mine[0]?.value : undefined;
  useEffect(() => {
    if (!record && onlyOne && !form.getFieldValue('unitId')) form.setFieldValue('unitId', onlyOne);
  }, [record, onlyOne, form]);
  const canSeeProjects = usePermission('project.read');
  // A suspect already in the person register is picked from it (name and birth year copied, the record linked).
  const canSeePersons = usePermission('person.read');
  const projects = useProjects({ pageSize: 100, sort: 'periodFrom', order: 'desc' });

  const initial: Partial<Values> = record
    ? {
        number: record.number,
        openedOn: dayjs(record.openedOn),
        unitId: record.unit.id,
        summary: record.summary,
        charges: record.charges.map((c) => ({ article: c.article, clause: c.clause })),
        suspects: record.suspects.map((s) => ({
          ...s,
          arrestedOn: s.arrestedOn ? dayjs(s.arrestedOn) : null,
        })),
        projectId: record.project?.id ?? null,
        seizures: [],
      }
    : { openedOn: dayjs(todayIso()), charges: [{}], suspects: [], seizures: [] };

  const submit = (v: Values) => {
    errors.clear();
    const body: CaseCreate = {
      number: v.number.trim(),
      openedOn: v.openedOn.format('YYYY-MM-DD'),
      unitId: v.unitId as string,
      summary: v.summary.trim(),
      charges: v.charges.map((c) => ({ article: c.article as DrugArticle, clause: c.clause as number })),
      suspects: (v.suspects ?? []).map((s) => ({
        personId: s.personId ?? null,
        name: (s.name ?? '').trim(),
        birthYear: s.birthYear ?? null,
        arrestedOn: s.arrestedOn ? s.arrestedOn.format('YYYY-MM-DD') : null,
        arrestKind: s.arrestKind ?? null,
      })),
      projectId: v.projectId ?? null,
    };
    const seizures = (v.seizures ?? []).map(seizureBody).filter((s) => s !== null);
    save.mutate(record ? { ...body, version: record.version } : { ...body, seizures }, {
      onSuccess: (saved) => {
        void message.success(record ? ct('common.saved') : ct('common.created'));
        navigate(`/cases/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], ct('common.required'));
  const half = { xs: 24, md: 12 };
  const requiredSelect = [{ required: true, message: ct('common.requiredSelect') }];
  const preview = gravest(charges);

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
              title={ct('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={ct('form.general')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="number" label={ct('field.number')} rules={rules('number')}>
                <Input maxLength={maxLengthOf(shape.number)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="openedOn" label={ct('field.openedOn')} rules={requiredSelect}>
                <DatePicker
                  format={DATE_FORMAT}
                  allowClear={false}
                  inputReadOnly
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={ct('field.unit')} rules={requiredSelect}>
                <Select
                  showSearch={communeSearch}
                  placeholder={ct('form.unitPlaceholder')}
                  options={options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
            {canSeeProjects && (
              <Col {...half}>
                <Form.Item name="projectId" label={ct('field.project')}>
                  <Select
                    allowClear
                    placeholder={ct('form.projectPlaceholder')}
                    loading={projects.isPending}
                    options={(projects.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item name="summary" label={ct('field.summary')} rules={rules('summary')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.summary)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={ct('field.charges')} size="small" data-testid="case-charges">
          <Typography.Paragraph type="secondary">{ct('form.chargesHint')}</Typography.Paragraph>
          <Form.List name="charges">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f) => {
                  const article = charges[f.name]?.article;
                  const clauses = article ? articleInfo[article].classes : [];
                  return (
                    <Row key={f.key} gutter={8} align="bottom" wrap>
                      <Col xs={24} sm={15}>
                        <Form.Item
                          name={[f.name, 'article']}
                          label={ct('field.article')}
                          rules={requiredSelect}
                        >
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            options={drugArticles.map((a) => ({
                              value: a,
                              label: `${a} – ${articleInfo[a][language]}`,
                            }))}
                            onChange={() => form.setFieldValue(['charges', f.name, 'clause'], undefined)}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={16} sm={6}>
                        <Form.Item
                          name={[f.name, 'clause']}
                          label={ct('field.clause')}
                          rules={requiredSelect}
                        >
                          <Select
                            disabled={!article}
                            options={clauses.map((k, i) => ({
                              value: i + 1,
                              label: `${i + 1} · ${ct(`severity.${k}`)}`,
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={8} sm={3}>
                        <Form.Item label=" ">
                          <Button onClick={() => remove(f.name)} disabled={fields.length === 1} block>
                            {ct('common.remove')}
                          </Button>
                        </Form.Item>
                      </Col>
                    </Row>
                  );
                })}
                <Flex gap={8} wrap align="center" justify="space-between">
                  <Button onClick={() => add({})} disabled={fields.length >= 10}>
                    {ct('form.addCharge')}
                  </Button>
                  {preview && (
                    <Flex gap={6} align="center" wrap data-testid="severity-preview">
                      <Typography.Text>{ct('form.severityPreview')}</Typography.Text>
                      <SeverityTag severity={preview} />
                    </Flex>
                  )}
                </Flex>
              </Flex>
            )}
          </Form.List>
        </Card>

        <Card title={ct('field.suspects')} size="small">
          <Form.List name="suspects">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    type="inner"
                    title={`${ct('field.suspects')} ${i + 1}`}
                    extra={
                      <Button size="small" onClick={() => remove(f.name)}>
                        {ct('common.remove')}
                      </Button>
                    }
                  >
                    <Row gutter={12}>
                      {canSeePersons && (
                        <Col xs={24}>
                          <Form.Item
                            name={[f.name, 'personId']}
                            label={ct('field.suspectPerson')}
                            extra={ct('field.suspectPersonHint')}
                          >
                            <PersonPicker
                              placeholder={ct('field.suspectPersonPlaceholder')}
                              currentLabel={
                                form.getFieldValue(['suspects', f.name, 'name']) as string | undefined
                              }
                              onPick={(p) => {
                                if (!p) return;
                                form.setFieldValue(['suspects', f.name, 'name'], p.fullName);
                                if (p.birthDate)
                                  form.setFieldValue(
                                    ['suspects', f.name, 'birthYear'],
                                    Number(p.birthDate.slice(0, 4)),
                                  );
                              }}
                            />
                          </Form.Item>
                        </Col>
                      )}
                      <Col xs={24} md={12}>
                        <Form.Item
                          name={[f.name, 'name']}
                          label={ct('field.suspectName')}
                          rules={contractRules(suspectShape.name, ct('common.required'))}
                        >
                          <Input maxLength={200} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'birthYear']} label={ct('field.birthYear')}>
                          <InputNumber min={1900} max={2100} inputMode="numeric" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'arrestedOn']} label={ct('field.arrestedOn')}>
                          <DatePicker
                            format={DATE_FORMAT}
                            placeholder="dd/mm/yyyy"
                            inputReadOnly
                            style={{ width: '100%' }}
                            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'arrestKind']} label={ct('field.arrestKind')}>
                          <Select
                            allowClear
                            options={arrestKinds.map((k) => ({ value: k, label: ct(`arrest.${k}`) }))}
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <span>
                  <Button onClick={() => add({})}>{ct('form.addSuspect')}</Button>
                </span>
              </Flex>
            )}
          </Form.List>
        </Card>

        {!record && (
          <Card title={ct('seizure.quick')} size="small" data-testid="case-seizures">
            <Typography.Paragraph type="secondary">{ct('seizure.quickHint')}</Typography.Paragraph>
            <Form.List name="seizures">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f, i) => (
                    <Card
                      key={f.key}
                      size="small"
                      type="inner"
                      title={`${ct('detail.seizures')} ${i + 1}`}
                      extra={
                        <Button size="small" onClick={() => remove(f.name)}>
                          {ct('common.remove')}
                        </Button>
                      }
                    >
                      <SeizureFields form={form} list="seizures" index={f.name} />
                    </Card>
                  ))}
                  <span>
                    <Button onClick={() => add({ on: form.getFieldValue('openedOn') ?? dayjs(todayIso()) })}>
                      {ct('detail.addSeizure')}
                    </Button>
                  </span>
                </Flex>
              )}
            </Form.List>
          </Card>
        )}

        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/cases/${record.id}` : '/cases')}>
            {ct('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {ct('form.saveCase')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
