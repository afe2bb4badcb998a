import {
  type MassEvent,
  type MassEventCreate,
  type MassEventKind,
  massEventCreate,
  massEventKinds,
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
import { usePropagandaText } from './i18n.ts';
import { useSaveMassEvent } from './propaganda-api.ts';

const shape = massEventCreate.shape;
const FIELDS = [
  'title',
  'kind',
  'on',
  'organizer',
  'unitId',
  'place',
  'participants',
  'content',
  'results',
  'status',
] as const;
type Values = {
  title: string;
  kind?: MassEventKind;
  on?: Dayjs;
  organizer: string;
  unitId?: string;
  place?: string;
  participants?: number | null;
  content?: string;
  results?: string;
  status?: 'planned' | 'held';
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Create (no `record`) or edit a mass-movement event. */
export function MassEventForm({ record, onReload }: { record?: MassEvent; onReload?: () => void }) {
  const { pt, t } = usePropagandaText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSaveMassEvent(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const communes = useWritableCommunes();
  useEffect(() => {
    if (!record && communes.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', communes.onlyOne);
  }, [record, communes.onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        title: record.title,
        kind: record.kind,
        on: dayjs(record.on),
        organizer: record.organizer,
        unitId: record.unit.id,
        place: record.place ?? undefined,
        participants: record.participants,
        content: record.content ?? undefined,
        results: record.results ?? undefined,
      }
    : { on: dayjs(todayIso()), organizer: me.agency.name, status: 'held' };

  const submit = (v: Values) => {
    errors.clear();
    const body: MassEventCreate = {
      title: v.title.trim(),
      kind: v.kind as MassEventKind,
      on: (v.on as Dayjs).format('YYYY-MM-DD'),
      organizer: v.organizer.trim(),
      unitId: v.unitId as string,
      place: text(v.place),
      participants: v.participants ?? null,
      content: text(v.content),
      results: text(v.results),
    };
    const full = record
      ? { ...body, version: record.version }
      : { ...body, ...(v.status ? { status: v.status } : {}) };
    save.mutate(full, {
      onSuccess: (saved) => {
        void message.success(record ? pt('form.saved') : pt('form.created'));
        navigate(`/mass-events/${saved.id}`);
      },
      onError: errors.onError,
    });
  };
  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));
  const half = { xs: 24, md: 12 };
  const pickOne = [{ required: true, message: pt('form.requiredSelect') }];

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
        <Card size="small" title={pt('form.general')}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="title" label={pt('field.eventTitle')} rules={rules('title')}>
                <Input maxLength={maxLengthOf(shape.title)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="kind" label={pt('field.kind')} rules={pickOne}>
                <Select options={massEventKinds.map((k) => ({ value: k, label: pt(`kind.${k}`) }))} />
              </Form.Item>
            </Col>
            {!record && (
              <Col {...half}>
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
              <Form.Item name="on" label={pt('field.on')} rules={pickOne}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="organizer" label={pt('field.organizer')} rules={rules('organizer')}>
                <Input maxLength={maxLengthOf(shape.organizer)} />
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
              <Form.Item name="place" label={pt('field.place')} rules={rules('place')}>
                <Input maxLength={maxLengthOf(shape.place)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="participants"
                label={pt('form.participantsHeld')}
                rules={rules('participants')}
              >
                <InputNumber<number> min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
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
            <Col xs={24}>
              <Form.Item name="results" label={pt('field.results')} rules={rules('results')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={maxLengthOf(shape.results)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(record ? `/mass-events/${record.id}` : '/mass-events')}>
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
