import type { CommendationStatus, DifficultyStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useGrassrootsText } from './i18n.ts';

export const commendationStatusColor: Record<CommendationStatus, string> = {
  proposed: '#d46b08',
  decided: '#389e0d',
  rejected: '#8c8c8c',
};
export const difficultyStatusColor: Record<DifficultyStatus, string> = {
  open: '#d46b08',
  answered: '#0958d9',
  closed: '#595959',
};
const tagStyle = { marginInlineEnd: 0, whiteSpace: 'nowrap' } as const;

export function CommendationStatusTag({ status }: { status: CommendationStatus }) {
  const { gt } = useGrassrootsText();
  return (
    <Tag color={commendationStatusColor[status]} style={tagStyle}>
      {gt(`commendationStatus.${status}`)}
    </Tag>
  );
}

export function DifficultyStatusTag({ status, overdue }: { status: DifficultyStatus; overdue?: boolean }) {
  const { gt } = useGrassrootsText();
  return (
    <>
      <Tag color={difficultyStatusColor[status]} style={tagStyle}>
        {gt(`difficultyStatus.${status}`)}
      </Tag>
      {overdue && (
        <Tag color="#cf1322" style={tagStyle}>
          {gt('difficulties.overdue')}
        </Tag>
      )}
    </>
  );
}
