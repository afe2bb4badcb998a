import type { Unit, UnitLink, UnitType } from '@pcmt/contracts';
import { Card, Col, Empty, Flex, Input, Row, Skeleton, Tag, Tree, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { UnitDatePicker } from './unit-date-picker.tsx';
import { UnitDetailPanel } from './unit-detail-panel.tsx';
import { UnitTitle, useUnitTypeLabel } from './unit-label.tsx';
import { allIds, buildUnitForest, filterForest, type UnitNode } from './unit-tree.ts';
import { type LinkDirection, useUnits } from './units-api.ts';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}
const toTreeData = (forest: readonly UnitNode[]): TreeItem[] =>
  forest.map((n) => ({
    key: n.unit.id,
    title: <UnitTitle unit={n.unit} />,
    children: toTreeData(n.children),
  }));

interface Props {
  at: string;
  unitId: string | null;
  onChange: (next: { at?: string; unitId?: string | null }) => void;
}

/** The unit tree as it stood on one date, with the history of the selected unit. */
export function UnitBrowser({ at, unitId, onChange }: Props) {
  const { t } = useTranslation();
  const typeLabel = useUnitTypeLabel();
  const units = useUnits(at);
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const forest = useMemo(() => buildUnitForest(units.data ?? []), [units.data]);
  const shown = useMemo(() => filterForest(forest, search), [forest, search]);
  const treeData = useMemo(() => toTreeData(shown), [shown]);
  const byId = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const byType = useMemo(() => {
    const counts = new Map<UnitType, number>();
    for (const u of units.data ?? []) counts.set(u.type, (counts.get(u.type) ?? 0) + 1);
    return [...counts];
  }, [units.data]);

  const selected = unitId ? byId.get(unitId) : undefined;
  /** So that a unit opened from a history link is visible, not folded inside its district. */
  const ancestorsOf = (unit: Unit | undefined): string[] => {
    const out: string[] = [];
    let parent = unit?.parentId ? byId.get(unit.parentId) : undefined;
    while (parent && out.length < 8) {
      out.push(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return out;
  };
  // While searching every match is opened; otherwise the user's own expansion, or the top levels.
  const expandedKeys = search
    ? allIds(shown)
    : (expanded ?? [...forest.map((n) => n.unit.id), ...ancestorsOf(selected)]);

  /** Shows a linked unit at the moment of the change: the day before it (predecessor) or the day of it. */
  const openLink = (link: UnitLink, direction: LinkDirection) => {
    const date =
      direction === 'predecessors'
        ? dayjs(link.effectiveDate).subtract(1, 'day').format('YYYY-MM-DD')
        : link.effectiveDate;
    const { validFrom, validTo } = link.unit;
    setExpanded(null);
    setSearch('');
    onChange({
      at: date < validFrom ? validFrom : validTo && date > validTo ? validTo : date,
      unitId: link.unit.id,
    });
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small">
          <Flex vertical gap={12}>
            <Flex gap={12} wrap align="center" justify="space-between">
              <UnitDatePicker
                value={at}
                onChange={(d) => {
                  setExpanded(null);
                  onChange({ at: d });
                }}
              />
              <Input.Search
                allowClear
                aria-label={t('units.search')}
                placeholder={t('units.search')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                style={{ width: 240 }}
              />
            </Flex>
            {units.isSuccess && (
              <Flex gap={8} wrap align="center" aria-live="polite">
                <Typography.Text strong>
                  {t('units.count', { count: units.data.length, formatted: formatNumber(units.data.length) })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('units.validAt', { date: formatDate(at) })}
                </Typography.Text>
                {byType.map(([type, n]) => (
                  <Tag key={type}>
                    {typeLabel(type)}: {formatNumber(n)}
                  </Tag>
                ))}
              </Flex>
            )}
            {units.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
            {units.isError && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
            {units.isSuccess && treeData.length === 0 && (
              <Empty
                description={search ? t('units.noMatch') : t('units.noneAtDate', { date: formatDate(at) })}
              />
            )}
            {units.isSuccess && treeData.length > 0 && (
              <Tree
                showLine
                blockNode
                aria-label={t('units.treeLabel')}
                treeData={treeData}
                expandedKeys={expandedKeys}
                onExpand={(keys) => {
                  if (!search) setExpanded(keys.map(String));
                }}
                selectedKeys={unitId ? [unitId] : []}
                onSelect={(keys) => onChange({ unitId: keys[0] === undefined ? null : String(keys[0]) })}
              />
            )}
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <div style={{ position: 'sticky', top: 16 }}>
          {selected ? (
            <UnitDetailPanel
              unit={selected}
              parent={selected.parentId ? byId.get(selected.parentId) : undefined}
              onOpen={openLink}
            />
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.selectHint')} />
            </Card>
          )}
        </div>
      </Col>
    </Row>
  );
}
