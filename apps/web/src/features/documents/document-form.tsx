import {
  type Document,
  type DocumentCreate,
  type DocumentKind,
  documentCreate,
  documentKinds,
} from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSaveDocument } from './documents-api.ts';
import { useDocumentText } from './i18n.ts';

const shape = documentCreate.shape;

type Values = {
  kind?: DocumentKind;
  number: string;
  issuedOn?: Dayjs | null;
  issuer: string;
  signer?: string;
  summary: string;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
  notes?: string;
};

const FIELDS = [
  'kind',
  'number',
  'issuedOn',
  'issuer',
  'signer',
  'summary',
  'effectiveFrom',
  'effectiveTo',
  'notes',
] as const;

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Create (no `document`) or edit a document: checks from the contract's schema, server refusals (a number
 * already recorded for the issuer, dates out of order) on their fields. Status moves through transitions.
 */
export function DocumentForm({ document, onReload }: { document?: Document; onReload?: () => void }) {
  const { dt } = useDocumentText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveDocument(document?.id ?? null);
  const errors = useServerErrors(form, FIELDS);

  const initial: Partial<Values> = document
    ? {
        kind: document.kind,
        number: document.number,
        issuedOn: document.issuedOn ? dayjs(document.issuedOn) : null,
        issuer: document.issuer,
        signer: document.signer ?? undefined,
        summary: document.summary,
        effectiveFrom: document.effectiveFrom ? dayjs(document.effectiveFrom) : null,
        effectiveTo: document.effectiveTo ? dayjs(document.effectiveTo) : null,
        notes: document.notes ?? undefined,
      }
    : {};

  const submit = (v: Values) => {
    errors.clear();
    const body: DocumentCreate = {
      kind: v.kind as DocumentKind,
      number: v.number.trim(),
      issuedOn: iso(v.issuedOn),
      issuer: v.issuer.trim(),
      signer: text(v.signer),
      summary: v.summary.trim(),
      effectiveFrom: iso(v.effectiveFrom),
      effectiveTo: iso(v.effectiveTo),
      notes: text(v.notes),
    };
    save.mutate(document ? { ...body, version: document.version } : body, {
      onSuccess: (saved) => {
        void message.success(document ? dt('form.saved') : dt('form.created'));
        navigate(`/documents/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], dt('form.required'));
  const half = { xs: 24, md: 12 };
  const date = (
    <DatePicker
      format={DATE_FORMAT}
      inputReadOnly={false}
      style={{ width: '100%' }}
      placeholder="dd/mm/yyyy"
    />
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError={{ block: 'center' }}
      style={{ maxWidth: 960 }}
    >
      <Flex vertical gap={16}>
        {errors.summary !== null &&
          (isConflict(errors.summary) ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={dt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{dt('form.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="kind"
                label={dt('field.kind')}
                rules={[{ required: true, message: dt('form.requiredSelect') }]}
              >
                <Select options={documentKinds.map((k) => ({ value: k, label: dt(`kind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="number" label={dt('field.number')} rules={rules('number')}>
                <Input placeholder={dt('form.numberPlaceholder')} maxLength={maxLengthOf(shape.number)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="issuer" label={dt('field.issuer')} rules={rules('issuer')}>
                <Input placeholder={dt('form.issuerPlaceholder')} maxLength={maxLengthOf(shape.issuer)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="issuedOn"
                label={dt('field.issuedOn')}
                extra={dt('form.dateHint')}
                rules={[
                  {
                    validator: (_, v: Dayjs | null) =>
                      v && v.format('YYYY-MM-DD') > todayIso()
                        ? Promise.reject(new Error(dt('form.future')))
                        : Promise.resolve(),
                  },
                ]}
              >
                {date}
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="summary" label={dt('field.summary')} rules={rules('summary')}>
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={maxLengthOf(shape.summary)}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="signer" label={dt('field.signer')} rules={rules('signer')}>
                <Input maxLength={maxLengthOf(shape.signer)} />
              </Form.Item>
            </Col>
            <Col {...half} />
            <Col {...half}>
              <Form.Item name="effectiveFrom" label={dt('field.effectiveFrom')}>
                {date}
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="effectiveTo"
                label={dt('field.effectiveTo')}
                dependencies={['effectiveFrom']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v: Dayjs | null) => {
                      const from = getFieldValue('effectiveFrom') as Dayjs | null;
                      return v && from && !v.isAfter(from, 'day')
                        ? Promise.reject(new Error(dt('form.effectiveOrder')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                {date}
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={dt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
          {!document && <Typography.Text type="secondary">{dt('form.fileHint')}</Typography.Text>}
        </Card>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {dt('form.save')}
          </Button>
          <Button onClick={() => navigate(document ? `/documents/${document.id}` : '/documents')}>
            {dt('form.cancel')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
