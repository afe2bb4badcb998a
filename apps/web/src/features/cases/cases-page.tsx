import {
  type CaseStatus,
  type CriminalCase,
  type caseSortKeys,
  caseStatuses,
  type DrugArticle,
  type DrugType,
  drugArticles,
  drugTypes,
  type SeverityClass,
  severityClasses,
} from '@pcmt/contracts';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate, formatNumber, todayIso } from '../../i18n/format.ts';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useCases } from './cases-api.ts';
import { articleInfo } from './charges.ts';
import { Filters, joined, many, PeriodFilter } from './filter-controls.tsx';
import { useCaseText } from './i18n.ts';
import { CaseStatusTag, SeverityTag } from './tags.tsx';

const FILTERS = ['from', 'to', 'unitId', 'article', 'severity', 'status', 'drugType', 'projectId'] as const;
const sort = (key: (typeof caseSortKeys)[number]) => key;

/**
 * `/cases`: drug cases — period, commune, article, crime class, status and drug type in the URL; cards on
 * phones, a table on wider screens.
 */
export default function CasesPage() {
  const { ct, language } = useCaseText();
  const list = useListState(FILTERS);
  const cases = useCases(list.apiParams);
  const canWrite = usePermission('case.write');
  const canProjects = usePermission('project.read');
  const canCampaigns = usePermission('campaign.read');
  const communes = useCommuneOptions(todayIso());
  const { filters } = list.state;

  const columns: ListColumn<CriminalCase>[] = [
    {
      key: 'number',
      title: ct('field.number'),
      sortKey: sort('number'),
      cardTitle: true,
      render: (_, c) => (
        <Flex vertical style={{ minWidth: 120 }}>
          <Link to={`/cases/${c.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {c.number}
            </Typography.Text>
          </Link>
          {c.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'openedOn',
      title: ct('field.openedOn'),
      sortKey: sort('openedOn'),
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.openedOn)}</span>,
    },
    {
      key: 'charges',
      title: ct('field.charges'),
      render: (_, c) => (
        <span style={{ whiteSpace: 'normal' }}>
          {c.charges.map((x) => ct('detail.chargeLine', { article: x.article, clause: x.clause })).join('; ')}
        </span>
      ),
    },
    {
      key: 'severity',
      title: ct('field.severity'),
      sortKey: sort('severity'),
      render: (_, c) => <SeverityTag severity={c.severity} />,
    },
    {
      key: 'status',
      title: ct('field.status'),
      sortKey: sort('status'),
      render: (_, c) => (
        <div style={{ minWidth: 110 }}>
          <CaseStatusTag status={c.status} />
        </div>
      ),
    },
    { key: 'unit', title: ct('field.unit'), render: (_, c) => c.unit.name },
    {
      key: 'suspects',
      title: ct('field.suspects'),
      render: (_, c) => formatNumber(c.suspects.length),
    },
  ];

  return (
    <>
      <PageHeader
        title={ct('list.heading')}
        extra={
          <Flex gap={8} wrap>
            {canProjects && (
              <Link to="/projects">
                <Button>{ct('list.projects')}</Button>
              </Link>
            )}
            {canCampaigns && (
              <Link to="/campaigns">
                <Button>{ct('list.campaigns')}</Button>
              </Link>
            )}
            {canWrite && (
              <Link to="/cases/new">
                <Button type="primary">{ct('list.create')}</Button>
              </Link>
            )}
          </Flex>
        }
      />
      <Filters list={list} searchLabel={ct('list.search')}>
        <PeriodFilter list={list} />
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={ct('field.unit')}
          placeholder={ct('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <Select<DrugArticle[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ct('field.article')}
          placeholder={ct('list.allArticles')}
          value={many<DrugArticle>(filters.article)}
          onChange={(v) => list.update({ filters: { article: joined(v) } })}
          options={drugArticles.map((a) => ({ value: a, label: `${a} – ${articleInfo[a][language]}` }))}
          popupMatchSelectWidth={false}
        />
        <Select<SeverityClass[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ct('field.severity')}
          placeholder={ct('list.allSeverities')}
          value={many<SeverityClass>(filters.severity)}
          onChange={(v) => list.update({ filters: { severity: joined(v) } })}
          options={severityClasses.map((s) => ({ value: s, label: ct(`severity.${s}`) }))}
        />
        <Select<CaseStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ct('field.status')}
          placeholder={ct('list.allStatuses')}
          value={many<CaseStatus>(filters.status)}
          onChange={(v) => list.update({ filters: { status: joined(v) } })}
          options={caseStatuses.map((s) => ({ value: s, label: ct(`status.${s}`) }))}
        />
        <Select<DrugType[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={ct('field.drugType')}
          placeholder={ct('list.allDrugs')}
          value={many<DrugType>(filters.drugType)}
          onChange={(v) => list.update({ filters: { drugType: joined(v) } })}
          options={drugTypes.map((d) => ({ value: d, label: ct(`drug.${d}`) }))}
          popupMatchSelectWidth={false}
        />
      </Filters>
      <ListView<CriminalCase, (typeof FILTERS)[number]>
        list={list}
        query={cases}
        columns={columns}
        rowKey="id"
        label={ct('list.label')}
        emptyText={ct('list.empty')}
        actions={(c) => (
          <Link to={`/cases/${c.id}`}>
            <Button size="small">{ct('common.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
