import { auditActionLabel, auditRecordTypeLabel } from '@pcmt/contracts';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fold } from '../../i18n/format.ts';
import type { AuditFilters } from './audit-api.ts';

interface Values {
  actor?: string;
  action?: string;
  recordType?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const toValues = (f: AuditFilters): Values => ({
  actor: f.actor,
  action: f.action,
  recordType: f.recordType,
  range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
});

const clean = (s: string | undefined) => s?.trim() || undefined;

/** Labels in the UI language: Vietnamese from the contracts; English readers see the codes. */
const labelled = (labels: Record<string, string>, vi: boolean) =>
  Object.entries(labels)
    .map(([value, label]) => ({ value, label: vi ? label : value }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));

export function AuditFiltersForm({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (f: AuditFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(toValues(value)), [form, value]);

  const submit = (v: Values) =>
    onChange({
      actor: clean(v.actor)?.toLowerCase(),
      action: v.action,
      recordType: v.recordType,
      recordId: value.recordId,
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });
  const search = {
    filterOption: (input: string, o?: { label?: string }) => fold(o?.label ?? '').includes(fold(input)),
  };

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
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              showSearch={search}
              placeholder={t('audit.allActions')}
              options={labelled(auditActionLabel, vi)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="recordType" label={t('audit.recordType')}>
            <Select
              allowClear
              placeholder={t('audit.allRecordTypes')}
              options={labelled(auditRecordTypeLabel, vi)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorPlaceholder')} autoCapitalize="none" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={7}>
          <Form.Item name="range" label={t('audit.period')}>
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={[t('audit.from'), t('audit.to')]}
              style={{ width: '100%' }}
              // Two months side by side do not fit a phone.
              classNames={{ popup: { root: 'pcmt-range-popup' } }}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Space wrap>
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
        </Col>
      </Row>
    </Form>
  );
}
