import type { BusinessRiskLevel, BusinessStatus, InspectionOutcome } from '@pcmt/contracts';
import { Tag } from 'antd';
import { formatNumber } from '../../i18n/format.ts';
import { useBusinessText } from './i18n.ts';

/**
 * Risk colours an officer learns once: grey not assessed, green low, orange medium, red high (the same in the
 * list's filter, the tags and the figures page).
 */
export const riskColor: Record<BusinessRiskLevel, string> = {
  unassessed: '#8c8c8c',
  low: '#389e0d',
  medium: '#d46b08',
  high: '#cf1322',
};

export const statusColor: Record<BusinessStatus, string> = {
  operating: '#0958d9',
  suspended: '#d46b08',
  closed: '#595959',
  revoked: '#a8071a',
};

const outcomeColor: Record<InspectionOutcome, string> = {
  clean: '#389e0d',
  violation: '#d46b08',
  drugs: '#cf1322',
};

/**
 * `1500000` → `1.500.000 ₫` (Vietnamese grouping in both languages, as on the decisions officers copy); the
 * sign never breaks away from the amount.
 */
export const formatVnd = (n: number): string => `${formatNumber(n)}\u00a0₫`;

export function RiskTag({ risk }: { risk: BusinessRiskLevel }) {
  const { bt } = useBusinessText();
  return (
    <Tag color={riskColor[risk]} data-risk={risk} style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
      {bt(`risk.${risk}`)}
    </Tag>
  );
}

export function BusinessStatusTag({ status }: { status: BusinessStatus }) {
  const { bt } = useBusinessText();
  return (
    <Tag
      color={statusColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {bt(`status.${status}`)}
    </Tag>
  );
}

export function OutcomeTag({ outcome }: { outcome: InspectionOutcome }) {
  const { bt } = useBusinessText();
  return (
    <Tag color={outcomeColor[outcome]} data-outcome={outcome} style={{ marginInlineEnd: 0 }}>
      {bt(`outcome.${outcome}`)}
    </Tag>
  );
}

/** A colour dot before a risk level's name (filter options, the figures page). */
export const RiskDot = ({ risk }: { risk: BusinessRiskLevel }) => (
  <span
    aria-hidden
    style={{
      display: 'inline-block',
      width: 10,
      height: 10,
      borderRadius: '50%',
      background: riskColor[risk],
      marginInlineEnd: 6,
      flex: 'none',
    }}
  />
);
