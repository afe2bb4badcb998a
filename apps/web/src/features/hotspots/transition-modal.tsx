import { type Hotspot, hotspotTransition } from '@pcmt/contracts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { useTransitionHotspot } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { StatusTag, statusColor } from './status-colors.tsx';

/** The hotspot's dated lifecycle move, with the document cited; the mutation lives here so each opening starts clean. */
export function TransitionModal({ hotspot, onClose }: { hotspot: Hotspot; onClose: () => void }) {
  const { ht } = useHotspotText();
  const move = useTransitionHotspot(hotspot.id);
  return (
    <TransitionDialog
      title={ht('transition.title')}
      current={<StatusTag status={hotspot.status} />}
      allowed={hotspot.allowedTransitions}
      version={hotspot.version}
      statusLabel={(s) => ht(`status.${s}`)}
      statusColor={statusColor}
      reasonSchema={hotspotTransition.shape.reason}
      reasonLabel={ht('transition.reason')}
      citation={{ placeholder: ht('transition.citationPlaceholder') }}
      mutation={move}
      onClose={onClose}
    />
  );
}
