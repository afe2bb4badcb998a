import { modelResultCreate } from '@pcmt/contracts';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Result,
  Row,
  Skeleton,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useMobilisationText } from './i18n.ts';
import { useModel, useReport } from './mobilisation-api.ts';
import { mobilisationTitle } from './nav.ts';

const shape = modelResultCreate.shape;
const FIELDS = ['on', 'content', 'eventsHeld', 'participants', 'personsPersuaded'] as const;
type Values = {
  on: Dayjs;
  content: string;
  eventsHeld?: number | null;
  participants?: number | null;
  personsPersuaded?: number | null;
};

/** `/models/:id/report`: a periodic result of a model, phone-friendly (large fields, save at the bottom). */
export default function ModelResultPage() {
  const { id = '' } = useParams();
  const { mt } = useMobilisationText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const model = useModel(id);
  const report = useReport(id);
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, FIELDS);

  if (model.isPending) return <Skeleton active />;
  if (model.isError)
    return isApiError(model.error) && model.error.status === 404 ? (
      <Result status="404" title={mt('detail.notFound')} />
    ) : (
      <ErrorAlert error={model.error} onRetry={() => void model.refetch()} />
    );
  const m = model.data;
  const submit = (v: Values) => {
    errors.clear();
    report.mutate(
      {
        on: v.on.format('YYYY-MM-DD'),
        content: v.content.trim(),
        eventsHeld: v.eventsHeld ?? null,
        participants: v.participants ?? null,
        personsPersuaded: v.personsPersuaded ?? null,
      },
      {
        onSuccess: () => {
          void message.success(mt('report.saved'));
          navigate(`/models/${m.id}`);
        },
        onError: errors.onError,
      },
    );
  };
  const count = (name: 'eventsHeld' | 'participants' | 'personsPersuaded', label: string) => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={label} rules={contractRules(shape[name], mt('form.required'))}>
        <InputNumber<number> min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <PageHeader title={`${mobilisationTitle('report')}: ${m.name}`} />
      <Form<Values>
        form={form}
        layout="vertical"
        size={phone ? 'large' : 'middle'}
        initialValues={{ on: dayjs(todayIso()) }}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
      >
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          <Typography.Text type="secondary">{mt('report.intro')}</Typography.Text>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Card size="small">
            <Form.Item
              name="on"
              label={mt('field.on')}
              rules={[{ required: true, message: mt('form.requiredSelect') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) =>
                  d.format('YYYY-MM-DD') > todayIso() || d.format('YYYY-MM-DD') < m.startedOn
                }
              />
            </Form.Item>
            <Form.Item
              name="content"
              label={mt('field.content')}
              rules={contractRules(shape.content, mt('form.required'))}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={maxLengthOf(shape.content)} />
            </Form.Item>
            <Row gutter={12}>
              {count('eventsHeld', mt('field.eventsHeld'))}
              {count('participants', mt('field.participants'))}
              {count('personsPersuaded', mt('field.modelPersuaded'))}
            </Row>
          </Card>
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
              <Button onClick={() => navigate(`/models/${m.id}`)}>{mt('form.cancel')}</Button>
              <Button type="primary" htmlType="submit" block loading={report.isPending}>
                {mt('report.save')}
              </Button>
            </Flex>
          </div>
        </Flex>
      </Form>
    </>
  );
}
