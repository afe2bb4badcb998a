import { Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../i18n/format.ts';
import type { AuditFilters } from './audit-api.ts';

interface Values {
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const toValues = (f: AuditFilters): Values => ({
  actor: f.actor,
  action: f.action,
  recordType: f.recordType,
  recordId: f.recordId,
  range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
});

const clean = (s: string | undefined) => s?.trim() || undefined;

export function AuditFiltersForm({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (f: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(toValues(value)), [form, value]);

  const submit = (v: Values) =>
    onChange({
      actor: clean(v.actor),
      action: clean(v.action),
      recordType: clean(v.recordType),
      recordId: clean(v.recordId),
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={toValues(value)}
      role="search"
    >
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorPlaceholder')} autoCapitalize="none" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear placeholder={t('audit.actionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="recordType" label={t('audit.recordType')}>
            <Input allowClear placeholder={t('audit.recordTypePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="recordId" label={t('audit.recordId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16} lg={10}>
          <Form.Item name="range" label={t('audit.period')}>
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={[t('audit.from'), t('audit.to')]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8} lg={14} style={{ display: 'flex', alignItems: 'end' }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('audit.filter')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onChange({});
                }}
              >
                {t('audit.clearFilters')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
