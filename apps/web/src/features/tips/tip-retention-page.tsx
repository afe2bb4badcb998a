import type { Tip } from '@pcmt/contracts';
import { Alert, Flex, Segmented, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { type TipTextKey, useTipText } from './i18n.ts';
import { tipTitle } from './nav.ts';
import { TipStatusTag } from './tags.tsx';
import { useTipRetention } from './tips-api.ts';

const FILTERS = ['state'] as const;
type State = 'warn' | 'expired';

/**
 * `/tips/retention`: closed tips whose retention ends soon or has ended, with the last day kept (unit heads and
 * PC04). Nothing is deleted by the system: the page lists them for a person to decide.
 */
export default function TipRetentionPage() {
  const { tt } = useTipText();
  const list = useListState(FILTERS);
  const state = list.state.filters.state as State | undefined;
  const tips = useTipRetention({ state, unitId: undefined });
  const columns: ListColumn<Tip>[] = [
    {
      key: 'number',
      title: tt('field.number'),
      cardTitle: true,
      render: (_, r) => (
        <Link to={`/tips/${r.id}`}>
          <Typography.Text strong style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
            {r.number}
          </Typography.Text>
        </Link>
      ),
    },
    { key: 'unit', title: tt('field.unit'), render: (_, r) => r.unit.name },
    {
      key: 'closure',
      title: tt('review.closure'),
      render: (_, r) =>
        r.outcome ? tt(`outcome.${r.outcome}` as TipTextKey) : <TipStatusTag status={r.status} />,
    },
    { key: 'closedOn', title: tt('review.closedOn'), render: (_, r) => formatDate(r.outcomeOn) },
    {
      key: 'endsOn',
      title: tt('review.endsOn'),
      render: (_, r) => (
        <Flex gap={6} wrap align="center">
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.retention.endsOn)}</span>
          <Tag color={r.retention.state === 'expired' ? 'red' : 'orange'}>
            {tt(`retention.${r.retention.state}` as TipTextKey)}
          </Tag>
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={tipTitle('retention')} />
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={tt('review.retentionIntro')} />
      <Segmented<State | 'all'>
        block
        style={{ marginBottom: 12, maxWidth: 420 }}
        value={state ?? 'all'}
        onChange={(v) => list.update({ filters: { state: v === 'all' ? undefined : v } })}
        options={[
          { value: 'all', label: tt('review.all') },
          { value: 'warn', label: tt('review.warn') },
          { value: 'expired', label: tt('review.expired') },
        ]}
      />
      <ListView<Tip, (typeof FILTERS)[number]>
        list={list}
        query={tips}
        columns={columns}
        rowKey="id"
        label={tt('review.retentionTitle')}
        emptyText={tt('review.empty')}
      />
    </>
  );
}
