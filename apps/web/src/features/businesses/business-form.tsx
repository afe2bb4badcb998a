import {
  type Business,
  type BusinessCreate,
  type BusinessLine,
  businessCreate,
  businessLines,
} from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useHotspotChoices, useSaveBusiness } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';

const shape = businessCreate.shape;

type Values = {
  line?: BusinessLine;
  name: string;
  ownerName?: string;
  managerName?: string;
  address: string;
  unitId?: string;
  certificateNumber?: string;
  certificateDate?: Dayjs | null;
  certificateIssuer?: string;
  hotspotIds: string[];
  notes?: string;
};

const FIELDS = [
  'line',
  'name',
  'ownerName',
  'managerName',
  'address',
  'unitId',
  'unitOn',
  'certificateNumber',
  'certificateDate',
  'certificateIssuer',
  'hotspotIds',
  'notes',
] as const;

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Create (no `business`) or edit a business: checks from the contract's schema, server refusals on their fields.
 * The status changes through transitions and the risk through inspections, never here.
 */
export function BusinessForm({ business, onReload }: { business?: Business; onReload?: () => void }) {
  const { bt, t } = useBusinessText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const save = useSaveBusiness(business?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  // An edit keeps the date its commune was given for (an old commune before 01/7/2025 stays valid).
  const on = business?.unitOn ?? todayIso();
  const communes = useCommuneOptions(on);
  // A commune officer sees the communes of their jurisdiction only; provincial units see them all.
  const own = new Set(me.jurisdiction.map((u) => u.id));
  const mine = communes.options.filter((o) => own.has(o.value));
  const options = mine.length > 0 ? mine : communes.options;
  const onlyOne = mine.length === 1 ? mine[0]?.value : undefined;
  // The communes arrive after the first render: an officer with one commune finds it chosen.
  useEffect(() => {
    if (!business && onlyOne && !form.getFieldValue('unitId')) form.setFieldValue('unitId', onlyOne);
  }, [business, onlyOne, form]);

  const canSeeHotspots = usePermission('hotspot.read');
  const [hotspotQ, setHotspotQ] = useState('');
  const hotspots = useHotspotChoices(hotspotQ, canSeeHotspots);
  const hotspotOptions = useMemo(() => {
    const found = (hotspots.data?.data ?? []).map((h) => ({
      value: h.id,
      label: `${h.name} — ${h.unit.name}`,
    }));
    const linked = (business?.hotspots ?? [])
      .filter((h) => !found.some((f) => f.value === h.id))
      .map((h) => ({ value: h.id, label: h.name }));
    return [...linked, ...found];
  }, [hotspots.data, business?.hotspots]);

  const initial: Partial<Values> = business
    ? {
        line: business.line,
        name: business.name,
        ownerName: business.ownerName ?? undefined,
        managerName: business.managerName ?? undefined,
        address: business.address,
        unitId: business.unit.id,
        certificateNumber: business.certificateNumber ?? undefined,
        certificateDate: business.certificateDate ? dayjs(business.certificateDate) : null,
        certificateIssuer: business.certificateIssuer ?? undefined,
        hotspotIds: business.hotspotIds,
        notes: business.notes ?? undefined,
      }
    : { hotspotIds: [] };

  const submit = (v: Values) => {
    errors.clear();
    const body: BusinessCreate = {
      line: v.line as BusinessLine,
      name: v.name.trim(),
      ownerName: text(v.ownerName),
      managerName: text(v.managerName),
      address: v.address.trim(),
      unitId: v.unitId as string,
      ...(business ? { unitOn: business.unitOn } : {}),
      certificateNumber: text(v.certificateNumber),
      certificateDate: v.certificateDate ? v.certificateDate.format('YYYY-MM-DD') : null,
      certificateIssuer: text(v.certificateIssuer),
      hotspotIds: v.hotspotIds ?? [],
      notes: text(v.notes),
    };
    save.mutate(business ? { ...body, version: business.version } : body, {
      onSuccess: (saved) => {
        void message.success(business ? bt('form.saved') : bt('form.created'));
        navigate(`/businesses/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], bt('form.required'));
  const half = { xs: 24, md: 12 };

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
              title={bt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={bt('form.general')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="line"
                label={bt('field.line')}
                rules={[{ required: true, message: bt('form.requiredSelect') }]}
              >
                <Select options={businessLines.map((l) => ({ value: l, label: bt(`line.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="name" label={bt('field.name')} rules={rules('name')}>
                <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="ownerName" label={bt('field.ownerName')} rules={rules('ownerName')}>
                <Input maxLength={maxLengthOf(shape.ownerName)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="managerName" label={bt('field.managerName')} rules={rules('managerName')}>
                <Input maxLength={maxLengthOf(shape.managerName)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={bt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={bt('form.place')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="unitId"
                label={bt('field.unit')}
                rules={[{ required: true, message: bt('form.requiredSelect') }]}
              >
                <Select
                  showSearch={communeSearch}
                  placeholder={bt('form.unitPlaceholder')}
                  options={options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="address" label={bt('field.address')} rules={rules('address')}>
                <Input maxLength={maxLengthOf(shape.address)} />
              </Form.Item>
            </Col>
            {canSeeHotspots && (
              <Col xs={24}>
                <Form.Item name="hotspotIds" label={bt('field.hotspots')} extra={bt('form.hotspotsHint')}>
                  <Select
                    mode="multiple"
                    allowClear
                    placeholder={bt('form.hotspotsPlaceholder')}
                    showSearch={{ filterOption: false, onSearch: setHotspotQ }}
                    options={hotspotOptions}
                    loading={hotspots.isFetching}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>

        <Card title={bt('field.certificate')} size="small">
          <Alert type="info" showIcon title={bt('form.certificateHint')} style={{ marginBottom: 12 }} />
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="certificateNumber"
                label={bt('field.certificateNumber')}
                rules={rules('certificateNumber')}
              >
                <Input maxLength={maxLengthOf(shape.certificateNumber)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="certificateDate"
                label={bt('field.certificateDate')}
                rules={[
                  {
                    validator: async (_r, v: Dayjs | null | undefined) => {
                      if (v && v.format('YYYY-MM-DD') > todayIso()) throw new Error(bt('form.future'));
                    },
                  },
                ]}
              >
                <DatePicker
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  inputReadOnly
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="certificateIssuer"
                label={bt('field.certificateIssuer')}
                rules={rules('certificateIssuer')}
              >
                <Input maxLength={maxLengthOf(shape.certificateIssuer)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(business ? `/businesses/${business.id}` : '/businesses')}>
            {bt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {bt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
