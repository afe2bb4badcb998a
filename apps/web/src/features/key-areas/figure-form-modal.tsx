import { type CommuneIndicator, type CommuneIndicatorCreate, communeIndicatorCreate } from '@pcmt/contracts';
import {
  Alert,
  App,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { type AreaTextKey, useAreaText } from './i18n.ts';
import { useSaveIndicator } from './key-areas-api.ts';
import { communeSearch, useCommuneOptions } from './on-date.tsx';

const COUNTS = [
  'population',
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'arrestedOffenders',
  'plantCount',
] as const;
type Count = (typeof COUNTS)[number];

type Values = {
  unitId?: string;
  period: [Dayjs, Dayjs];
  plantAreaM2?: number | null;
  onKeyRoute: 'yes' | 'no' | 'unknown';
  sourceNote?: string;
} & Partial<Record<Count, number | null>>;
const FIELDS = [
  'unitId',
  'periodFrom',
  'periodTo',
  ...COUNTS,
  'plantAreaM2',
  'onKeyRoute',
  'sourceNote',
] as const;
const shape = communeIndicatorCreate.shape;

/**
 * Recorded figures of a commune for a period. A blank box means "not recorded" (null), which the
 * classification reports as missing — unlike 0. The commune list follows the period's start, so a period
 * before 01/7/2025 offers the communes of that time.
 */
export function FigureFormModal({
  figure,
  unitId,
  onClose,
}: {
  figure?: CommuneIndicator;
  unitId?: string;
  onClose: () => void;
}) {
  const { at, t } = useAreaText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveIndicator(figure?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const period = Form.useWatch('period', form) as [Dayjs, Dayjs] | undefined;
  const communes = useCommuneOptions(period?.[0]?.format('YYYY-MM-DD') ?? figure?.periodFrom ?? todayIso());
  const year = todayIso().slice(0, 4);

  const initial: Partial<Values> = figure
    ? {
        unitId: figure.unit.id,
        period: [dayjs(figure.periodFrom), dayjs(figure.periodTo)],
        ...Object.fromEntries(COUNTS.map((k) => [k, figure[k]])),
        plantAreaM2: figure.plantAreaM2,
        onKeyRoute: figure.onKeyRoute === null ? 'unknown' : figure.onKeyRoute ? 'yes' : 'no',
        sourceNote: figure.sourceNote ?? undefined,
      }
    : { unitId, period: [dayjs(`${year}-01-01`), dayjs(todayIso())], onKeyRoute: 'unknown' };

  const submit = (v: Values) => {
    errors.clear();
    const body: CommuneIndicatorCreate = {
      unitId: v.unitId ?? '',
      periodFrom: v.period[0].format('YYYY-MM-DD'),
      periodTo: v.period[1].format('YYYY-MM-DD'),
      ...Object.fromEntries(COUNTS.map((k) => [k, v[k] ?? null])),
      plantAreaM2: v.plantAreaM2 ?? null,
      onKeyRoute: v.onKeyRoute === 'unknown' ? null : v.onKeyRoute === 'yes',
      sourceNote: v.sourceNote?.trim() || null,
    };
    save.mutate(figure ? { ...body, version: figure.version } : body, {
      onSuccess: () => {
        void message.success(figure ? at('figures.saved') : at('figures.created'));
        onClose();
      },
      onError: errors.onError,
    });
  };

  return (
    <Modal
      open
      title={figure ? at('figures.editTitle') : at('figures.createTitle')}
      onCancel={onClose}
      okText={at('common.save')}
      cancelText={at('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      {errors.summary !== null &&
        (isConflict(errors.summary) ? (
          <Alert type="warning" showIcon role="alert" title={at('common.conflict')} />
        ) : (
          <ErrorAlert error={errors.summary} extra={errors.extra} />
        ))}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item
          name="period"
          label={at('figures.period')}
          extra={at('figures.periodHint')}
          rules={[{ required: true, message: at('common.requiredSelect') }]}
        >
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            inputReadOnly
            allowClear={false}
            style={{ width: '100%' }}
            classNames={{ popup: { root: 'pcmt-range-popup' } }}
            placeholder={[at('common.from'), at('common.to')]}
          />
        </Form.Item>
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
            disabled={Boolean(figure)}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{at('figures.blankHint')}</Typography.Paragraph>
        <Row gutter={16}>
          {COUNTS.map((k) => (
            <Col xs={24} md={12} key={k}>
              <Form.Item name={k} label={at(`figures.${k}` as AreaTextKey)}>
                <InputNumber
                  min={0}
                  max={10_000_000}
                  precision={0}
                  style={{ width: '100%' }}
                  inputMode="numeric"
                />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item name="plantAreaM2" label={at('figures.plantAreaM2')}>
              <InputNumber min={0} max={100_000_000} style={{ width: '100%' }} inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="onKeyRoute" label={at('figures.onKeyRoute')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'yes', label: at('common.yes') },
                  { value: 'no', label: at('common.no') },
                  { value: 'unknown', label: at('figures.unknown') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="sourceNote"
          label={at('figures.sourceNote')}
          rules={contractRules(shape.sourceNote, t('validation.required'))}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={maxLengthOf(shape.sourceNote)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
