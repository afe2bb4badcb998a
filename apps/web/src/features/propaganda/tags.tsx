import type { ActivityStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { usePropagandaText } from './i18n.ts';

export const activityStatusColor: Record<ActivityStatus, string> = {
  planned: '#0958d9',
  held: '#389e0d',
  cancelled: '#8c8c8c',
};

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { pt } = usePropagandaText();
  return (
    <Tag color={activityStatusColor[status]} style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
      {pt(`status.${status}`)}
    </Tag>
  );
}
