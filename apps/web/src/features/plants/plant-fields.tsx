import type { PlantCreate, PlantGrowthStage, PlantSpecies } from '@pcmt/contracts';
import { Button, Col, Form, type FormInstance, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSession } from '../auth/session.ts';
import { useCommuneOptions } from '../key-areas/on-date.tsx';
import { usePlantText } from './i18n.ts';

/** The form's values (the full form and the quick entry share them). */
export type PlantValues = {
  species?: PlantSpecies;
  speciesName?: string;
  detectedOn?: Dayjs;
  place?: string;
  unitId?: string;
  lat?: number | null;
  lng?: number | null;
  areaM2?: number | null;
  plantCount?: number | null;
  growthStage?: PlantGrowthStage | null;
  detectedBy?: string;
  growerName?: string;
  caseId?: string | null;
  notes?: string;
};

/** Server fields the refusals may name (`location.lat` lands on `lat`). */
export const PLANT_FIELDS = [
  'species',
  'speciesName',
  'detectedOn',
  'place',
  'unitId',
  'location',
  'lat',
  'lng',
  'areaM2',
  'plantCount',
  'growthStage',
  'detectedBy',
  'growerName',
  'growerPersonId',
  'caseId',
  'notes',
] as const;

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : null);

/** The request body from the form's values. */
export function plantBody(v: PlantValues): PlantCreate {
  const lat = num(v.lat);
  const lng = num(v.lng);
  return {
    species: v.species as PlantSpecies,
    speciesName: v.species === 'other' ? text(v.speciesName) : null,
    detectedOn: (v.detectedOn as Dayjs).format('YYYY-MM-DD'),
    place: (v.place ?? '').trim(),
    location: lat !== null && lng !== null ? { lat, lng } : null,
    unitId: v.unitId as string,
    areaM2: num(v.areaM2),
    plantCount: num(v.plantCount),
    growthStage: v.growthStage ?? null,
    detectedBy: (v.detectedBy ?? '').trim(),
    growerName: text(v.growerName),
    caseId: v.caseId ?? null,
    notes: text(v.notes),
  };
}

/**
 * The communes valid on the detection date, those of the officer's jurisdiction first (a commune officer sees
 * only theirs); an officer with one commune finds it chosen.
 */
export function usePlantCommunes(form: FormInstance<PlantValues>, on: string, preset: boolean) {
  const me = useSession();
  const communes = useCommuneOptions(on);
  const own = new Set(me.jurisdiction.map((u) => u.id));
  const mine = communes.options.filter((o) => own.has(o.value));
  const options = mine.length > 0 ? mine : communes.options;
  const onlyOne = mine.length === 1 ? mine[0]?.value : undefined;
  useEffect(() => {
    if (preset && onlyOne && !form.getFieldValue('unitId')) form.setFieldValue('unitId', onlyOne);
  }, [preset, onlyOne, form]);
  return { options, loading: communes.loading };
}

/** Area or count, at least one (the server says the same; checked here so the officer sees it at once). */
export function useAmountRule(form: FormInstance<PlantValues>) {
  const { pt } = usePlantText();
  return {
    validator: async () => {
      const v = form.getFieldsValue(['areaM2', 'plantCount']);
      if (typeof v.areaM2 !== 'number' && typeof v.plantCount !== 'number')
        throw new Error(pt('form.areaOrCount'));
    },
  };
}

/** Latitude and longitude, typed or taken from the phone's location (optional). */
export function LocationFields({ form, large }: { form: FormInstance<PlantValues>; large?: boolean }) {
  const { pt } = usePlantText();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const locate = () => {
    setFailed(false);
    if (!navigator.geolocation) return setFailed(true);
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setBusy(false);
        form.setFieldsValue({
          lat: Math.round(pos.coords.latitude * 1e6) / 1e6,
          lng: Math.round(pos.coords.longitude * 1e6) / 1e6,
        });
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
      { enableHighAccuracy: true },
    );
  };
  const size = large ? 'large' : 'middle';
  return (
    <>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="lat" label={pt('field.lat')}>
            <InputNumber
              size={size}
              min={8}
              max={24}
              step={0.000001}
              style={{ width: '100%' }}
              inputMode="decimal"
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="lng" label={pt('field.lng')}>
            <InputNumber
              size={size}
              min={102}
              max={110}
              step={0.000001}
              style={{ width: '100%' }}
              inputMode="decimal"
            />
          </Form.Item>
        </Col>
      </Row>
      <Button size={size} onClick={locate} loading={busy} block={large} style={{ marginBottom: 12 }}>
        {pt('form.useLocation')}
      </Button>
      {failed && (
        <Typography.Paragraph type="danger" role="alert">
          {pt('form.locationFailed')}
        </Typography.Paragraph>
      )}
    </>
  );
}
