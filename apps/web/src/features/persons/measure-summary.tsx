import type { Measure } from '@pcmt/contracts';
import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { usePersonText } from './i18n.ts';
import { MeasureStatusTag } from './tags.tsx';

/** Who decides, by the rule set of the decision date: the server sends role ids ("commune_chairman, …"). */
export function useDeciderLevel() {
  const { pt } = usePersonText();
  return (level: string | null): string | null =>
    level
      ? level
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
          .map((r) => pt(`authority.${r}`))
          .join('; ')
      : null;
}

/** A measure's legal facts: decision, law, term and the end computed from it, reviews and how it ended. */
export function MeasureFacts({ m, compact = false }: { m: Measure; compact?: boolean }) {
  const { pt } = usePersonText();
  const deciderLevel = useDeciderLevel();
  // In a measure's card its title shows the status; the dialog after creation shows it here.
  const rows: { key: string; label: string; children: ReactNode }[] = [
    ...(compact
      ? [{ key: 'status', label: pt('measure.status'), children: <MeasureStatusTag status={m.status} /> }]
      : []),
    {
      key: 'decision',
      label: pt('measure.decision'),
      children:
        m.decisionNumber || m.decisionDate
          ? [m.decisionNumber, m.decisionDate && formatDate(m.decisionDate)].filter(Boolean).join(' · ')
          : '—',
    },
    ...(m.decider ? [{ key: 'decider', label: pt('measure.decider'), children: m.decider }] : []),
    ...(m.deciderLevel
      ? [{ key: 'level', label: pt('measure.deciderLevel'), children: deciderLevel(m.deciderLevel) }]
      : []),
    { key: 'regime', label: pt('measure.regime'), children: pt(`regime.${m.regime}`) },
    ...(m.facility ? [{ key: 'facility', label: pt('measure.facility'), children: m.facility }] : []),
    { key: 'start', label: pt('measure.startOn'), children: m.startOn ? formatDate(m.startOn) : '—' },
    {
      key: 'term',
      label: pt('measure.term'),
      children: m.durationMonths ? pt('measure.months', { count: formatNumber(m.durationMonths) }) : '—',
    },
    {
      key: 'end',
      label: pt('measure.computedEnd'),
      children: (
        <strong data-testid="measure-end" style={{ whiteSpace: 'nowrap' }}>
          {m.endOn ? formatDate(m.endOn) : '—'}
        </strong>
      ),
    },
  ];
  if (!compact) {
    if (m.nextReviewOn)
      rows.push({ key: 'review', label: pt('measure.nextReviewOn'), children: formatDate(m.nextReviewOn) });
    if (m.suspendedDays > 0)
      rows.push({ key: 'susp', label: pt('measure.suspendedDays'), children: formatNumber(m.suspendedDays) });
    if (m.occurrence > 1)
      rows.push({ key: 'occ', label: pt('measure.occurrence'), children: formatNumber(m.occurrence) });
    if (m.earlyEndOn)
      rows.push({
        key: 'early',
        label: pt('measure.earlyEnd'),
        children: [formatDate(m.earlyEndOn), m.endReason && pt(`endReason.${m.endReason}`), m.earlyEndReason]
          .filter(Boolean)
          .join(' · '),
      });
    if (m.completionCertificate || m.completionOn)
      rows.push({
        key: 'completion',
        label: pt('measure.completion'),
        children: [m.completionCertificate, m.completionOn && formatDate(m.completionOn)]
          .filter(Boolean)
          .join(' · '),
      });
    if (m.notes) rows.push({ key: 'notes', label: pt('measure.notes'), children: m.notes });
  }
  return <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" items={rows} />;
}
