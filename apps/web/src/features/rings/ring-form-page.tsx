import { type Ring, type RingKind, ringCreate, ringKinds } from '@pcmt/contracts';
import { App, Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Select, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { iso, PastDate, text } from '../persons/form-bits.tsx';
import { useRingText } from './i18n.ts';
import { ringTitle } from './nav.ts';
import { useRing, useSaveRing } from './rings-api.ts';

type Values = {
  kind: RingKind;
  name: string;
  description?: string;
  detectedOn?: Dayjs | null;
  dismantledOn?: Dayjs | null;
  unitId: string;
};
const FIELDS = ['kind', 'name', 'description', 'detectedOn', 'dismantledOn', 'unitId'] as const;
const shape = ringCreate.shape;

/** `/rings/new` and `/rings/:id/edit`: the ring's kind, name, commune and dates, validated as the server does. */
export default function RingFormPage() {
  const { id } = useParams();
  const { rt } = useRingText();
  const ring = useRing(id ?? '');
  if (!id) return <RingForm />;
  if (ring.isPending) return <Skeleton active />;
  if (ring.isError)
    return isApiError(ring.error) && ring.error.status === 404 ? (
      <Result status="404" title={rt('detail.notFound')} />
    ) : (
      <ErrorAlert error={ring.error} onRetry={() => void ring.refetch()} />
    );
  return <RingForm ring={ring.data} />;
}

function RingForm({ ring }: { ring?: Ring }) {
  const { rt } = useRingText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSaveRing(ring?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const communes = useCommuneOptions(todayIso());
  const own = me.jurisdiction.length === 1 ? me.jurisdiction[0]?.id : undefined;
  const rules = (key: keyof typeof shape) => contractRules(shape[key], rt('form.required'));
  const half = { xs: 24, md: 12 };

  return (
    <>
      <PageHeader title={ringTitle(ring ? 'edit' : 'create')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          ring
            ? {
                kind: ring.kind,
                name: ring.name,
                description: ring.description ?? '',
                detectedOn: ring.detectedOn ? dayjs(ring.detectedOn) : null,
                dismantledOn: ring.dismantledOn ? dayjs(ring.dismantledOn) : null,
                unitId: ring.unit.id,
              }
            : { kind: 'group', unitId: own }
        }
        onFinish={(v) => {
          errors.clear();
          const body = {
            kind: v.kind,
            name: v.name.trim(),
            description: text(v.description),
            detectedOn: iso(v.detectedOn),
            unitId: v.unitId,
          };
          save.mutate(ring ? { ...body, dismantledOn: iso(v.dismantledOn), version: ring.version } : body, {
            onSuccess: (saved) => {
              void message.success(rt(ring ? 'form.saved' : 'form.created'));
              navigate(`/rings/${saved.id}`);
            },
            onError: errors.onError,
          });
        }}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={16} style={{ maxWidth: 960 }}>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small">
            <Row gutter={16}>
              <Col xs={24}>
                <Form.Item name="kind" label={rt('field.kind')}>
                  <Radio.Group options={ringKinds.map((k) => ({ value: k, label: rt(`kind.${k}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="name" label={rt('field.name')} rules={rules('name')}>
                  <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item
                  name="unitId"
                  label={rt('field.unit')}
                  rules={[{ required: true, message: rt('form.requiredSelect') }]}
                >
                  <Select showSearch={communeSearch} options={communes.options} loading={communes.loading} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="detectedOn" label={rt('field.detectedOn')}>
                  <PastDate allowClear />
                </Form.Item>
              </Col>
              {ring && (
                <Col {...half}>
                  <Form.Item name="dismantledOn" label={rt('field.dismantledOn')}>
                    <PastDate allowClear />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24}>
                <Form.Item name="description" label={rt('field.description')} rules={rules('description')}>
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    maxLength={maxLengthOf(shape.description)}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => navigate(ring ? `/rings/${ring.id}` : '/rings')}>
              {rt('form.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {rt('form.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}
