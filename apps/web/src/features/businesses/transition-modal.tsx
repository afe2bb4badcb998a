import { type Business, businessTransition } from '@pcmt/contracts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { useTransitionBusiness } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { BusinessStatusTag, statusColor } from './tags.tsx';

/** The business's dated status move; the mutation lives here so each opening starts clean. */
export function TransitionModal({ business, onClose }: { business: Business; onClose: () => void }) {
  const { bt } = useBusinessText();
  const move = useTransitionBusiness(business.id);
  return (
    <TransitionDialog
      title={bt('transition.title')}
      current={<BusinessStatusTag status={business.status} />}
      allowed={business.allowedTransitions}
      version={business.version}
      statusLabel={(s) => bt(`status.${s}`)}
      statusColor={statusColor}
      reasonSchema={businessTransition.shape.reason}
      mutation={move}
      onClose={onClose}
    />
  );
}
