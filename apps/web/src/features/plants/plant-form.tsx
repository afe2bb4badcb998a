import { type Plant, plantCreate, plantGrowthStages, plantSpeciesList } from '@pcmt/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch } from '../key-areas/on-date.tsx';
import { usePlantText } from './i18n.ts';
import {
  LocationFields,
  PLANT_FIELDS,
  type PlantValues,
  plantBody,
  useAmountRule,
  usePlantCommunes,
} from './plant-fields.tsx';
import { useCaseChoices, useSavePlant } from './plants-api.ts';

const shape = plantCreate.shape;

/**
 * Create (no `plant`) or edit a detection: checks from the contract's schema, server refusals on their fields.
 * Destruction and hand-over are status moves on the record, never here.
 */
export function PlantForm({ plant, onReload }: { plant?: Plant; onReload?: () => void }) {
  const { pt, t } = usePlantText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSession();
  const [form] = Form.useForm<PlantValues>();
  const save = useSavePlant(plant?.id ?? null);
  const errors = useServerErrors(form, PLANT_FIELDS);
  const detectedOn = Form.useWatch('detectedOn', form);
  const species = Form.useWatch('species', form);
  const on = detectedOn ? detectedOn.format('YYYY-MM-DD') : (plant?.detectedOn ?? todayIso());
  const communes = usePlantCommunes(form, on, !plant);
  const amountRule = useAmountRule(form);

  const canSeeCases = usePermission('case.read');
  const [caseQ, setCaseQ] = useState('');
  const cases = useCaseChoices(caseQ, canSeeCases);
  const caseOptions = useMemo(() => {
    const found = (cases.data?.data ?? []).map((c) => ({
      value: c.id,
      label: `${c.number} — ${c.unit.name}`,
    }));
    const linked =
      plant?.case && !found.some((f) => f.value === plant.case?.id)
        ? [{ value: plant.case.id, label: plant.case.number }]
        : [];
    return [...linked, ...found];
  }, [cases.data, plant?.case]);

  const initial: PlantValues = plant
    ? {
        species: plant.species,
        speciesName: plant.speciesName ?? undefined,
        detectedOn: dayjs(plant.detectedOn),
        place: plant.place,
        unitId: plant.unit.id,
        lat: plant.location?.lat ?? null,
        lng: plant.location?.lng ?? null,
        areaM2: plant.areaM2,
        plantCount: plant.plantCount,
        growthStage: plant.growthStage,
        detectedBy: plant.detectedBy,
        growerName: plant.growerName ?? undefined,
        caseId: plant.caseId,
        notes: plant.notes ?? undefined,
      }
    : { detectedOn: dayjs(todayIso()), detectedBy: me.agency.name };

  const submit = (v: PlantValues) => {
    errors.clear();
    const body = plantBody(v);
    save.mutate(plant ? { ...body, version: plant.version, growerPersonId: plant.growerPersonId } : body, {
      onSuccess: (saved) => {
        void message.success(plant ? pt('form.saved') : pt('form.created'));
        navigate(`/plants/${saved.id}`);
      },
      onError: errors.onError,
    });
  };

  const rules = (key: keyof typeof shape) => contractRules(shape[key], pt('form.required'));
  const half = { xs: 24, md: 12 };
  const notAfterToday = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD') > todayIso();

  return (
    <Form<PlantValues>
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
              title={pt('form.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card title={pt('form.general')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name="species"
                label={pt('field.species')}
                rules={[{ required: true, message: pt('form.requiredSelect') }]}
              >
                <Select options={plantSpeciesList.map((s) => ({ value: s, label: pt(`species.${s}`) }))} />
              </Form.Item>
            </Col>
            {species === 'other' && (
              <Col {...half}>
                <Form.Item
                  name="speciesName"
                  label={pt('field.speciesName')}
                  rules={[
                    { required: true, message: pt('form.speciesNameRequired') },
                    ...rules('speciesName'),
                  ]}
                >
                  <Input maxLength={maxLengthOf(shape.speciesName)} />
                </Form.Item>
              </Col>
            )}
            <Col {...half}>
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
                  disabledDate={notAfterToday}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="areaM2"
                label={pt('field.areaM2')}
                dependencies={['plantCount']}
                rules={[...rules('areaM2'), amountRule]}
                extra={pt('form.amountHint')}
              >
                <InputNumber
                  min={0.01}
                  max={100_000_000}
                  step={1}
                  precision={2}
                  decimalSeparator=","
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="plantCount"
                label={pt('field.plantCount')}
                dependencies={['areaM2']}
                rules={rules('plantCount')}
              >
                <InputNumber min={1} max={100_000_000} step={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="growthStage" label={pt('field.growthStage')}>
                <Select
                  allowClear
                  options={plantGrowthStages.map((s) => ({ value: s, label: pt(`stage.${s}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={pt('form.place')} size="small">
          <Row gutter={16}>
            <Col {...half}>
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
            </Col>
            <Col {...half}>
              <Form.Item name="place" label={pt('field.place')} rules={rules('place')}>
                <Input maxLength={maxLengthOf(shape.place)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <LocationFields form={form} />
            </Col>
          </Row>
        </Card>

        <Card title={pt('form.people')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="detectedBy" label={pt('field.detectedBy')} rules={rules('detectedBy')}>
                <Input maxLength={maxLengthOf(shape.detectedBy)} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="growerName" label={pt('field.growerName')} rules={rules('growerName')}>
                <Input maxLength={maxLengthOf(shape.growerName)} autoComplete="off" />
              </Form.Item>
            </Col>
            {canSeeCases && (
              <Col {...half}>
                <Form.Item name="caseId" label={pt('field.case')}>
                  <Select
                    allowClear
                    placeholder={pt('form.casePlaceholder')}
                    showSearch={{ filterOption: false, onSearch: setCaseQ }}
                    options={caseOptions}
                    loading={cases.isFetching}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item name="notes" label={pt('field.notes')} rules={rules('notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={maxLengthOf(shape.notes)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Flex gap={8} justify="end" wrap>
          <Button onClick={() => navigate(plant ? `/plants/${plant.id}` : '/plants')}>
            {pt('form.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {pt('form.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
