import type { DocumentStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useDocumentText } from './i18n.ts';

export const documentStatusColor: Record<DocumentStatus, string> = {
  in_force: 'green',
  replaced: 'orange',
  expired: 'default',
};

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { dt } = useDocumentText();
  return (
    <Tag color={documentStatusColor[status]} style={{ marginInlineEnd: 0 }}>
      {dt(`status.${status}`)}
    </Tag>
  );
}
