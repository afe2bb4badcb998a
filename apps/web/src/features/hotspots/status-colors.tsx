import type { HotspotStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useHotspotText } from './i18n.ts';

/**
 * One colour per lifecycle status, shared by the list's tags, the record page and the map's markers, so an
 * officer learns it once. Warm while the place is active, green once eliminated, blues while watched.
 */
export const statusColor: Record<HotspotStatus, string> = {
  detected: '#d48806',
  verifying: '#d46b08',
  active: '#cf1322',
  fighting: '#9e1068',
  eliminated: '#389e0d',
  watching: '#08979c',
  stable: '#0958d9',
  reactivated: '#820014',
  dismissed: '#8c8c8c',
};

/** A status tag in the shared colour, with the contract's Vietnamese label. */
export function StatusTag({ status }: { status: HotspotStatus }) {
  const { ht } = useHotspotText();
  return (
    <Tag
      color={statusColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {ht(`status.${status}`)}
    </Tag>
  );
}
