import type { Inspection } from '@pcmt/contracts';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useChecklists, useInspections } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';
import { formatVnd, OutcomeTag } from './tags.tsx';

/** One sanction in words: its kind, then what it carries (the fine's amount, the suspension's period, the decision). */
function SanctionLine({ s }: { s: Inspection['sanctions'][number] }) {
  const { bt } = useBusinessText();
  const parts: string[] = [];
  if (s.kind === 'fine' && s.amountVnd !== undefined) parts.push(formatVnd(s.amountVnd));
  if (s.kind === 'suspension' && s.from && s.to) parts.push(`${formatDate(s.from)} – ${formatDate(s.to)}`);
  if (s.decisionNumber)
    parts.push(
      `${bt('inspection.decisionNumber')} ${s.decisionNumber}${s.decisionDate ? ` (${formatDate(s.decisionDate)})` : ''}`,
    );
  return (
    <li data-sanction={s.kind}>
      <Typography.Text strong>{bt(`sanction.${s.kind}`)}</Typography.Text>
      {parts.length > 0 && <span>: {parts.join(' · ')}</span>}
      {s.note && <Typography.Text type="secondary"> — {s.note}</Typography.Text>}
    </li>
  );
}

function InspectionEntry({ i }: { i: Inspection }) {
  const { bt, language } = useBusinessText();
  const checklists = useChecklists();
  const label = (id: string) => checklists.data?.find((c) => c.id === id)?.label[language] ?? id;
  const count = (r: string) => i.checklist.filter((a) => a.result === r).length;
  const failed = i.checklist.filter((a) => a.result === 'not_met');
  return (
    <Card
      size="small"
      type="inner"
      data-testid="inspection"
      title={
        <Flex gap={8} wrap align="center">
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(i.on)}</span>
          <OutcomeTag outcome={i.outcome} />
        </Flex>
      }
    >
      <Flex vertical gap={6} style={{ overflowWrap: 'anywhere' }}>
        <Typography.Text>
          <Typography.Text type="secondary">{bt('inspection.team')}: </Typography.Text>
          {i.team}
          {i.agencies.some((a) => a !== i.team) && ` (${i.agencies.join('; ')})`}
        </Typography.Text>
        {i.checklist.length > 0 && (
          <div>
            <Typography.Text type="secondary">
              {bt('inspection.checklist')}:{' '}
              {bt('inspection.checkedCount', {
                met: formatNumber(count('met')),
                failed: formatNumber(count('not_met')),
                na: formatNumber(count('not_applicable')),
              })}
            </Typography.Text>
            {failed.length > 0 ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} aria-label={bt('inspection.failed')}>
                {failed.map((a) => (
                  <li key={a.itemId} data-failed={a.itemId}>
                    <Typography.Text type="danger">{label(a.itemId)}</Typography.Text>
                    {a.note && <Typography.Text type="secondary"> — {a.note}</Typography.Text>}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
        {i.customersTested !== null && (
          <Typography.Text>
            {bt('inspection.tested', {
              tested: formatNumber(i.customersTested),
              positive: formatNumber(i.customersPositive ?? 0),
            })}
          </Typography.Text>
        )}
        {i.findings && (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
            {i.findings}
          </Typography.Paragraph>
        )}
        {i.sanctions.length > 0 && (
          <div>
            <Typography.Text type="secondary">{bt('inspection.sanctions')}:</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {i.sanctions.map((s, n) => (
                // Sanctions have no id of their own; their order is the record's.
                // biome-ignore lint/suspicious/noArrayIndexKey: an inspection's sanctions never reorder
                <SanctionLine key={n} s={s} />
              ))}
            </ul>
            {i.fineTotalVnd > 0 && i.sanctions.filter((s) => s.kind === 'fine').length > 1 && (
              <Typography.Text>
                {bt('inspection.fineTotal')}: <strong>{formatVnd(i.fineTotalVnd)}</strong>
              </Typography.Text>
            )}
          </div>
        )}
        {i.followUpOn && (
          <Typography.Text data-testid="inspection-follow-up">
            <Typography.Text type="secondary">{bt('inspection.followUpOn')}: </Typography.Text>
            <strong>{formatDate(i.followUpOn)}</strong>
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The premises' inspections, latest first: what was checked and failed, findings, sanctions, follow-up. */
export function InspectionsCard({ businessId, extra }: { businessId: string; extra?: ReactNode }) {
  const { bt } = useBusinessText();
  const inspections = useInspections(businessId);
  const rows = inspections.data ?? [];
  return (
    <Card
      size="small"
      title={bt('detail.inspectionsTitle', { count: formatNumber(rows.length) })}
      extra={extra}
      data-testid="inspections"
    >
      {inspections.isPending ? (
        <Skeleton active />
      ) : inspections.isError ? (
        <ErrorAlert error={inspections.error} onRetry={() => void inspections.refetch()} />
      ) : rows.length === 0 ? (
        <Empty description={bt('detail.noInspections')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={12}>
          {rows.map((i) => (
            <InspectionEntry key={i.id} i={i} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
