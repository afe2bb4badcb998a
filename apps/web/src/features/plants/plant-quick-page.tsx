import { plantCreate, plantGrowthStages, plantSpeciesList } from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { usePlantText } from './i18n.ts';
import { plantTitle } from './nav.ts';
import {
  LocationFields,
  PLANT_FIELDS,
  type PlantValues,
  plantBody,
  useAmountRule,
  usePlantCommunes,
} from './plant-fields.tsx';
import { useSavePlant } from './plants-api.ts';

const shape = plantCreate.shape;

/**
 * `/plants/quick` "Ghi nhận phát hiện cây": the officer in the field, one-handed on a phone — one column, large
 * controls, the species as big choices, today and the officer's commune and unit filled in, the location from
 * the phone if they want it; details (grower, stage, notes) folded away. Save stays at the bottom of the screen.
 */
export default function PlantQuickPage() {
  const { pt } = usePlantText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<PlantValues>();
  const save = useSavePlant(null);
  const errors = useServerErrors(form, PLANT_FIELDS);
  const species = Form.useWatch('species', form);
  const detectedOn = Form.useWatch('detectedOn', form);
  const on = detectedOn ? detectedOn.format('YYYY-MM-DD') : todayIso();
  const communes = usePlantCommunes(form, on, true);
  const amountRule = useAmountRule(form);
  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));

  const submit = (v: PlantValues) => {
    errors.clear();
    save.mutate(plantBody(v), {
      onSuccess: (saved) => {
        void message.success(pt('form.created'));
        navigate(`/plants/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <PageHeader title={plantTitle('quick')} />
      <Typography.Paragraph type="secondary">{pt('quick.intro')}</Typography.Paragraph>
      <Form<PlantValues>
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        // No species chosen beforehand: a wrong default would go unnoticed in the field.
        initialValues={{ detectedOn: dayjs(todayIso()), detectedBy: me.agency.name }}
      >
        {errors.summary !== null && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          </div>
        )}
        <Form.Item
          name="species"
          label={pt('field.species')}
          rules={[{ required: true, message: pt('form.requiredSelect') }]}
        >
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            data-testid="quick-species"
          >
            {plantSpeciesList.map((s) => (
              <Radio
                key={s}
                value={s}
                style={{
                  minHeight: 48,
                  alignItems: 'center',
                  border: '1px solid #d9d9d9',
                  borderRadius: 8,
                  padding: '8px 12px',
                  marginInlineEnd: 0,
                  background: species === s ? '#e6f4ff' : '#fff',
                }}
              >
                {pt(`species.${s}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {species === 'other' && (
          <Form.Item
            name="speciesName"
            label={pt('field.speciesName')}
            rules={[{ required: true, message: pt('form.speciesNameRequired') }, ...rules('speciesName')]}
          >
            <Input maxLength={maxLengthOf(shape.speciesName)} />
          </Form.Item>
        )}
        <Flex gap={12}>
          <Form.Item
            name="areaM2"
            label={pt('quick.area')}
            dependencies={['plantCount']}
            rules={[...rules('areaM2'), amountRule]}
            style={{ flex: 1, minWidth: 0 }}
          >
            <InputNumber
              min={0.01}
              max={100_000_000}
              precision={2}
              decimalSeparator=","
              inputMode="decimal"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            name="plantCount"
            label={pt('quick.count')}
            dependencies={['areaM2']}
            rules={rules('plantCount')}
            style={{ flex: 1, minWidth: 0 }}
          >
            <InputNumber
              min={1}
              max={100_000_000}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="detectedOn"
          label={pt('field.detectedOn')}
          rules={[{ required: true, message: pt('form.requiredSelect') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            inputReadOnly
            allowClear={false}
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={pt('field.unit')}
          rules={[{ required: true, message: pt('form.requiredSelect') }]}
        >
          <Select
            showSearch={communeSearch}
            placeholder={pt('form.unitPlaceholder')}
            options={communes.options}
            loading={communes.loading}
          />
        </Form.Item>
        <Form.Item name="place" label={pt('field.place')} rules={rules('place')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={maxLengthOf(shape.place)} />
        </Form.Item>
        <LocationFields form={form} large />
        <Form.Item name="detectedBy" label={pt('field.detectedBy')} rules={rules('detectedBy')}>
          <Input maxLength={maxLengthOf(shape.detectedBy)} />
        </Form.Item>
        <Collapse
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'more',
              label: pt('quick.more'),
              forceRender: true,
              children: (
                <>
                  <Form.Item name="growerName" label={pt('field.growerName')} rules={rules('growerName')}>
                    <Input maxLength={maxLengthOf(shape.growerName)} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name="growthStage" label={pt('field.growthStage')}>
                    <Select
                      allowClear
                      options={plantGrowthStages.map((s) => ({ value: s, label: pt(`stage.${s}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name="notes"
                    label={pt('field.notes')}
                    rules={rules('notes')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      maxLength={maxLengthOf(shape.notes)}
                    />
                  </Form.Item>
                </>
              ),
            },
          ]}
        />
        {/* The save button stays within the thumb's reach at the bottom of the screen. */}
        <div
          data-testid="plant-quick-submit"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            background: '#fff',
            padding: '12px 0',
            borderTop: '1px solid #f0f0f0',
          }}
        >
          {save.isError && errors.summary === null && (
            <Alert type="error" showIcon title={String(save.error.message)} />
          )}
          <Flex gap={8}>
            <Button onClick={() => navigate('/plants')}>{pt('form.cancel')}</Button>
            <Button type="primary" htmlType="submit" block loading={save.isPending}>
              {pt('quick.save')}
            </Button>
          </Flex>
        </div>
      </Form>
    </div>
  );
}
