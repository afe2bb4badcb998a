import { type DrugType, drugTypes, type MeasureUnit, measureUnitLabel } from '@pcmt/contracts';
import { Col, DatePicker, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { drugUnits } from './charges.ts';
import { useCaseText } from './i18n.ts';

export type SeizureValues = {
  on?: Dayjs;
  drugType?: DrugType;
  measure?: MeasureUnit;
  quantity?: number | null;
  note?: string;
};

/** `{on, drugType, measure, quantity, note}` of the form → the contract's seizure (null for an empty row). */
export const seizureBody = (s: SeizureValues) =>
  s.on && s.drugType && s.measure && s.quantity
    ? {
        on: s.on.format('YYYY-MM-DD'),
        drugType: s.drugType,
        measure: s.measure,
        quantity: s.quantity,
        note: s.note?.trim() ? s.note.trim() : null,
      }
    : null;

/**
 * One seizure's fields, at `prefix` in the form (a Form.List row or the top level): the unit offers only what
 * the drug type may use (meth crystal never in viên) and resets when the type changes. Two columns from 576 px,
 * one on a phone; the quantity opens the decimal keypad.
 */
export function SeizureFields({ form, list, index }: { form: FormInstance; list?: string; index?: number }) {
  const { ct } = useCaseText();
  // Inside a Form.List an item's name is relative to the row; watching and setting need the full path.
  const path = (k: string) => (list !== undefined && index !== undefined ? [list, index, k] : [k]);
  const name = (k: string) => (index !== undefined ? [index, k] : k);
  const drug = Form.useWatch(path('drugType'), form) as DrugType | undefined;
  const units = drug ? drugUnits[drug] : [];
  const required = [{ required: true, message: ct('common.requiredSelect') }];
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name={name('drugType')} label={ct('field.drugType')} rules={required}>
          <Select
            options={drugTypes.map((d) => ({ value: d, label: ct(`drug.${d}`) }))}
            onChange={(d: DrugType) => {
              const only = drugUnits[d];
              const now = form.getFieldValue(path('measure')) as MeasureUnit | undefined;
              if (!now || !only.includes(now)) form.setFieldValue(path('measure'), only[0]);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item
          name={name('quantity')}
          label={ct('field.quantity')}
          rules={[{ required: true, message: ct('common.required') }]}
        >
          <InputNumber min={0} decimalSeparator="," inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item
          name={name('measure')}
          label={ct('field.measure')}
          rules={required}
          tooltip={ct('seizure.unitsHint')}
        >
          <Select options={units.map((u) => ({ value: u, label: measureUnitLabel[u] }))} disabled={!drug} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('on')} label={ct('field.on')} rules={required}>
          <DatePicker
            format={DATE_FORMAT}
            allowClear={false}
            inputReadOnly
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={name('note')} label={ct('field.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
