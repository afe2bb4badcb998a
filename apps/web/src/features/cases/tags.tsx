import {
  type CampaignPhase,
  type CaseStatus,
  type MeasureUnit,
  measureUnitLabel,
  type ProjectStatus,
  type SeverityClass,
} from '@pcmt/contracts';
import { Tag } from 'antd';
import { formatNumber } from '../../i18n/format.ts';
import { useCaseText } from './i18n.ts';

/** Grave classes in warmer colours: the same in the list, the record and the form's preview. */
export const severityColor: Record<SeverityClass, string> = {
  less_serious: '#389e0d',
  serious: '#d48806',
  very_serious: '#d4380d',
  especially_serious: '#a8071a',
};
export const caseStatusColor: Record<CaseStatus, string> = {
  investigating: '#0958d9',
  suspended: '#d46b08',
  prosecution_proposed: '#389e0d',
  discontinued: '#595959',
};
export const projectStatusColor: Record<ProjectStatus, string> = {
  active: '#0958d9',
  suspended: '#d46b08',
  concluded: '#595959',
};
const phaseColor: Record<CampaignPhase, string> = {
  upcoming: '#8c8c8c',
  running: '#0958d9',
  ended: '#595959',
};

const tagStyle = { marginInlineEnd: 0, whiteSpace: 'normal' } as const;

export function SeverityTag({ severity }: { severity: SeverityClass | null }) {
  const { ct } = useCaseText();
  if (!severity) return null;
  return (
    <Tag
      color={severityColor[severity]}
      data-severity={severity}
      style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}
    >
      {ct(`severity.${severity}`)}
    </Tag>
  );
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { ct } = useCaseText();
  return (
    <Tag color={caseStatusColor[status]} data-status={status} style={tagStyle}>
      {ct(`status.${status}`)}
    </Tag>
  );
}

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { ct } = useCaseText();
  return (
    <Tag color={projectStatusColor[status]} data-status={status} style={tagStyle}>
      {ct(`projectStatus.${status}`)}
    </Tag>
  );
}

export function PhaseTag({ phase }: { phase: CampaignPhase }) {
  const { ct } = useCaseText();
  return (
    <Tag color={phaseColor[phase]} data-phase={phase} style={tagStyle}>
      {ct(`phase.${phase}`)}
    </Tag>
  );
}

/**
 * `1250.125 g` → `1.250,125 g`, `120 viên` → `120 viên`: Vietnamese grouping and decimal comma, the unit
 * glued to the figure. A quantity is always shown with its own unit: totals come per unit family from the
 * server and are never added across families here.
 */
export const formatQuantity = (quantity: number, unit: MeasureUnit): string =>
  `${formatNumber(quantity)}\u00a0${measureUnitLabel[unit]}`;
