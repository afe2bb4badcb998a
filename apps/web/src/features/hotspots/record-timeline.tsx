import type { TimelineEntry } from '@pcmt/contracts';
import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../i18n/format.ts';

/**
 * A record's history (`GET <register>/:id/timeline`) for the detail page's timeline slot: newest first, who,
 * when, what, each changed field from → to, and the reason. Registers pass how to show their own values
 * (statuses as labels, dates as dd/mm/yyyy) and which entries to hide. Not register-specific: the kit may lift it.
 */
export function RecordTimeline({
  entries,
  value,
  actionLabel = (e) => e.actionLabel,
  extra,
  hidden = () => false,
  shownField = () => true,
  emptyText,
  byText,
  emptyValue,
}: {
  entries: readonly TimelineEntry[];
  value: (field: string, v: unknown) => ReactNode;
  actionLabel?: (e: TimelineEntry) => string;
  /** Something to show under an entry instead of (or besides) its field changes. */
  extra?: (e: TimelineEntry) => ReactNode;
  hidden?: (e: TimelineEntry) => boolean;
  /** Fields worth a line (a creation also logs ids and bookkeeping the register has no label for). */
  shownField?: (field: string) => boolean;
  emptyText: string;
  byText: (name: string) => string;
  emptyValue: string;
}) {
  const shown = entries.filter((e) => !hidden(e)).toReversed();
  if (shown.length === 0) return <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const show = (field: string, v: unknown) =>
    v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? (
      <Typography.Text type="secondary">{emptyValue}</Typography.Text>
    ) : (
      value(field, v)
    );
  return (
    <Timeline
      data-testid="record-timeline"
      items={shown.map((e) => ({
        key: e.id,
        content: (
          <Flex vertical gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Typography.Text strong>{actionLabel(e)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {formatDateTime(e.at, { seconds: false })}
              {e.actor.displayName || e.actor.username
                ? ` · ${byText(e.actor.displayName ?? e.actor.username ?? '')}`
                : ''}
            </Typography.Text>
            {extra?.(e)}
            {!extra?.(e) && e.changes.some((c) => shownField(c.field)) && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {e.changes
                  .filter((c) => shownField(c.field))
                  .map((c) => (
                    <li key={c.field}>
                      <Typography.Text type="secondary">{c.label}: </Typography.Text>
                      {/* A creation, or a part added to the record (a person's test, a measure): no "before". */}
                      {e.action.endsWith('.create') || c.before === null || c.before === undefined ? (
                        show(c.field, c.after)
                      ) : (
                        <>
                          {show(c.field, c.before)} → {show(c.field, c.after)}
                        </>
                      )}
                    </li>
                  ))}
              </ul>
            )}
            {e.reason && <Typography.Paragraph style={{ margin: 0 }}>“{e.reason}”</Typography.Paragraph>}
          </Flex>
        ),
      }))}
    />
  );
}
