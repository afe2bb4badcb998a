import { type Programme, type ProgrammeStatus, programmeTransition } from '@pcmt/contracts';
import { Alert, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../i18n/format.ts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { useProgrammeText } from './i18n.ts';
import { useTransitionProgramme } from './programmes-api.ts';
import { ProgrammeStatusTag, programmeColor } from './status-tag.tsx';

/** Reached only through the evaluation checklist, never by a plain move. */
export const EVALUATION_OUTCOMES: readonly ProgrammeStatus[] = ['succeeded', 'failed'];

/**
 * The programme's dated move (đạt / không đạt go through the evaluation instead); gia hạn asks for the new end
 * of the period, after the current one.
 */
export function ProgrammeTransitionModal({
  programme: p,
  onClose,
}: {
  programme: Programme;
  onClose: () => void;
}) {
  const { pt } = useProgrammeText();
  const move = useTransitionProgramme(p.id);
  const moves = p.allowedTransitions.filter((s) => !EVALUATION_OUTCOMES.includes(s));
  return (
    <TransitionDialog
      title={pt('detail.transitionTitle')}
      current={<ProgrammeStatusTag status={p.status} />}
      allowed={moves}
      version={p.version}
      statusLabel={(s) => pt(`status.${s}`)}
      statusColor={programmeColor}
      reasonSchema={programmeTransition.shape.reason}
      citation={{}}
      notice={
        p.allowedTransitions.some((s) => EVALUATION_OUTCOMES.includes(s)) && (
          <Alert type="info" showIcon title={pt('detail.evaluateInstead')} />
        )
      }
      extra={{
        names: ['periodTo'],
        fields: (to) =>
          to === 'extended' && (
            <Form.Item
              name="periodTo"
              label={pt('detail.transitionPeriodTo')}
              rules={[{ required: true, message: pt('form.requiredSelect') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                inputReadOnly
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') <= p.periodTo}
              />
            </Form.Item>
          ),
        body: (v) =>
          v.to === 'extended' && v.periodTo ? { periodTo: (v.periodTo as Dayjs).format('YYYY-MM-DD') } : {},
      }}
      mutation={move}
      onClose={onClose}
    />
  );
}
