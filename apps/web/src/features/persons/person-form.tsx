import {
  type EducationLevel,
  educationLevels,
  ethnicGroupOptions,
  type Mobility,
  mobilities,
  type Occupation,
  occupations,
  type Person,
  type PersonCreate,
  type PersonUpdate,
  personCreate,
  personUpdate,
  type Sex,
  type Substance,
  sexes,
  substances,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type ApiError, isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fold, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { iso, PastDate, text } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { useSavePerson } from './persons-api.ts';

type Values = {
  fullName: string;
  aliases?: string;
  precision: 'day' | 'year';
  birthDate?: Dayjs | null;
  birthYear?: number | null;
  sex: Sex;
  ethnicity?: string | null;
  cccd?: string;
  unitId: string;
  residenceAddress?: string;
  residenceSince?: Dayjs | null;
  education?: EducationLevel | null;
  occupation?: Occupation | null;
  substances?: Substance[];
  firstUseYear?: number | null;
  firstSubstance?: Substance | null;
  flags?: ('managementFile' | 'criminalRecord' | 'administrativeRecord')[];
  mobility?: Mobility | null;
  notes?: string;
  health?: string;
  transferNote?: string;
};
const FIELDS = [
  'fullName',
  'aliases',
  'birthDate',
  'birthYear',
  'sex',
  'ethnicity',
  'cccd',
  'unitId',
  'residenceAddress',
  'residenceSince',
  'education',
  'occupation',
  'substances',
  'firstUseYear',
  'firstSubstance',
  'mobility',
  'notes',
  'health',
  'transferNote',
] as const;
const shape = personCreate.shape;

/** The 54 groups, searchable without diacritics and by their common spellings ("meo", "hmong" → Mông). */
const ethnicityOptions = ethnicGroupOptions.map((g) => ({
  value: g.code,
  label: g.name,
  search: fold([g.name, ...g.variants].join(' ')).replace(/['-]/g, ''),
}));
const ethnicitySearch = {
  filterOption: (input: string, o?: { search?: string }) =>
    String(o?.search ?? '').includes(fold(input).replace(/['-]/g, '')),
};

/** A 409 listing possible duplicates: one detail per candidate, path `duplicates.<id>`. */
const candidatesOf = (e: unknown): { id: string; message: string }[] =>
  isApiError(e) && e.status === 409
    ? e.details
        .filter((d) => d.path.startsWith('duplicates.'))
        .map((d) => ({ id: d.path.slice('duplicates.'.length), message: d.message }))
    : [];

function initialValues(p: Person | undefined, unitId: string | undefined): Partial<Values> {
  if (!p) return { precision: 'day', unitId, substances: [], flags: [], residenceSince: null };
  return {
    fullName: p.fullName,
    aliases: p.aliases.join('\n'),
    precision: p.birthPrecision === 'year' ? 'year' : 'day',
    birthDate: p.birthDate && p.birthPrecision !== 'year' ? dayjs(p.birthDate) : null,
    birthYear: p.birthDate && p.birthPrecision === 'year' ? Number(p.birthDate.slice(0, 4)) : null,
    sex: p.sex,
    ethnicity: p.ethnicity?.code ?? null,
    unitId: p.unit.id,
    residenceAddress: p.residenceAddress ?? '',
    residenceSince: null,
    education: p.education,
    occupation: p.occupation,
    substances: p.substances,
    firstUseYear: p.firstUseYear,
    firstSubstance: p.firstSubstance,
    flags: (['managementFile', 'criminalRecord', 'administrativeRecord'] as const).filter((f) => p[f]),
    mobility: p.mobility,
    notes: p.notes ?? '',
  };
}

/**
 * Create or edit a person, validated with the contract's own rules (limits, CCCD of 12 digits); the server's
 * checks (CCCD against birth year and sex, dates) land on their fields. Possible duplicates (409) are listed
 * with links; the officer either opens one or confirms this is someone else.
 */
export function PersonForm({ person }: { person?: Person }) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSavePerson(person?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const [candidates, setCandidates] = useState<{ id: string; message: string }[]>([]);
  const [duplicateError, setDuplicateError] = useState<ApiError | null>(null);
  const precision = Form.useWatch('precision', form) ?? 'day';
  const unitId = Form.useWatch('unitId', form);
  const communes = useCommuneOptions(todayIso());
  const own = me.jurisdiction.length === 1 ? me.jurisdiction[0]?.id : undefined;

  const submit = (v: Values, confirmDuplicates = false) => {
    errors.clear();
    const common: PersonCreate = {
      fullName: v.fullName.trim(),
      aliases: (v.aliases ?? '')
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      birthDate: v.precision === 'day' ? iso(v.birthDate) : null,
      birthYear: v.precision === 'year' ? (v.birthYear ?? null) : null,
      sex: v.sex,
      ethnicity: v.ethnicity ?? null,
      unitId: v.unitId,
      residenceAddress: text(v.residenceAddress),
      ...(v.residenceSince ? { residenceSince: iso(v.residenceSince) ?? undefined } : {}),
      education: v.education ?? null,
      occupation: v.occupation ?? null,
      substances: v.substances ?? [],
      firstUseYear: v.firstUseYear ?? null,
      firstSubstance: v.firstSubstance ?? null,
      managementFile: v.flags?.includes('managementFile') ?? false,
      criminalRecord: v.flags?.includes('criminalRecord') ?? false,
      administrativeRecord: v.flags?.includes('administrativeRecord') ?? false,
      mobility: v.mobility ?? null,
      notes: text(v.notes),
      // Sealed: typed → replaces; left empty on an edit → kept (absent), never sent back in clear.
      ...(v.cccd?.trim() ? { cccd: v.cccd.replace(/[\s.]/g, '') } : {}),
      ...(v.health?.trim() ? { health: v.health.trim() } : {}),
    };
    const body: PersonCreate | PersonUpdate = person
      ? {
          ...common,
          // What the receiving commune's police should know (sent with the 24-hour notice of a hand-over).
          ...(v.transferNote?.trim() && v.unitId !== person.unit.id
            ? { transferNote: v.transferNote.trim() }
            : {}),
          version: person.version,
        }
      : { ...common, ...(confirmDuplicates ? { confirmDuplicates: true } : {}) };
    save.mutate(body, {
      onSuccess: (saved) => {
        void message.success(pt(person ? 'form.saved' : 'form.created'));
        navigate(`/persons/${saved.id}`);
      },
      onError: (e) => {
        const found = candidatesOf(e);
        setCandidates(found);
        if (found.length > 0) {
          setDuplicateError(e as ApiError);
          return;
        }
        setDuplicateError(null);
        errors.onError(e);
      },
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));
  const half = { xs: 24, md: 12 };
  const moved = person && unitId && unitId !== person.unit.id;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues(person, own)}
      onFinish={(v) => submit(v)}
      onValuesChange={() => candidates.length > 0 && setCandidates([])}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap={16} style={{ maxWidth: 960 }}>
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Card size="small" title={pt('form.identity')}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="fullName" label={pt('field.fullName')} rules={rules('fullName')}>
                <Input maxLength={maxLengthOf(shape.fullName)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="aliases" label={pt('field.aliases')} extra={pt('field.aliasesHint')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="precision" label={pt('field.birthPrecision')}>
                <Radio.Group
                  options={[
                    { value: 'day', label: pt('field.birthDay') },
                    { value: 'year', label: pt('field.birthYearOnly') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              {precision === 'day' ? (
                <Form.Item name="birthDate" label={pt('field.birthDate')}>
                  <PastDate allowClear />
                </Form.Item>
              ) : (
                <Form.Item name="birthYear" label={pt('field.birthYear')}>
                  <InputNumber<number>
                    min={1900}
                    max={Number(todayIso().slice(0, 4))}
                    precision={0}
                    controls={false}
                    inputMode="numeric"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              )}
            </Col>
            <Col {...half}>
              <Form.Item
                name="sex"
                label={pt('field.sex')}
                rules={[{ required: true, message: pt('form.requiredSelect') }]}
              >
                <Radio.Group options={sexes.map((s) => ({ value: s, label: pt(`sex.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="ethnicity" label={pt('field.ethnicity')}>
                <Select allowClear showSearch={ethnicitySearch} options={ethnicityOptions} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="cccd"
                label={pt('field.cccd')}
                extra={
                  person?.cccdMasked ? `${person.cccdMasked} — ${pt('form.cccdKeep')}` : pt('form.cccdHint')
                }
                rules={rules('cccd')}
                normalize={(v: string) => v.replace(/[^\d]/g, '')}
              >
                <Input
                  inputMode="numeric"
                  maxLength={12}
                  autoComplete="off"
                  style={{ fontFamily: 'monospace' }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={pt('form.residence')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="unitId"
                label={pt('field.unit')}
                rules={[{ required: true, message: pt('form.requiredSelect') }]}
                extra={moved ? pt('form.moveHint') : undefined}
              >
                <Select showSearch={communeSearch} options={communes.options} loading={communes.loading} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="residenceSince" label={pt('field.residenceSince')}>
                <PastDate allowClear />
              </Form.Item>
            </Col>
            {moved && (
              <Col xs={24}>
                <Form.Item
                  name="transferNote"
                  label={pt('field.transferNote')}
                  extra={pt('form.transferNoteHint')}
                  rules={contractRules(personUpdate.shape.transferNote, pt('form.required'))}
                >
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={maxLengthOf(personUpdate.shape.transferNote)}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item
                name="residenceAddress"
                label={pt('field.residenceAddress')}
                rules={rules('residenceAddress')}
              >
                <Input maxLength={maxLengthOf(shape.residenceAddress)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={pt('form.use')}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="substances" label={pt('field.substances')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={substances.map((s) => ({ value: s, label: pt(`substance.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="firstUseYear" label={pt('field.firstUseYear')}>
                <InputNumber<number>
                  min={1900}
                  max={2100}
                  precision={0}
                  controls={false}
                  inputMode="numeric"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="firstSubstance" label={pt('field.firstSubstance')}>
                <Select
                  allowClear
                  options={substances.map((s) => ({ value: s, label: pt(`substance.${s}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={pt('form.statistics')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="education" label={pt('field.education')}>
                <Select
                  allowClear
                  options={educationLevels.map((s) => ({ value: s, label: pt(`education.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="occupation" label={pt('field.occupation')}>
                <Select
                  allowClear
                  options={occupations.map((s) => ({ value: s, label: pt(`occupation.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="mobility" label={pt('field.mobility')}>
                <Select
                  allowClear
                  options={mobilities.map((s) => ({ value: s, label: pt(`status.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="flags">
                <Checkbox.Group
                  style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
                  options={(['managementFile', 'criminalRecord', 'administrativeRecord'] as const).map(
                    (f) => ({
                      value: f,
                      label: pt(`field.${f}`),
                    }),
                  )}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={pt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={pt('form.sealed')}>
          <Form.Item
            name="health"
            label={pt('field.health')}
            extra={person?.hasHealthDetails ? pt('form.healthKeep') : undefined}
            rules={rules('health')}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.health)} />
          </Form.Item>
        </Card>
        {candidates.length > 0 && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="duplicate-candidates"
            title={pt('form.duplicatesTitle')}
            description={
              <Flex vertical gap={8}>
                <Typography.Text>{duplicateError?.message || pt('form.duplicatesIntro')}</Typography.Text>
                <Typography.Text type="secondary">{pt('form.duplicatesIntro')}</Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {candidates.map((c) => (
                    <li key={c.id} style={{ overflowWrap: 'anywhere' }}>
                      {c.message}{' '}
                      <a href={`/persons/${encodeURIComponent(c.id)}`} target="_blank" rel="noreferrer">
                        {pt('form.openCandidate')}
                      </a>
                    </li>
                  ))}
                </ul>
                <span>
                  <Button
                    danger
                    loading={save.isPending}
                    onClick={() => submit(form.getFieldsValue(true), true)}
                  >
                    {pt('form.saveAnyway')}
                  </Button>
                </span>
              </Flex>
            }
          />
        )}
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={() => navigate(person ? `/persons/${person.id}` : '/persons')}>
            {pt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={candidates.length > 0}>
            {pt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
