import {
  type EngagementKind,
  engagementCreate,
  engagementKinds,
  type PrestigiousPerson,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useMobilisationText } from './i18n.ts';
import { useEngage, usePerson, usePersons } from './mobilisation-api.ts';
import { mobilisationTitle } from './nav.ts';
import { useWritableCommunes } from './unit-choices.ts';

const shape = engagementCreate.shape;
const FIELDS = ['on', 'kind', 'unitId', 'content', 'personsPersuaded', 'result'] as const;
/** The kinds whose point is to persuade someone: the count of persons persuaded is asked for. */
const PERSUADING: readonly EngagementKind[] = ['persuade_rehab', 'surrender'];

type Values = {
  personId?: string;
  on: Dayjs;
  kind?: EngagementKind;
  unitId?: string;
  content: string;
  personsPersuaded?: number | null;
  result?: string;
};

/**
 * `/prestigious-persons/engage[?personId=]`: the commune officer in the village records what a prestigious person
 * did, one-handed on a phone — find the person by name, tap the kind, type what happened, save at the bottom.
 */
export default function EngagementPage() {
  const { mt } = useMobilisationText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const engage = useEngage();
  const errors = useServerErrors(form, [...FIELDS, 'personId']);
  const communes = useWritableCommunes();
  const initialId = params.get('personId') ?? undefined;
  const preset = usePerson(initialId ?? '', Boolean(initialId));
  const [q, setQ] = useState('');
  const found = usePersons({ q: q || undefined, status: 'active', pageSize: 20, sort: 'fullName' });
  const personId = Form.useWatch('personId', form);
  const kind = Form.useWatch('kind', form);

  const people = useMemo(() => {
    const list: PrestigiousPerson[] = [...(found.data?.data ?? [])];
    if (preset.data && !list.some((p) => p.id === preset.data.id)) list.unshift(preset.data);
    return list;
  }, [found.data, preset.data]);
  const chosen = people.find((p) => p.id === personId);
  // The place defaults to the person's commune when it is one the officer may write in.
  useEffect(() => {
    if (chosen && !form.getFieldValue('unitId') && communes.options.some((o) => o.value === chosen.unit.id))
      form.setFieldValue('unitId', chosen.unit.id);
  }, [chosen, communes.options, form]);

  const submit = (v: Values) => {
    errors.clear();
    const person = people.find((p) => p.id === v.personId);
    engage.mutate(
      {
        personId: v.personId as string,
        on: v.on.format('YYYY-MM-DD'),
        kind: v.kind as EngagementKind,
        ...(v.unitId ? { unitId: v.unitId } : {}),
        content: v.content.trim(),
        personsPersuaded: v.kind && PERSUADING.includes(v.kind) ? (v.personsPersuaded ?? null) : null,
        result: v.result?.trim() ? v.result.trim() : null,
      },
      {
        onSuccess: (r) => {
          void message.success(mt('engage.saved', { name: person?.fullName ?? r.person.fullName }));
          navigate(`/prestigious-persons/${r.person.id}`);
        },
        onError: errors.onError,
      },
    );
  };
  const pickOne = [{ required: true, message: mt('form.requiredSelect') }];

  return (
    <>
      <PageHeader title={mobilisationTitle('engage')} />
      <Form<Values>
        form={form}
        layout="vertical"
        size={phone ? 'large' : 'middle'}
        initialValues={{ on: dayjs(todayIso()), personId: initialId }}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          <Typography.Text type="secondary">{mt('engage.intro')}</Typography.Text>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small">
            <Form.Item name="personId" label={mt('engage.person')} rules={pickOne}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                placeholder={mt('engage.personPlaceholder')}
                loading={found.isFetching}
                options={people.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unit.name}` }))}
                data-testid="engage-person"
              />
            </Form.Item>
            {chosen && (
              <Alert
                type="info"
                title={mt('engage.chosen', {
                  role: mt(`role.${chosen.role}`),
                  village: chosen.village ?? chosen.unit.name,
                })}
                style={{ marginBottom: 12 }}
              />
            )}
            <Form.Item name="on" label={mt('field.on')} rules={pickOne}>
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
              />
            </Form.Item>
            <Form.Item name="kind" label={mt('field.kind')} rules={pickOne}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : '1fr 1fr', gap: 8 }}
                options={engagementKinds.map((k) => ({
                  value: k,
                  label: mt(`kind.${k}`),
                  style: {
                    whiteSpace: 'normal',
                    height: 'auto',
                    minHeight: 40,
                    lineHeight: 1.3,
                    padding: '8px 12px',
                    borderRadius: 6,
                  },
                }))}
              />
            </Form.Item>
            {kind && PERSUADING.includes(kind) && (
              <Form.Item
                name="personsPersuaded"
                label={mt('field.personsPersuaded')}
                extra={mt('engage.persuadedHint')}
                rules={contractRules(shape.personsPersuaded, mt('form.required'))}
              >
                <InputNumber<number> min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
              </Form.Item>
            )}
            <Form.Item
              name="content"
              label={mt('field.content')}
              rules={contractRules(shape.content, mt('form.required'))}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={maxLengthOf(shape.content)} />
            </Form.Item>
            <Form.Item
              name="result"
              label={mt('field.result')}
              rules={contractRules(shape.result, mt('form.required'))}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.result)} />
            </Form.Item>
            <Form.Item name="unitId" label={mt('field.place')} style={{ marginBottom: 0 }}>
              <Select
                showSearch={communeSearch}
                placeholder={mt('form.unitPlaceholder')}
                options={communes.options}
                loading={communes.loading}
              />
            </Form.Item>
          </Card>
          {/* On a phone the save button stays within the thumb's reach at the bottom of the screen. */}
          <div
            style={{
              position: phone ? 'sticky' : 'static',
              bottom: 0,
              zIndex: 2,
              background: '#fff',
              padding: '12px 0',
              borderTop: '1px solid #f0f0f0',
            }}
          >
            <Flex gap={8}>
              <Button onClick={() => navigate(-1)}>{mt('form.cancel')}</Button>
              <Button type="primary" htmlType="submit" block loading={engage.isPending}>
                {mt('engage.save')}
              </Button>
            </Flex>
          </div>
        </Flex>
      </Form>
    </>
  );
}
