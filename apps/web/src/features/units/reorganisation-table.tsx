import type { Unit } from '@pcmt/contracts';
import { useQueries } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Flex,
  Grid,
  Input,
  List,
  Progress,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { fold, formatDate, formatNumber } from '../../i18n/format.ts';
import { UnitTitle, useMergeTypeLabel } from './unit-label.tsx';
import { fetchUnitLinks, linksKey, useUnits } from './units-api.ts';

/** The 2025 arrangement took effect on 01/07/2025 (NQ 1677/NQ-UBTVQH15); the day before is the old tree. */
const AFTER = '2025-07-01';
const BEFORE = '2025-06-30';

interface Row {
  key: string;
  oldUnit: Unit;
  oldDistrict: string;
  newUnit: Unit;
  mergeType: string;
  legalBasis: string;
  effectiveDate: string;
}

const compareVi = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Old commune → new commune, built from the predecessors of each unit of the new structure. */
export function ReorganisationTable() {
  const { t } = useTranslation();
  const mergeLabel = useMergeTypeLabel();
  // On a laptop the columns share the width and wrap; narrower, the table scrolls inside itself.
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const phone = screens.sm === false;
  // On a phone the district filter is a select above the cards (a table header filter would be off-screen).
  const [district, setDistrict] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const after = useUnits(AFTER);
  const before = useUnits(BEFORE);

  const communes = useMemo(() => (after.data ?? []).filter((u) => u.parentId !== null), [after.data]);
  const links = useQueries({
    queries: communes.map((c) => ({
      queryKey: linksKey(c.id, 'predecessors'),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchUnitLinks(c.id, 'predecessors', signal),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const done = links.filter((q) => q.isSuccess).length;
  const failed = links.filter((q) => q.isError);

  const rows = useMemo(() => {
    const oldById = new Map((before.data ?? []).map((u) => [u.id, u]));
    return communes.flatMap((c, i) =>
      (links[i]?.data ?? []).map(
        (l): Row => ({
          key: `${l.unit.id}>${c.id}`,
          oldUnit: l.unit,
          oldDistrict: (l.unit.parentId && oldById.get(l.unit.parentId)?.name) || '',
          newUnit: c,
          mergeType: l.mergeType,
          legalBasis: l.legalBasis,
          effectiveDate: l.effectiveDate,
        }),
      ),
    );
  }, [communes, links, before.data]);

  const visible = useMemo(() => {
    const needle = fold(search);
    if (!needle) return rows;
    return rows.filter((r) =>
      [r.oldUnit.name, r.oldUnit.code, r.newUnit.name, r.newUnit.code, r.oldDistrict].some((s) =>
        fold(s).includes(needle),
      ),
    );
  }, [rows, search]);

  const districts = useMemo(
    () => [...new Set(rows.map((r) => r.oldDistrict).filter(Boolean))].sort(compareVi),
    [rows],
  );

  const columns: TableColumnsType<Row> = [
    {
      title: t('reorg.oldUnit'),
      key: 'old',
      render: (_, r) => <UnitTitle unit={r.oldUnit} showType={false} />,
      sorter: (a, b) => compareVi(a.oldUnit.name, b.oldUnit.name),
    },
    {
      title: t('reorg.oldDistrict'),
      dataIndex: 'oldDistrict',
      filters: districts.map((d) => ({ text: d, value: d })),
      onFilter: (value, r) => r.oldDistrict === value,
      sorter: (a, b) => compareVi(a.oldDistrict, b.oldDistrict),
    },
    {
      title: t('reorg.newUnit'),
      key: 'new',
      render: (_, r) => <UnitTitle unit={r.newUnit} showType={false} />,
      sorter: (a, b) =>
        compareVi(a.newUnit.name, b.newUnit.name) || compareVi(a.oldUnit.name, b.oldUnit.name),
      defaultSortOrder: 'ascend',
    },
    { title: t('reorg.mergeType'), dataIndex: 'mergeType', render: (m: string) => mergeLabel(m), width: 140 },
    { title: t('units.legalBasis'), dataIndex: 'legalBasis' },
    {
      title: t('reorg.effectiveDate'),
      dataIndex: 'effectiveDate',
      render: (d: string) => formatDate(d),
      width: 130,
    },
  ];

  if (after.isError) return <ErrorAlert error={after.error} onRetry={() => void after.refetch()} />;
  const loading = after.isPending || done + failed.length < communes.length;

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('reorg.intro', { date: formatDate(AFTER) })}
      </Typography.Paragraph>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Typography.Text strong aria-live="polite">
          {loading
            ? t('reorg.loading', { done: formatNumber(done), total: formatNumber(communes.length) })
            : t('reorg.summary', {
                old: formatNumber(new Set(rows.map((r) => r.oldUnit.id)).size),
                new: formatNumber(new Set(rows.map((r) => r.newUnit.id)).size),
              })}
        </Typography.Text>
        <Input.Search
          allowClear
          aria-label={t('reorg.search')}
          placeholder={t('reorg.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {loading && communes.length > 0 && (
        <Progress percent={Math.round(((done + failed.length) / communes.length) * 100)} size="small" />
      )}
      {failed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('reorg.partial', { count: failed.length })}
          action={
            <Button size="small" onClick={() => failed.forEach((q) => void q.refetch())}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {phone ? (
        <>
          <Select
            allowClear
            aria-label={t('reorg.oldDistrict')}
            placeholder={t('reorg.allDistricts')}
            value={district}
            onChange={setDistrict}
            options={districts.map((d) => ({ value: d, label: d }))}
          />
          <List<Row>
            dataSource={district ? visible.filter((r) => r.oldDistrict === district) : visible}
            loading={loading && rows.length === 0}
            locale={{ emptyText: loading ? t('common.loading') : t('reorg.empty') }}
            pagination={{ pageSize: 20, simple: { readOnly: true }, align: 'center' }}
            renderItem={(r) => (
              <List.Item key={r.key} style={{ display: 'block' }}>
                <div>
                  <UnitTitle unit={r.oldUnit} showType={false} />
                  {r.oldDistrict && <Typography.Text type="secondary"> · {r.oldDistrict}</Typography.Text>}
                </div>
                <div>
                  → <UnitTitle unit={r.newUnit} showType={false} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {mergeLabel(r.mergeType)} ·{' '}
                  {t('units.effectiveFrom', { date: formatDate(r.effectiveDate) })}
                </Typography.Text>
                <div style={{ fontSize: 13, overflowWrap: 'anywhere' }}>{r.legalBasis}</div>
              </List.Item>
            )}
          />
        </>
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={visible}
          loading={loading && rows.length === 0}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [25, 50, 100, 200] }}
          locale={{ emptyText: loading ? t('common.loading') : t('reorg.empty') }}
          scroll={wide ? undefined : { x: 'max-content' }}
        />
      )}
    </Flex>
  );
}
