import type { ScorecardRow } from '@pcmt/contracts';
import {
  Card,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Segmented,
  Skeleton,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, isRealDate } from '../../i18n/format.ts';
import { useTaskText } from './i18n.ts';
import { taskTitle } from './nav.ts';
import { useScorecard } from './tasks-api.ts';

type Figure = { count: number; link: string | null };

/**
 * The server's link to a figure's records is an API list address (`/api/v1/tasks?…`); the web's list pages
 * sit at the same paths with the same filters, except that repeated values are one comma-separated value.
 */
export function pageOf(apiLink: string): string {
  const url = new URL(apiLink, 'http://x');
  const path = url.pathname.replace(/^\/api\/v1/, '');
  const grouped = new Map<string, string[]>();
  for (const [k, v] of url.searchParams) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  const out = new URLSearchParams();
  for (const [k, vs] of grouped) out.set(k, vs.join(','));
  return `${path}?${out.toString()}`;
}

function FigureLink({ figure, danger, label }: { figure: Figure; danger?: boolean; label: string }) {
  const text = formatNumber(figure.count);
  const style = danger && figure.count > 0 ? { color: '#cf1322', fontWeight: 700 } : undefined;
  if (!figure.link || figure.count === 0) return <span style={style}>{text}</span>;
  return (
    <Link
      to={pageOf(figure.link)}
      style={{ ...style, textDecoration: 'underline' }}
      aria-label={`${label}: ${text}`}
    >
      {text}
    </Link>
  );
}

/**
 * `/scorecards`: results per area or per agency and its heads over a period — tasks on time, late, open and
 * overdue; hotspots eliminated and re-formed; programmes succeeded, failed, relapsed. Every figure opens the
 * list of its records. Period and grouping live in the URL.
 */
