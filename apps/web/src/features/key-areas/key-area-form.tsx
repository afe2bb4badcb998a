import { type KeyArea, type KeyAreaCreate, keyAreaClasses, keyAreaCreate } from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatDate, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useAreaText } from './i18n.ts';
import { useClassifications, useSaveKeyArea } from './key-areas-api.ts';
import { communeSearch, useCommuneOptions } from './on-date.tsx';

type Values = {
  unitId?: string;
  basisClassificationId?: string;
  decisionNumber: string;
  decisionDate: Dayjs;
  decisionIssuer: string;
  note?: string;
  citations?: string;
};
const FIELDS = [
  'basisClassificationId',
  'decisionNumber',
  'decisionDate',
  'decisionIssuer',
  'note',
  'citations',
] as const;
const shape = keyAreaCreate.shape;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Designate a commune (no `area`) or edit a designation's decision. The basis is one of the commune's
 * classifications of class I, II or III, newest first; the commune and basis come preset from the commune
 * page (`?unitId=&classificationId=`).
 */
export function KeyAreaForm({ area, onReload }: { area?: KeyArea; onReload?: () => void }) {
  const { at, t } = useAreaText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const save = useSaveKeyArea(area?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const communes = useCommuneOptions(todayIso());
  const unitId =
    (Form.useWatch('unitId', form) as string | undefined) ?? area?.unit.id ?? params.get('unitId');
  const bases = useClassifications(
    { unitId, communeClass: keyAreaClasses.join(','), sort: 'asOf', order: 'desc', pageSize: 20 },
    Boolean(unitId),
  );
  const basisOptions = (bases.data?.data ?? []).map((c) => ({
    value: c.id,
    label: at('form.basisOption', {
      class: at(`communeClass.${c.communeClass}`),
      date: formatDate(c.asOf),
      ruleSet: c.ruleSet.document ?? c.ruleSet.id,
    }),
  }));

  const initial: Partial<Values> = area
    ? {
        unitId: area.unit.id,
        basisClassificationId: area.basis.id,
        decisionNumber: area.decisionNumber,
        decisionDate: dayjs(area.decisionDate),
        decisionIssuer: area.decisionIssuer,
        note: area.note ?? undefined,
        citations: area.citations.join('\n'),
      }
    : {
        unitId: params.get('unitId') ?? undefined,
        basisClassificationId: params.get('classificationId') ?? undefined,
        decisionDate: dayjs(todayIso()),
      };

  const submit = (v: Values) => {
    errors.clear();
    const body: KeyAreaCreate = {
      basisClassificationId: v.basisClassificationId ?? '',
      decisionNumber: v.decisionNumber.trim(),
      decisionDate: v.decisionDate.format('YYYY-MM-DD'),
      decisionIssuer: v.decisionIssuer.trim(),
      note: text(v.note),
      citations: (v.citations ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    save.mutate(area ? { ...body, version: area.version } : body, {
      onSuccess: (saved) => {
        void message.success(area ? at('form.saved') : at('form.created'));
        navigate(`/key-areas/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], at('common.required'));
  const half = { xs: 24, md: 12 };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap={16} style={{ maxWidth: 960 }}>
        {errors.summary !== null &&
          (isConflict(errors.summary) ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={at('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small" title={at('detail.basis')}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              <>
                {at('form.basisHint')} <Link to="/key-areas/classifications">{at('form.runLink')}</Link>
              </>
            }
          />
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="unitId"
                label={at('field.commune')}
                rules={[{ required: true, message: at('common.requiredSelect') }]}
              >
                <Select
                  showSearch={communeSearch}
                  placeholder={at('common.communePlaceholder')}
                  options={communes.options}
                  loading={communes.loading}
                  disabled={Boolean(area)}
                  onChange={() => form.setFieldValue('basisClassificationId', undefined)}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="basisClassificationId"
                label={at('field.basis')}
                rules={[{ required: true, message: at('common.requiredSelect') }]}
                extra={
                  unitId && bases.isSuccess && basisOptions.length === 0 ? at('form.noBasis') : undefined
                }
              >
                <Select
                  placeholder={at('common.requiredSelect')}
                  options={basisOptions}
                  loading={bases.isFetching}
                  disabled={!unitId}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={at('detail.decision')}>
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="decisionNumber"
                label={at('field.decisionNumber')}
                rules={rules('decisionNumber')}
              >
                <Input maxLength={maxLengthOf(shape.decisionNumber)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="decisionDate"
                label={at('field.decisionDate')}
                rules={[{ required: true, message: at('common.requiredSelect') }]}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  allowClear={false}
                  inputReadOnly
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="decisionIssuer"
                label={at('field.decisionIssuer')}
                rules={rules('decisionIssuer')}
              >
                <Input
                  maxLength={maxLengthOf(shape.decisionIssuer)}
                  placeholder={at('form.issuerPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={at('field.note')} rules={rules('note')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxLengthOf(shape.note)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="citations" label={at('field.citations')} extra={at('form.citationsHint')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(area ? `/key-areas/${area.id}` : '/key-areas')}>
            {at('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {at('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
