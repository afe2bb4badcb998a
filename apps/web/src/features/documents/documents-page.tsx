import { FilterOutlined } from '@ant-design/icons';
import {
  type Document,
  type DocumentKind,
  type DocumentStatus,
  documentKinds,
  type documentSortKeys,
  documentStatuses,
} from '@pcmt/contracts';
import { Button, Flex, Grid, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { formatDate } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { useDocuments } from './documents-api.ts';
import { useDocumentText } from './i18n.ts';
import { DocumentStatusTag } from './status-tag.tsx';

const FILTERS = ['kind', 'status', 'issuer', 'year'] as const;
type Sort = (typeof documentSortKeys)[number];
const sort = (key: Sort) => key;
const many = <T extends string>(v: string | undefined) => (v?.split(',') ?? []) as T[];
const joined = (v: readonly string[]) => (v.length ? v.join(',') : undefined);

/**
 * `/documents`: the register of directives, plans, laws and decisions — kind, status, issuer and year in the
 * URL, number/issuer/summary searched without diacritics; cards on phones, a table on wider screens. The
 * filtered list's total is the report figure (documents in force by kind and year).
 */
export default function DocumentsPage() {
  const { dt } = useDocumentText();
  const list = useListState(FILTERS);
  const documents = useDocuments(list.apiParams);
  const canWrite = usePermission('document.write');
  const { filters } = list.state;
  const phone = Grid.useBreakpoint().sm === false;
  const [showFilters, setShowFilters] = useState(false);
  const active = Object.keys(filters).length;

  const columns: ListColumn<Document>[] = [
    {
      key: 'number',
      title: dt('field.number'),
      sortKey: sort('number'),
      cardTitle: true,
      render: (_, d) => (
        <Flex vertical style={{ minWidth: 140 }}>
          <Link to={`/documents/${d.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {dt(`kind.${d.kind}`)} {d.number}
            </Typography.Text>
          </Link>
          {d.isDemo && (
            <span>
              <DemoTag />
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'summary',
      title: dt('field.summary'),
      render: (_, d) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2 }}
          style={{ marginBottom: 0, minWidth: 200, whiteSpace: 'normal' }}
        >
          {d.summary}
        </Typography.Paragraph>
      ),
    },
    { key: 'issuer', title: dt('field.issuer'), sortKey: sort('issuer'), render: (_, d) => d.issuer },
    {
      key: 'issuedOn',
      title: dt('field.issuedOn'),
      sortKey: sort('issuedOn'),
      render: (_, d) =>
        d.issuedOn ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d.issuedOn)}</span>
        ) : (
          <Typography.Text type="secondary">{dt('list.undated')}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: dt('field.status'),
      render: (_, d) => (
        <div style={{ minWidth: 110 }}>
          <DocumentStatusTag status={d.status} />
        </div>
      ),
    },
  ];

  const controls = (
    <>
      <Select<DocumentKind[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={dt('field.kind')}
        placeholder={dt('list.allKinds')}
        value={many<DocumentKind>(filters.kind)}
        onChange={(v) => list.update({ filters: { kind: joined(v) } })}
        options={documentKinds.map((k) => ({ value: k, label: dt(`kind.${k}`) }))}
      />
      <Select<DocumentStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={dt('field.status')}
        placeholder={dt('list.allStatuses')}
        value={many<DocumentStatus>(filters.status)}
        onChange={(v) => list.update({ filters: { status: joined(v) } })}
        options={documentStatuses.map((s) => ({ value: s, label: dt(`status.${s}`) }))}
      />
      <Input
        allowClear
        aria-label={dt('list.issuer')}
        placeholder={dt('list.issuer')}
        defaultValue={filters.issuer}
        onChange={(e) => list.update({ filters: { issuer: e.target.value.trim() || undefined } })}
      />
      <InputNumber<number>
        aria-label={dt('list.year')}
        placeholder={dt('list.year')}
        min={1945}
        max={2100}
        controls={false}
        value={filters.year ? Number(filters.year) : null}
        onChange={(v) => list.update({ filters: { year: v && v >= 1945 ? String(v) : undefined } })}
        style={{ width: '100%' }}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={dt('list.heading')}
        extra={
          canWrite && (
            <Link to="/documents/new">
              <Button type="primary">{dt('list.create')}</Button>
            </Link>
          )
        }
      />
      {phone ? (
        <>
          <FilterBar list={list} searchLabel={dt('list.search')} />
          <Button
            icon={<FilterOutlined aria-hidden />}
            aria-expanded={showFilters}
            onClick={() => setShowFilters(!showFilters)}
            style={{ marginBottom: 12 }}
          >
            {active > 0 ? `${dt('list.filters')} (${active})` : dt('list.filters')}
          </Button>
          {showFilters && (
            <Flex
              vertical
              gap={12}
              className="pcmt-filter-bar"
              style={{ marginBottom: 16 }}
              aria-label={dt('list.filters')}
            >
              {controls}
            </Flex>
          )}
        </>
      ) : (
        <FilterBar list={list} searchLabel={dt('list.search')}>
          {controls}
        </FilterBar>
      )}
      <ListView<Document, (typeof FILTERS)[number]>
        list={list}
        query={documents}
        columns={columns}
        rowKey="id"
        label={dt('list.label')}
        emptyText={dt('list.empty')}
        actions={(d) => (
          <Link to={`/documents/${d.id}`}>
            <Button size="small">{dt('list.open')}</Button>
          </Link>
        )}
      />
    </>
  );
}
