import { type ActivityStatus, activityTransition, type MassEvent, type Propaganda } from '@pcmt/contracts';
import { Form, InputNumber } from 'antd';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { usePropagandaText } from './i18n.ts';
import { useTransitionMassEvent, useTransitionPropaganda } from './propaganda-api.ts';
import { ActivityStatusTag, activityStatusColor } from './tags.tsx';

/** Held asks for the participants counted (the report's "lượt người tham dự"), prefilled with the record's. */
function useHeldExtra(participants: number | null) {
  const { pt } = usePropagandaText();
  return {
    fields: (to: ActivityStatus | undefined) =>
      to === 'held' ? (
        <Form.Item
          name="participants"
          label={pt('field.participants')}
          initialValue={participants ?? undefined}
          rules={[{ required: true, message: pt('form.required') }]}
        >
          <InputNumber<number> min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
      ) : null,
    names: ['participants'] as const,
    body: (v: Record<string, unknown>) =>
      v.to === 'held' && typeof v.participants === 'number' ? { participants: v.participants } : {},
  };
}

/** A propaganda activity's dated move (planned → held or cancelled; cancelled → planned). */
export function PropagandaTransitionModal({ record, onClose }: { record: Propaganda; onClose: () => void }) {
  const { pt } = usePropagandaText();
  const move = useTransitionPropaganda(record.id);
  const extra = useHeldExtra(record.participants);
  return (
    <TransitionDialog
      title={pt('detail.transitionTitle')}
      current={<ActivityStatusTag status={record.status} />}
      allowed={record.allowedTransitions}
      version={record.version}
      statusLabel={(s) => pt(`status.${s}`)}
      statusColor={activityStatusColor}
      reasonSchema={activityTransition.shape.reason}
      extra={extra}
      mutation={move}
      onClose={onClose}
    />
  );
}

/** A mass event's dated move, the same statuses. */
export function MassEventTransitionModal({ record, onClose }: { record: MassEvent; onClose: () => void }) {
  const { pt } = usePropagandaText();
  const move = useTransitionMassEvent(record.id);
  const extra = useHeldExtra(record.participants);
  return (
    <TransitionDialog
      title={pt('detail.transitionTitle')}
      current={<ActivityStatusTag status={record.status} />}
      allowed={record.allowedTransitions}
      version={record.version}
      statusLabel={(s) => pt(`status.${s}`)}
      statusColor={activityStatusColor}
      reasonSchema={activityTransition.shape.reason}
      extra={extra}
      mutation={move}
      onClose={onClose}
    />
  );
}
