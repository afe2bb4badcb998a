import {
  type CommuneClassification,
  type CommuneClassName,
  type classificationSortKeys,
  communeClasses,
} from '@pcmt/contracts';
import { App, Button, DatePicker, Flex, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatDateTime, todayIso } from '../../i18n/format.ts';
import { FilterBar } from '../../kit/list/filter-bar.tsx';
import { type ListColumn, ListView } from '../../kit/list/list-view.tsx';
import { useListState } from '../../kit/list/use-list-state.ts';
import { usePermission } from '../../kit/permissions.ts';
import { ClassTag } from './class-colors.tsx';
import { inLanguage } from './feature-text.ts';
import { useAreaText } from './i18n.ts';
import { useClassifications, useRunClassification } from './key-areas-api.ts';
import { areaTitle } from './nav.ts';
import { communeSearch, useCommuneOptions } from './on-date.tsx';

const FILTERS = ['unitId', 'communeClass', 'from', 'to'] as const;
type Sort = (typeof classificationSortKeys)[number];
const sort = (key: Sort) => key;

/** `/key-areas/classifications`: every classification run (immutable), and running one for a date. */
export default function ClassificationsPage() {
  const { at, language } = useAreaText();
  const list = useListState(FILTERS);
  const runs = useClassifications(list.apiParams);
  const canRun = usePermission('key_area.classify');
  const communes = useCommuneOptions(todayIso());
  const [running, setRunning] = useState(false);
  const { filters } = list.state;
  const classes = (filters.communeClass?.split(',') ?? []) as CommuneClassName[];

  const columns: ListColumn<CommuneClassification>[] = [
    {
      key: 'unit',
      title: at('field.commune'),
      cardTitle: true,
      render: (_, c) => (
        <Flex vertical style={{ minWidth: 130 }}>
          <Link to={`/communes/${c.unit.id}?on=${c.asOf}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {c.unit.name}
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
      key: 'communeClass',
      title: at('field.communeClass'),
      sortKey: sort('communeClass'),
      render: (_, c) => <ClassTag value={c.communeClass} />,
    },
    {
      key: 'asOf',
      title: at('classifications.asOf'),
      sortKey: sort('asOf'),
      render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.asOf)}</span>,
    },
    {
      key: 'ruleSet',
      title: at('classifications.ruleSet'),
      render: (_, c) => (
        <span style={{ overflowWrap: 'anywhere' }}>
          {c.ruleSet.document ?? (c.ruleSet.title ? inLanguage(c.ruleSet.title, language) : c.ruleSet.id)},{' '}
          {at('commune.version', { version: c.ruleSet.version })}
        </span>
      ),
    },
    {
      key: 'runAt',
      title: at('commune.runAt'),
      sortKey: sort('runAt'),
      render: (_, c) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.runAt, { seconds: false })}</span>
          {c.runBy && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {c.runBy}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={areaTitle('classifications')}
        extra={
          canRun && (
            <Button type="primary" onClick={() => setRunning(true)}>
              {at('classifications.run')}
            </Button>
          )
        }
      />
      <FilterBar list={list} searchLabel={at('classifications.search')}>
        <Select
          allowClear
          showSearch={communeSearch}
          aria-label={at('field.commune')}
          placeholder={at('common.allCommunes')}
          value={filters.unitId}
          onChange={(v) => list.update({ filters: { unitId: v } })}
          options={communes.options}
          loading={communes.loading}
        />
        <Select<CommuneClassName[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          aria-label={at('field.communeClass')}
          placeholder={at('list.allClasses')}
          value={classes}
          onChange={(v) => list.update({ filters: { communeClass: v.length ? v.join(',') : undefined } })}
          options={communeClasses.map((c) => ({ value: c, label: at(`communeClass.${c}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={at('classifications.classPeriod')}
          placeholder={[at('common.from'), at('common.to')]}
          format={DATE_FORMAT}
          inputReadOnly
          classNames={{ popup: { root: 'pcmt-range-popup' } }}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          onChange={(range) =>
            list.update({
              filters: { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') },
            })
          }
        />
      </FilterBar>
      <ListView<CommuneClassification, (typeof FILTERS)[number]>
        list={list}
        query={runs}
        columns={columns}
        rowKey="id"
        label={at('classifications.label')}
        emptyText={at('classifications.empty')}
        actions={(c) => (
          <Link to={`/communes/${c.unit.id}?on=${c.asOf}`}>
            <Button size="small">{at('classifications.why')}</Button>
          </Link>
        )}
      />
      {running && <RunModal onClose={() => setRunning(false)} />}
    </>
  );
}

/** Runs the classification of a date for one commune, or for every commune of the jurisdiction. */
function RunModal({ onClose }: { onClose: () => void }) {
  const { at } = useAreaText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on: Dayjs; unitId?: string }>();
  const on = Form.useWatch('on', form) as Dayjs | undefined;
  const communes = useCommuneOptions(on?.format('YYYY-MM-DD') ?? todayIso());
  const run = useRunClassification();
  return (
    <Modal
      open
      title={at('classifications.runTitle')}
      onCancel={onClose}
      okText={at('classifications.run')}
      cancelText={at('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={run.isPending}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto' } }}
    >
      <Typography.Paragraph type="secondary">{at('classifications.runHint')}</Typography.Paragraph>
      {run.isError && <ErrorAlert error={run.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()) }}
        onFinish={(v) =>
          run.mutate(
            { on: v.on.format('YYYY-MM-DD'), unitId: v.unitId || undefined },
            {
              onSuccess: (rows) => {
                void message.success(at('classifications.done', { count: rows.length }));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item
          name="on"
          label={at('common.on')}
          rules={[{ required: true, message: at('common.requiredSelect') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            allowClear={false}
            inputReadOnly
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            onChange={() => form.setFieldValue('unitId', undefined)}
          />
        </Form.Item>
        <Form.Item name="unitId" label={at('field.commune')}>
          <Select
            allowClear
            showSearch={communeSearch}
            placeholder={at('classifications.runAll')}
            options={communes.options}
            loading={communes.loading}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
