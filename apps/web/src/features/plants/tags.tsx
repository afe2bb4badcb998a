import type { PlantStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { formatNumber } from '../../i18n/format.ts';
import { usePlantText } from './i18n.ts';

/** Red while the plants still stand, green once destroyed, blue while with the investigation body. */
export const statusColor: Record<PlantStatus, string> = {
  detected: '#cf1322',
  handed_over: '#0958d9',
  destroyed: '#389e0d',
};

export function PlantStatusTag({ status }: { status: PlantStatus }) {
  const { pt } = usePlantText();
  return (
    <Tag
      color={statusColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}
    >
      {pt(`status.${status}`)}
    </Tag>
  );
}

/** `120,26 m² · 300 cây`, or the one figure recorded. */
export function useAmount() {
  const { pt } = usePlantText();
  return (area: number | null, count: number | null): string =>
    [
      area === null ? null : pt('unit.m2', { value: formatNumber(area) }),
      count === null ? null : pt('unit.plants', { value: formatNumber(count) }),
    ]
      .filter(Boolean)
      .join(' · ') || '—';
}
