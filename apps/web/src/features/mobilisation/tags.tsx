import type { ModelRating, ModelStatus, PrestigeStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useMobilisationText } from './i18n.ts';

export const personStatusColor: Record<PrestigeStatus, string> = { active: '#389e0d', inactive: '#8c8c8c' };
export const modelStatusColor: Record<ModelStatus, string> = {
  active: '#0958d9',
  paused: '#d46b08',
  ended: '#595959',
};
const ratingColor: Record<ModelRating, string> = { good: '#389e0d', fair: '#0958d9', weak: '#d46b08' };
const tagStyle = { marginInlineEnd: 0, whiteSpace: 'nowrap' } as const;

export function PersonStatusTag({ status }: { status: PrestigeStatus }) {
  const { mt } = useMobilisationText();
  return (
    <Tag color={personStatusColor[status]} style={tagStyle}>
      {mt(`personStatus.${status}`)}
    </Tag>
  );
}

export function ModelStatusTag({ status }: { status: ModelStatus }) {
  const { mt } = useMobilisationText();
  return (
    <Tag color={modelStatusColor[status]} style={tagStyle}>
      {mt(`modelStatus.${status}`)}
    </Tag>
  );
}

export function RatingTag({ rating }: { rating: ModelRating }) {
  const { mt } = useMobilisationText();
  return (
    <Tag color={ratingColor[rating]} style={tagStyle}>
      {mt(`rating.${rating}`)}
    </Tag>
  );
}
