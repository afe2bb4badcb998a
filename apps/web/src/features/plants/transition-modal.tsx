import {
  type Plant,
  type PlantStatus,
  type PlantTransition,
  plantDestructionMethods,
  plantTransition,
} from '@pcmt/contracts';
import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { TransitionDialog, type TransitionValues } from '../../kit/transition-dialog.tsx';
import { usePlantText } from './i18n.ts';
import { useTransitionPlant } from './plants-api.ts';
import { PlantStatusTag, statusColor } from './tags.tsx';

const [destroy, handOver] = plantTransition.options;
const d = destroy.shape;
const h = handOver.shape;
const EXTRA = [
  'method',
  'destroyedBy',
  'witnesses',
  'recordNumber',
  'areaDestroyedM2',
  'plantsDestroyed',
  'receiver',
] as const;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/**
 * Destroy (the biên bản's facts: method, who, witnesses, number, what was destroyed) or hand over to the
 * investigation body (who received it): the kit's dated status dialog with this register's fields.
 */
export function TransitionModal({ plant, onClose }: { plant: Plant; onClose: () => void }) {
  const { pt } = usePlantText();
  const move = useTransitionPlant(plant.id);
  const required = pt('form.required');
  return (
    <TransitionDialog<PlantStatus, PlantTransition>
      title={pt('transition.title')}
      current={<PlantStatusTag status={plant.status} />}
      allowed={plant.allowedTransitions}
      version={plant.version}
      statusLabel={(s) => pt(`status.${s}`)}
      statusColor={statusColor}
      reasonSchema={d.reason}
      reasonLabel={pt('transition.reason')}
      mutation={move}
      onClose={onClose}
      extra={{
        names: EXTRA,
        fields: (to) =>
          to === 'destroyed' ? (
            <>
              <Form.Item
                name="method"
                label={pt('field.method')}
                rules={[{ required: true, message: pt('form.requiredSelect') }]}
              >
                <Select
                  options={plantDestructionMethods.map((m) => ({ value: m, label: pt(`method.${m}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="destroyedBy"
                label={pt('field.destroyedBy')}
                rules={contractRules(d.destroyedBy, required)}
              >
                <Input maxLength={maxLengthOf(d.destroyedBy)} />
              </Form.Item>
              <Form.Item
                name="witnesses"
                label={pt('field.witnesses')}
                rules={contractRules(d.witnesses, required)}
              >
                <Input maxLength={maxLengthOf(d.witnesses)} />
              </Form.Item>
              <Form.Item
                name="recordNumber"
                label={pt('field.recordNumber')}
                rules={contractRules(d.recordNumber, required)}
              >
                <Input maxLength={maxLengthOf(d.recordNumber)} />
              </Form.Item>
              <Typography.Paragraph type="secondary">{pt('transition.destroyHint')}</Typography.Paragraph>
              <Form.Item name="areaDestroyedM2" label={pt('field.areaDestroyedM2')}>
                <InputNumber
                  min={0.01}
                  max={plant.areaM2 ?? 100_000_000}
                  precision={2}
                  decimalSeparator=","
                  placeholder={plant.areaM2 === null ? '' : String(plant.areaM2).replace('.', ',')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item name="plantsDestroyed" label={pt('field.plantsDestroyed')}>
                <InputNumber
                  min={1}
                  max={plant.plantCount ?? 100_000_000}
                  precision={0}
                  placeholder={plant.plantCount === null ? '' : String(plant.plantCount)}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          ) : to === 'handed_over' ? (
            <Form.Item
              name="receiver"
              label={pt('field.receiver')}
              rules={contractRules(h.receiver, required)}
            >
              <Input maxLength={maxLengthOf(h.receiver)} placeholder={pt('field.handover')} />
            </Form.Item>
          ) : null,
        body: (v: TransitionValues<PlantStatus>) =>
          (v.to === 'destroyed'
            ? {
                method: v.method,
                destroyedBy: text(v.destroyedBy),
                witnesses: text(v.witnesses),
                recordNumber: text(v.recordNumber),
                areaDestroyedM2: num(v.areaDestroyedM2),
                plantsDestroyed: num(v.plantsDestroyed),
              }
            : { receiver: text(v.receiver) }) as Partial<PlantTransition>,
      }}
    />
  );
}
