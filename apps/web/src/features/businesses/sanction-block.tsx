import { DeleteOutlined } from '@ant-design/icons';
import { type Sanction, type SanctionKind, sanction } from '@pcmt/contracts';
import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT, formatNumber } from '../../i18n/format.ts';
import { contractRules } from '../../kit/form/contract-rules.ts';
import { useBusinessText } from './i18n.ts';

// A sanction of an inspection: its form block (the kind decides the fields) and its request shape.

const fineAmount = sanction.options[1].shape.amountVnd;
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export type SanctionValues = {
  kind: SanctionKind;
  amountVnd?: number | null;
  from?: Dayjs | null;
  to?: Dayjs | null;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
};

/** The form's sanction as the contract's (`Sanction`). */
export function sanctionOf(s: SanctionValues): Sanction {
  const decision = {
    decisionNumber: s.decisionNumber?.trim() || null,
    decisionDate: iso(s.decisionDate),
  };
  if (s.kind === 'fine') return { kind: 'fine', amountVnd: s.amountVnd ?? 0, ...decision };
  if (s.kind === 'suspension')
    return { kind: 'suspension', from: iso(s.from) ?? '', to: iso(s.to) ?? '', ...decision };
  return { kind: s.kind, ...decision };
}

/** One sanction: its kind decides its fields (a fine's amount in đồng, a suspension's period), then the decision. */
export function SanctionBlock({
  index,
  on,
  onRemove,
}: {
  index: number;
  on: Dayjs | undefined;
  onRemove: () => void;
}) {
  const { bt } = useBusinessText();
  const form = Form.useFormInstance<{ sanctions: SanctionValues[] }>();
  const kind = Form.useWatch(['sanctions', index, 'kind'], form) as SanctionKind | undefined;
  const beforeInspection = (d: Dayjs) => Boolean(on && d.isBefore(on, 'day'));
  return (
    <div
      data-testid="sanction"
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, background: '#fafafa' }}
    >
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{kind ? bt(`sanction.${kind}`) : ''}</Typography.Text>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={bt('inspection.removeSanction')}
          onClick={onRemove}
        />
      </Flex>
      <Form.Item name={[index, 'kind']} hidden>
        <Input />
      </Form.Item>
      {kind === 'fine' && (
        <Form.Item
          name={[index, 'amountVnd']}
          label={bt('inspection.amountVnd')}
          rules={contractRules(fineAmount, bt('form.required'))}
        >
          <InputNumber<number>
            min={1}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
            suffix="₫"
            formatter={(v) =>
              v === undefined || v === null || String(v) === '' ? '' : formatNumber(Number(v))
            }
            parser={(s) => Number((s ?? '').replace(/\D/g, ''))}
          />
        </Form.Item>
      )}
      {kind === 'suspension' && (
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item
              name={[index, 'from']}
              label={bt('inspection.suspensionFrom')}
              rules={[{ required: true, message: bt('form.requiredSelect') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={beforeInspection}
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name={[index, 'to']}
              label={bt('inspection.suspensionTo')}
              dependencies={[['sanctions', index, 'from']]}
              rules={[
                { required: true, message: bt('form.requiredSelect') },
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | null | undefined) => {
                    const from = getFieldValue(['sanctions', index, 'from']) as Dayjs | null | undefined;
                    if (v && from && !v.isAfter(from, 'day'))
                      throw new Error(bt('inspection.suspensionOrder'));
                  },
                }),
              ]}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={beforeInspection}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item
            name={[index, 'decisionNumber']}
            label={bt('inspection.decisionNumber')}
            style={{ marginBottom: 0 }}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name={[index, 'decisionDate']}
            label={bt('inspection.decisionDate')}
            style={{ marginBottom: 0 }}
          >
            <DatePicker
              format={DATE_FORMAT}
              inputReadOnly
              style={{ width: '100%' }}
              disabledDate={beforeInspection}
            />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
