import {
  type PropagandaForm as FormKind,
  type PropagandaCreate,
  type PropagandaTargetGroup,
  type PropagandaTopic,
  propagandaCreate,
  propagandaForms,
  propagandaTargetGroups,
  propagandaTopics,
} from '@pcmt/contracts';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { useWritableCommunes } from '../mobilisation/unit-choices.ts';
import { languageOptions, languageSearch } from './choices.ts';
import { usePropagandaText } from './i18n.ts';
import { useSavePropaganda } from './propaganda-api.ts';
import { PROPAGANDA_FIELDS } from './propaganda-form.tsx';

const shape = propagandaCreate.shape;
type Values = {
  dateFrom: Dayjs;
  unitId?: string;
  place?: string;
  forms: FormKind[];
  formOther?: string;
  targetGroups: PropagandaTargetGroup[];
  languages: string[];
  participants?: number | null;
  materials?: number | null;
  topics: PropagandaTopic[];
  title?: string;
  content?: string;
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Big tick boxes in a grid: one column on a phone, two on wider screens, each label wrapping. */
function TickGrid<T extends string>({
  options,
  phone,
  value,
  onChange,
}: {
  options: { value: T; label: string }[];
  phone: boolean;
  value?: T[];
  onChange?: (v: T[]) => void;
}) {
  return (
    <Checkbox.Group<T>
      value={value}
      onChange={onChange}
      style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : '1fr 1fr', gap: 8, width: '100%' }}
    >
      {options.map((o) => (
        <Checkbox
          key={o.value}
          value={o.value}
          style={{
            border: '1px solid #d9d9d9',
            borderRadius: 6,
            padding: '8px 10px',
            marginInlineStart: 0,
            minHeight: 40,
          }}
        >
          <span style={{ whiteSpace: 'normal' }}>{o.label}</span>
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

/**
 * `/propaganda/record`: the commune officer, back from the village, records the session one-handed on a phone —
 * tick the forms and groups, count the people, save at the bottom. A title is made from the place if left empty.
 */
export default function RecordPage() {
  const { pt } = usePropagandaText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const save = useSavePropaganda(null);
  const errors = useServerErrors(form, PROPAGANDA_FIELDS);
  const communes = useWritableCommunes();
  const forms = Form.useWatch('forms', form) ?? [];
  useEffect(() => {
    if (communes.onlyOne && !form.getFieldValue('unitId')) form.setFieldValue('unitId', communes.onlyOne);
  }, [communes.onlyOne, form]);

  const submit = (v: Values) => {
    errors.clear();
    const commune = communes.all.find((o) => o.value === v.unitId)?.label ?? '';
    const title = text(v.title) ?? pt('quick.defaultTitle', { place: text(v.place) ?? commune });
    const body: PropagandaCreate = {
      title,
      dateFrom: v.dateFrom.format('YYYY-MM-DD'),
      organizer: me.agency.name,
      unitId: v.unitId as string,
      place: text(v.place),
      forms: v.forms ?? [],
      formOther: text(v.formOther),
      targetGroups: v.targetGroups ?? [],
      participants: v.participants ?? null,
      languages: v.languages ?? [],
      materials: v.materials ?? null,
      topics: v.topics ?? [],
      content: text(v.content),
      status: 'held',
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        void message.success(pt('quick.saved', { title: saved.title }));
        navigate(`/propaganda/${saved.id}`);
      },
      onError: errors.onError,
    });
  };
  const pickOne = [{ required: true, message: pt('form.requiredSelect') }];
  const count = { min: 0, precision: 0, inputMode: 'numeric' as const, style: { width: '100%' } };

  return (
    <>
      <PageHeader title={pt('quick.heading')} />
      <Form<Values>
        form={form}
        layout="vertical"
        size={phone ? 'large' : 'middle'}
        initialValues={{
          dateFrom: dayjs(todayIso()),
          forms: [],
          targetGroups: [],
          topics: [],
          languages: ['01'],
        }}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          <Typography.Text type="secondary">{pt('quick.intro')}</Typography.Text>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small">
            <Form.Item name="dateFrom" label={pt('field.dateFrom')} rules={pickOne}>
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
              />
            </Form.Item>
            <Form.Item name="unitId" label={pt('field.unit')} rules={pickOne}>
              <Select
                showSearch={communeSearch}
                placeholder={pt('form.unitPlaceholder')}
                options={communes.options}
                loading={communes.loading}
                data-testid="record-unit"
              />
            </Form.Item>
            <Form.Item
              name="place"
              label={pt('field.place')}
              rules={contractRules(shape.place, pt('form.required'))}
            >
              <Input maxLength={maxLengthOf(shape.place)} />
            </Form.Item>
            <Form.Item name="forms" label={pt('field.forms')} rules={pickOne}>
              <TickGrid
                phone={phone}
                options={propagandaForms.map((f) => ({ value: f, label: pt(`formKind.${f}`) }))}
              />
            </Form.Item>
            {forms.includes('other') && (
              <Form.Item
                name="formOther"
                label={pt('field.formOther')}
                rules={contractRules(shape.formOther, pt('form.required'))}
              >
                <Input maxLength={maxLengthOf(shape.formOther)} />
              </Form.Item>
            )}
            <Form.Item name="targetGroups" label={pt('field.targetGroups')}>
              <TickGrid
                phone={phone}
                options={propagandaTargetGroups
                  .filter((g) => g !== 'other')
                  .map((g) => ({ value: g, label: pt(`group.${g}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="participants"
              label={pt('field.participants')}
              rules={[
                { required: true, message: pt('form.required') },
                ...contractRules(shape.participants, pt('form.required')),
              ]}
            >
              <InputNumber<number> {...count} />
            </Form.Item>
            <Form.Item name="languages" label={pt('field.languages')} extra={pt('form.languagesHint')}>
              <Select mode="multiple" showSearch={languageSearch} options={languageOptions} />
            </Form.Item>
            <Form.Item name="topics" label={pt('field.topics')}>
              <TickGrid
                phone={phone}
                options={propagandaTopics
                  .filter((x) => x !== 'other')
                  .map((x) => ({ value: x, label: pt(`topic.${x}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="materials"
              label={pt('field.materials')}
              rules={contractRules(shape.materials, pt('form.required'))}
            >
              <InputNumber<number> {...count} />
            </Form.Item>
            <Form.Item
              name="title"
              label={pt('field.title')}
              extra={pt('quick.titleHint')}
              rules={contractRules(shape.title.optional(), pt('form.required'))}
            >
              <Input maxLength={maxLengthOf(shape.title)} />
            </Form.Item>
            <Form.Item
              name="content"
              label={pt('field.content')}
              rules={contractRules(shape.content, pt('form.required'))}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.content)} />
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
              <Button onClick={() => navigate(-1)}>{pt('form.cancel')}</Button>
              <Button type="primary" htmlType="submit" block loading={save.isPending}>
                {pt('quick.save')}
              </Button>
            </Flex>
          </div>
        </Flex>
      </Form>
    </>
  );
}
