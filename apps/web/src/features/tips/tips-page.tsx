import {
  type Tip,
  type TipChannel,
  type TipDeadlineStateCode,
  type TipSource,
  type TipStatus,
  type TipUrgency,
  tipChannels,
  tipDeadlineStates,
  type tipSortKeys,
  tipSources,
  tipStatuses,
  tipUrgencies,
} from '@pcmt/contracts';
import { Badge, Button, Checkbox, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDateTime, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { type TipTextKey, useTipText } from './i18n.ts';
import { tipTitle } from './nav.ts';
import { DeadlineTag, TipStatusTag, UrgencyTag } from './tags.tsx';
import { exportFiltersOf, TipExportButton } from './tip-export-button.tsx';
import { useTips } from './tips-api.ts';

const FILTERS = ['status', 'deadlineState', 'source', 'channel', 'unitId', 'urgency', 'unanswered'] as const;
type Sort = (typeof tipSortKeys)[number];
const sort = (key: Sort) => key;

/**
 * `/tips`: the inbox. Filters in the URL (status and deadline state several at once, source, channel, commune,
 * urgency, waiting for a reply); the deadline in colour (green in time, orange due soon, red overdue). Tip text
 * is shown as text: React escapes it, whatever it holds.
 */
export default function TipsPage() {
  const { tt } = useTipText();
  const list = useListState(FILTERS);
  const tips = useTips(list.apiParams);
  const canIntake = usePermission('tip.intake');
  const canCount = usePermission('tip.statistics');
  const canReview = usePermission('tip.supervise');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;
  const many = <T extends string>(v: string | undefined) => (v?.split(',') ?? []) as T[];
  const label = (key: string) => tt(key as TipTextKey);

  const columns: ListColumn<Tip>[] = [
    {
      key: 'number',
      title: tt('field.number'),
      cardTitle: true,
      render: (_, r) => (
        <Flex gap={6} wrap align="center">
          <Link to={`/tips/${r.id}`}>
            <Typography.Text strong style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
              {r.number}
            </Typography.Text>
          </Link>
          <UrgencyTag urgency={r.urgency} />
          {r.unansweredMessages > 0 && (
            <Badge
              count={r.unansweredMessages}
              title={tt('list.unansweredCount', { count: r.unansweredMessages })}
              aria-label={tt('list.unansweredCount', { count: r.unansweredMessages })}
            />
          )}
          {r.isDemo && <DemoTag />}
        </Flex>
      ),
    },
    {
      key: 'receivedAt',
      title: tt('field.receivedAt'),
      sortKey: sort('receivedAt'),
      render: (_, r) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.receivedAt, { seconds: false })}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label(`channel.${r.channel}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'content',
      title: tt('field.content'),
      render: (_, r) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2 }}
          style={{ margin: 0, minWidth: 180, maxWidth: 420, whiteSpace: 'pre-wrap' }}
          data-testid="tip-content"
        >
          {r.content}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'unit',
      title: tt('field.unit'),
      render: (_, r) => (r.placeUnknown ? `${r.unit.name} (${tt('detail.unknownPlace')})` : r.unit.name),
    },
    {
      key: 'status',
      title: tt('field.status'),
      sortKey: sort('status'),
      render: (_, r) => <TipStatusTag status={r.status} />,
    },
    {
      key: 'dueOn',
      title: tt('field.deadline'),
      sortKey: sort('dueOn'),
      render: (_, r) => <DeadlineTag deadlines={r.deadlines} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={tipTitle('list')}
        extra={
          <Flex gap={8} wrap>
            {canCount && (
              <Link to="/tips/statistics">
                <Button>{tt('list.statistics')}</Button>
              </Link>
            )}
            {canReview && (
              <Link to="/tips/retention">
                <Button>{tt('review.retention')}</Button>
              </Link>
            )}
            <TipExportButton filters={exportFiltersOf(list.apiParams)} total={tips.data?.total} />
            {canIntake && (
              <Link to="/tips/posters">
                <Button>{tt('list.posters')}</Button>
              </Link>
            )}
            {canIntake && (
              <Link to="/tips/new">
                <Button type="primary">{tt('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <FilterBar list={list} searchLabel={tt('list.search')}>
        <Select<TipStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={tt('field.status')}
          placeholder={tt('list.allStatuses')}
          value={many<TipStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: v.length ? v.join(',') : undefined } })}
          options={tipStatuses.map((s) => ({ value: s, label: label(`status.${s}`) }))}
        />
        <Select<TipDeadlineStateCode[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={tt('field.deadline')}
          placeholder={tt('list.allDeadlines')}
          value={many<TipDeadlineStateCode>(filters.deadlineState)}
          onChange={(v) => list.update({ filters: { deadlineState: v.length ? v.join(',') : undefined } })}
          options={tipDeadlineStates.map((s) => ({ value: s, label: label(`deadlineState.${s}`) }))}
        />
        <Select<TipSource>
          allowClear
          aria-label={tt('field.source')}
          placeholder={tt('list.allSources')}
          value={filters.source as TipSource | undefined}
          onChange={(v) => list.update({ filters: { source: v } })}
          options={tipSources.map((s) => ({ value: s, label: label(`source.${s}`) }))}
        />
        <Select<TipChannel>
          allowClear
          aria-label={tt('field.channel')}
          placeholder={tt('list.allChannels')}
          value={filters.channel as TipChannel | undefined}
          onChange={(v) => list.update({ filters: { channel: v } })}
          options={tipChannels.map((s) => ({ value: s, label: label(`channel.${s}`) }))}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={tt('field.unit')}
          placeholder={tt('list.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <Select<TipUrgency>
          allowClear
          aria-label={tt('field.urgency')}
          placeholder={tt('list.allUrgencies')}
          value={filters.urgency as TipUrgency | undefined}
          onChange={(v) => list.update({ filters: { urgency: v } })}
          options={tipUrgencies.map((s) => ({ value: s, label: label(`urgency.${s}`) }))}
        />
        <Checkbox
          checked={filters.unanswered === 'true'}
          onChange={(e) => list.update({ filters: { unanswered: e.target.checked ? 'true' : undefined } })}
          style={{ alignSelf: 'center' }}
        >
          {tt('list.unanswered')}
        </Checkbox>
      </FilterBar>
      <ListView<Tip, (typeof FILTERS)[number]>
        list={list}
        query={tips}
        columns={columns}
        rowKey="id"
        label={tt('list.label')}
        emptyText={tt('list.empty')}
        actions={(r) => (
          <Link to={`/tips/${r.id}`}>
            <Button size="small">{tt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
