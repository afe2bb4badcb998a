import {
  type TipChannel,
  type TipCreate,
  tipCategories,
  tipChannels,
  tipCreate,
  tipForms,
  tipReporterDetails,
  tipSources,
  tipUrgencies,
} from '@pcmt/contracts';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { AgencyPicker } from '../admin/agency-picker.tsx';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { type TipTextKey, useTipText } from './i18n.ts';
import { tipTitle } from './nav.ts';
import { useCreateTip } from './tips-api.ts';

type Values = Omit<TipCreate, 'receivedAt' | 'occurredOn' | 'place' | 'reporter'> & {
  receivedAt?: Dayjs;
  occurredOn?: Dayjs;
  where: 'unit' | 'unknown';
  unitId?: string;
  reporter?: { name?: string; phone?: string; email?: string; address?: string; idNumber?: string };
};
const FIELDS = [
  'channel',
  'externalRef',
  'source',
  'form',
  'receivedAt',
  'receivingAgencyId',
  'receivingOfficer',
  'content',
  'occurredOn',
  'occurredTime',
  'place',
  'unitId',
  'address',
  'category',
  'urgency',
  'reporter',
] as const;
const s = tipCreate.shape;
const r = tipReporterDetails.shape;
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * `/tips/new`: a tip that arrived by phone, letter, in person, the media or another system (VNeID, the 0769
 * hotline, a Zalo or QR box), with the channel's own reference so it is linked, never typed twice; source and
 * form per Điều 144; the receiving agency and officer default to the one recording it.
 */