export default function ScorecardsPage() {
  const { tt } = useTaskText();
  const [params, setParams] = useSearchParams();
  const by = params.get('by') === 'agency' ? 'agency' : 'unit';
  const from = isRealDate(params.get('from')) ? (params.get('from') as string) : undefined;
  const to = isRealDate(params.get('to')) ? (params.get('to') as string) : undefined;
  const card = useScorecard({ by, from, to });
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const set = (change: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(change)) {
          if (v) p.set(k, v);
          else p.delete(k);
        }
        return p;
      },
      { replace: true },
    );
  const data = card.data;

  const fig = (f: Figure, label: string, danger?: boolean) => (
    <FigureLink figure={f} label={label} danger={danger} />
  );
  const subject = (r: ScorecardRow): ReactNode => (
    <Flex vertical style={{ minWidth: 150 }}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {r.subject.name}
      </Typography.Text>
      {by === 'agency' && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {tt('scorecards.heads')}:{' '}
          {r.heads.length > 0 ? r.heads.map((h) => h.displayName).join(', ') : tt('scorecards.noHeads')}
        </Typography.Text>
      )}
    </Flex>
  );
  const columns: TableColumnsType<ScorecardRow> = [
    {
      key: 'subject',
      title: by === 'agency' ? tt('scorecards.subjectAgency') : tt('scorecards.subjectUnit'),
      render: (_, r) => subject(r),
    },
    {
      title: tt('scorecards.tasks'),
      children: [
        {
          key: 'total',
          title: tt('scorecards.total'),
          align: 'right',
          render: (_, r) => formatNumber(r.tasks.total),
        },
        {
          key: 'onTime',
          title: tt('scorecards.onTime'),
          align: 'right',
          render: (_, r) => fig(r.tasks.onTime, tt('scorecards.onTime')),
        },
        {
          key: 'late',
          title: tt('scorecards.late'),
          align: 'right',
          render: (_, r) => fig(r.tasks.late, tt('scorecards.late')),
        },
        {
          key: 'open',
          title: tt('scorecards.open'),
          align: 'right',
          render: (_, r) => fig(r.tasks.open, tt('scorecards.open')),
        },
        {
          key: 'overdue',
          title: tt('scorecards.overdue'),
          align: 'right',
          render: (_, r) => fig(r.tasks.overdue, tt('scorecards.overdue'), true),
        },
      ],
    },
    {
      title: tt('scorecards.hotspots'),
      children: [
        {
          key: 'eliminated',
          title: tt('scorecards.eliminated'),
          align: 'right',
          render: (_, r) => fig(r.hotspots.eliminated, tt('scorecards.eliminated')),
        },
        {
          key: 'reformed',
          title: tt('scorecards.reformed'),
          align: 'right',
          render: (_, r) => fig(r.hotspots.reformed, tt('scorecards.reformed'), true),
        },
      ],
    },
    {
      title: tt('scorecards.programmes'),
      children: [
        {
          key: 'succeeded',
          title: tt('scorecards.succeeded'),
          align: 'right',
          render: (_, r) => fig(r.programmes.succeeded, tt('scorecards.succeeded')),
        },
        {
          key: 'failed',
          title: tt('scorecards.failed'),
          align: 'right',
          render: (_, r) => fig(r.programmes.failed, tt('scorecards.failed'), true),
        },
        {
          key: 'relapsed',
          title: tt('scorecards.relapsed'),
          align: 'right',
          render: (_, r) => fig(r.programmes.relapsed, tt('scorecards.relapsed'), true),
        },
      ],
    },
  ];

  return (
    <>
      <PageHeader title={taskTitle('scorecards')} />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {tt('scorecards.intro')}
      </Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented
          value={by}
          onChange={(v) => set({ by: v === 'agency' ? 'agency' : undefined })}
          options={[
            { value: 'unit', label: tt('scorecards.byUnit') },
            { value: 'agency', label: tt('scorecards.byAgency') },
          ]}
        />
        <DatePicker.RangePicker
          aria-label={tt('scorecards.period')}
          format={DATE_FORMAT}
          inputReadOnly
          allowClear
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={data ? [dayjs(from ?? data.from), dayjs(to ?? data.to)] : null}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          style={{ maxWidth: '100%' }}
        />
        {data && (
          <Typography.Text type="secondary">
            {tt('scorecards.asOf', { date: formatDate(data.asOf) })}
          </Typography.Text>
        )}
      </Flex>
      {card.isError && <ErrorAlert error={card.error} onRetry={() => void card.refetch()} />}
      {card.isPending ? (
        <Skeleton active />
      ) : !data || data.rows.length === 0 ? (
        <Empty description={tt('scorecards.empty')} />
      ) : phone ? (
        <Flex vertical gap={12} role="list" aria-label={tt('scorecards.label')} data-testid="scorecard">
          {data.rows.map((r) => (
            <Card key={r.subject.id} size="small" role="listitem" data-subject={r.subject.name}>
              <Flex vertical gap={8}>
                {subject(r)}
                <ScoreLines row={r} fig={fig} />
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<ScorecardRow>
          aria-label={tt('scorecards.label')}
          data-testid="scorecard"
          rowKey={(r) => r.subject.id}
          size="small"
          bordered
          columns={columns}
          dataSource={data.rows}
          pagination={false}
          // On a laptop the headers wrap to fit; on a tablet the table scrolls inside itself, never the page.
          scroll={screens.lg ? undefined : { x: 'max-content' }}
          onRow={(r) => ({ 'data-subject': r.subject.name }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
    </>
  );
}

/** A row's figures on a phone card: three short groups of label–figure pairs. */
function ScoreLines({
  row: r,
  fig,
}: {
  row: ScorecardRow;
  fig: (f: Figure, label: string, danger?: boolean) => ReactNode;
}) {
  const { tt } = useTaskText();
  const group = (title: string, items: [string, ReactNode][]) => (
    <div>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <Flex gap="4px 16px" wrap>
        {items.map(([label, value]) => (
          <span key={label}>
            {label}: {value}
          </span>
        ))}
      </Flex>
    </div>
  );
  return (
    <Flex vertical gap={8}>
      {group(tt('scorecards.tasks'), [
        [tt('scorecards.total'), formatNumber(r.tasks.total)],
        [tt('scorecards.onTime'), fig(r.tasks.onTime, tt('scorecards.onTime'))],
        [tt('scorecards.late'), fig(r.tasks.late, tt('scorecards.late'))],
        [tt('scorecards.open'), fig(r.tasks.open, tt('scorecards.open'))],
        [tt('scorecards.overdue'), fig(r.tasks.overdue, tt('scorecards.overdue'), true)],
      ])}
      {group(tt('scorecards.hotspots'), [
        [tt('scorecards.eliminated'), fig(r.hotspots.eliminated, tt('scorecards.eliminated'))],
        [tt('scorecards.reformed'), fig(r.hotspots.reformed, tt('scorecards.reformed'), true)],
      ])}
      {group(tt('scorecards.programmes'), [
        [tt('scorecards.succeeded'), fig(r.programmes.succeeded, tt('scorecards.succeeded'))],
        [tt('scorecards.failed'), fig(r.programmes.failed, tt('scorecards.failed'), true)],
        [tt('scorecards.relapsed'), fig(r.programmes.relapsed, tt('scorecards.relapsed'), true)],
      ])}
    </Flex>
  );
}
