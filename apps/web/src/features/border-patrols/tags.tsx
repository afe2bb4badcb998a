import type { BorderPartner, BorderPatrolStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useBorderText } from './i18n.ts';

export const patrolStatusColor: Record<BorderPatrolStatus, string> = {
  planned: '#8c8c8c',
  in_progress: '#0958d9',
  completed: '#389e0d',
  cancelled: '#595959',
};

export function PatrolStatusTag({ status }: { status: BorderPatrolStatus }) {
  const { xt } = useBorderText();
  return (
    <Tag
      color={patrolStatusColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}
    >
      {xt(`status.${status}`)}
    </Tag>
  );
}

/** Joint partners; the foreign counterpart in purple (a bilateral patrol is reported apart). */
export function PartnerTags({ partners }: { partners: readonly BorderPartner[] }) {
  const { xt } = useBorderText();
  return (
    <>
      {partners.map((p) => (
        <Tag
          key={p}
          color={p === 'laos' || p === 'cambodia' ? 'purple' : 'geekblue'}
          style={{ marginInlineEnd: 4, whiteSpace: 'normal' }}
        >
          {xt(`partner.${p}`)}
        </Tag>
      ))}
    </>
  );
}