export default function TipCreatePage() {
  const { tt } = useTipText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const where = Form.useWatch('where', form);
  const channel = Form.useWatch('channel', form) as TipChannel | undefined;
  const create = useCreateTip();
  const errors = useServerErrors(form, FIELDS);
  const communes = useCommuneOptions(todayIso());
  const label = (key: string) => tt(key as TipTextKey);
  const required = tt('create.required');

  function submit(v: Values) {
    errors.clear();
    const reporter = Object.fromEntries(
      Object.entries(v.reporter ?? {})
        .map(([k, x]) => [k, text(x)])
        .filter(([, x]) => x),
    );
    const body: TipCreate = {
      channel: v.channel,
      externalRef: text(v.externalRef ?? undefined),
      source: v.source,
      form: v.form,
      receivedAt: v.receivedAt?.toISOString(),
      receivingAgencyId: v.receivingAgencyId || undefined,
      receivingOfficer: text(v.receivingOfficer) ?? undefined,
      content: v.content.trim(),
      occurredOn: v.occurredOn?.format('YYYY-MM-DD') ?? null,
      occurredTime: text(v.occurredTime ?? undefined),
      place: v.where === 'unit' && v.unitId ? { kind: 'unit', unitId: v.unitId } : { kind: 'unknown' },
      address: text(v.address ?? undefined),
      category: v.category ?? null,
      urgency: v.urgency,
      reporter: Object.keys(reporter).length ? reporter : null,
    };
    create.mutate(body, {
      onSuccess: (saved) => {
        void message.success(tt('create.created', { number: saved.number }));
        navigate(`/tips/${saved.id}`);
      },
      onError: errors.onError,
    });
  }

  return (
    <>
      <PageHeader title={tipTitle('create')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ where: 'unit', form: 'oral', source: 'denunciation', urgency: 'normal' }}
        onFinish={submit}
        scrollToFirstError
      >
        <Flex vertical gap={16}>
          <Card title={tt('create.intake')}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="channel"
                  label={tt('field.channel')}
                  rules={[{ required: true, message: tt('create.requiredSelect') }]}
                >
                  <Select
                    options={tipChannels
                      .filter((c) => c !== 'portal')
                      .map((c) => ({ value: c, label: label(`channel.${c}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="externalRef"
                  label={tt('field.externalRef')}
                  extra={channel && channel !== 'in_person' ? tt('field.externalRefHint') : undefined}
                  rules={contractRules(s.externalRef, required)}
                >
                  <Input maxLength={maxLengthOf(s.externalRef)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="source"
                  label={tt('field.source')}
                  rules={[{ required: true, message: tt('create.requiredSelect') }]}
                >
                  <Select options={tipSources.map((c) => ({ value: c, label: label(`source.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="form"
                  label={tt('field.form')}
                  rules={[{ required: true, message: tt('create.requiredSelect') }]}
                >
                  <Radio.Group options={tipForms.map((c) => ({ value: c, label: label(`form.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="receivedAt"
                  label={tt('field.receivedAtInput')}
                  extra={tt('create.receivedAtHint')}
                >
                  <DatePicker
                    showTime={{ format: 'HH:mm' }}
                    format={`${DATE_FORMAT} HH:mm`}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="receivingAgencyId"
                  label={tt('field.receivingAgency')}
                  extra={tt('create.receivingAgencyHint')}
                >
                  <AgencyPicker allowClear />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="receivingOfficer"
                  label={tt('field.receivingOfficer')}
                  extra={tt('create.receivingOfficerHint')}
                  rules={contractRules(s.receivingOfficer, required)}
                >
                  <Input maxLength={maxLengthOf(s.receivingOfficer)} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={tt('create.content')}>
            <Form.Item name="content" label={tt('field.content')} rules={contractRules(s.content, required)}>
              <Input.TextArea
                autoSize={{ minRows: 4, maxRows: 14 }}
                maxLength={maxLengthOf(s.content)}
                showCount
              />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="category" label={tt('field.category')}>
                  <Select allowClear options={categoryOptions(label)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="urgency" label={tt('field.urgency')}>
                  <Radio.Group
                    options={tipUrgencies.map((c) => ({ value: c, label: label(`urgency.${c}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="occurredOn" label={tt('field.occurredOn')}>
                  <DatePicker
                    format={DATE_FORMAT}
                    style={{ width: '100%' }}
                    disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="occurredTime"
                  label={tt('field.occurredTime')}
                  rules={contractRules(s.occurredTime, required)}
                >
                  <Input maxLength={maxLengthOf(s.occurredTime)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="where" label={tt('field.place')}>
                  <Radio.Group
                    options={[
                      { value: 'unit', label: tt('field.placeCommune') },
                      { value: 'unknown', label: tt('field.placeUnknown') },
                    ]}
                  />
                </Form.Item>
                {where === 'unit' && (
                  <Form.Item
                    name="unitId"
                    label={tt('field.unit')}
                    rules={[{ required: true, message: tt('create.communeRequired') }]}
                  >
                    <Select
                      showSearch={communeSearch}
                      options={communes.options}
                      loading={communes.loading}
                    />
                  </Form.Item>
                )}
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="address"
                  label={tt('field.address')}
                  rules={contractRules(s.address, required)}
                >
                  <Input maxLength={maxLengthOf(s.address)} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title={tt('create.reporter')}>
            <Flex vertical gap={8}>
              <span style={{ color: 'rgba(0,0,0,0.55)' }}>{tt('create.reporterHint')}</span>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name={['reporter', 'name']} label={tt('field.reporterName')}>
                    <Input maxLength={maxLengthOf(r.name)} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['reporter', 'phone']} label={tt('field.reporterPhone')}>
                    <Input maxLength={maxLengthOf(r.phone)} autoComplete="off" inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['reporter', 'email']} label={tt('field.reporterEmail')}>
                    <Input maxLength={maxLengthOf(r.email)} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['reporter', 'idNumber']} label={tt('field.reporterIdNumber')}>
                    <Input maxLength={maxLengthOf(r.idNumber)} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={['reporter', 'address']} label={tt('field.reporterAddress')}>
                    <Input maxLength={maxLengthOf(r.address)} autoComplete="off" />
                  </Form.Item>
                </Col>
              </Row>
            </Flex>
          </Card>
          {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => navigate('/tips')}>{tt('action.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {tt('create.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </>
  );
}

export const categoryOptions = (label: (k: string) => string) =>
  tipCategories.map((c) => ({ value: c, label: label(`category.${c}`) }));
