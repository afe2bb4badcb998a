import {
  type CaseStatus,
  type CriminalCase,
  caseContract,
  caseTransition,
  type DrugArticle,
  type SeizureRecord,
  type SeverityClass,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, List, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { CitedDocuments } from '../../kit/cited-documents/cited-documents.tsx';
import { DetailPage } from '../../kit/detail-page.tsx';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';

import { useCase, useTransitionCase } from './cases-api.ts';
import { articleInfo } from './charges.ts';
import { History } from './history.tsx';
import { useCaseText } from './i18n.ts';
import { RecordState } from './record-state.tsx';
import { SeizureModal } from './seizure-modal.tsx';
import { CaseStatusTag, formatQuantity, SeverityTag } from './tags.tsx';

/** The totals per drug type and unit family as the server computed them: one line each, never added up. */
function SeizureTotals({ c }: { c: CriminalCase }) {
  const { ct } = useCaseText();
  if (c.seizureTotals.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="seizure-totals">
      <Typography.Text strong>{ct('detail.totals')}</Typography.Text>
      <List
        size="small"
        bordered
        dataSource={c.seizureTotals}
        renderItem={(t) => (
          <List.Item data-drug={t.drugType} data-family={t.family}>
            <Flex justify="space-between" gap={12} wrap style={{ width: '100%' }}>
              <span>{ct(`drug.${t.drugType}`)}</span>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {formatQuantity(t.quantity, t.unit)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {ct('detail.totalsHint')}
      </Typography.Text>
    </Flex>
  );
}

function CaseRecord({ c }: { c: CriminalCase }) {
  const { ct, language } = useCaseText();
  const navigate = useNavigate();
  const canWrite = usePermission('case.write');
  const canMove = usePermission('case.transition');
  const canSeePersons = usePermission('person.read');
  const canSeeProjects = usePermission('project.read');
  const move = useTransitionCase(c.id);
  const [moving, setMoving] = useState(false);
  const [seizing, setSeizing] = useState(false);
  const none = ct('common.none');

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return ct(`status.${v as CaseStatus}`);
    if (field === 'severity' && typeof v === 'string') return ct(`severity.${v as SeverityClass}`);
    if (field === 'unitId' && v === c.unit.id) return c.unit.name;
    if (field === 'projectId') return c.project && v === c.project.id ? c.project.name : undefined;
    if (field === 'charges' && Array.isArray(v))
      return (v as { article: DrugArticle; clause: number }[])
        .map((x) => ct('detail.chargeLine', { article: x.article, clause: x.clause }))
        .join('; ');
    if (field === 'suspects' && Array.isArray(v))
      return (v as { name: string }[]).map((s) => s.name).join('; ');
    return undefined;
  };

  const seizureColumns: ListColumn<SeizureRecord>[] = [
    {
      key: 'drugType',
      title: ct('field.drugType'),
      cardTitle: true,
      render: (_, s) => ct(`drug.${s.drugType}`),
    },
    {
      key: 'quantity',
      title: ct('field.quantity'),
      render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{formatQuantity(s.quantity, s.measure)}</span>,
    },
    { key: 'on', title: ct('field.on'), render: (_, s) => formatDate(s.on) },
    { key: 'note', title: ct('field.note'), render: (_, s) => s.note ?? '—' },
  ];
  type SuspectRow = CriminalCase['suspects'][number] & { key: string };
  const suspectColumns: ListColumn<SuspectRow>[] = [
    {
      key: 'name',
      title: ct('field.suspectName'),
      cardTitle: true,
      render: (_, s) =>
        s.personId && canSeePersons ? <Link to={`/persons/${s.personId}`}>{s.name}</Link> : s.name,
    },
    {
      key: 'birthYear',
      title: ct('field.birthYear'),
      render: (_, s) => (s.birthYear ? String(s.birthYear) : '—'),
    },
    {
      key: 'arrest',
      title: ct('field.arrestedOn'),
      render: (_, s) =>
        s.arrestedOn ? (
          <span>
            {formatDate(s.arrestedOn)}
            {s.arrestKind ? ` · ${ct(`arrest.${s.arrestKind}`)}` : ''}
          </span>
        ) : (
          <Typography.Text type="secondary">{ct('detail.notArrested')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <DetailPage
        title={`${ct('field.number')} ${c.number}`}
        status={
          <>
            <CaseStatusTag status={c.status} />
            <SeverityTag severity={c.severity} />
            {c.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canWrite && (
              <Button type="primary" onClick={() => setSeizing(true)}>
                {ct('detail.addSeizure')}
              </Button>
            )}
            {canMove && (
              <Button onClick={() => setMoving(true)} disabled={c.allowedTransitions.length === 0}>
                {ct('detail.transition')}
              </Button>
            )}
            {canWrite && <Button onClick={() => navigate(`/cases/${c.id}/edit`)}>{ct('common.edit')}</Button>}
          </>
        }
        timelineTitle={ct('common.timeline')}
        timeline={
          <History
            path="/cases"
            id={c.id}
            value={timelineValue}
            shownField={(f) => f in caseContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={ct('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'openedOn', label: ct('field.openedOn'), children: formatDate(c.openedOn) },
              { key: 'unit', label: ct('field.unit'), children: c.unit.name },
              {
                key: 'status',
                label: ct('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <CaseStatusTag status={c.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {ct('field.statusSince')} {formatDate(c.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              {
                key: 'project',
                label: ct('field.project'),
                children: c.project ? (
                  canSeeProjects ? (
                    <Link to={`/projects/${c.project.id}`}>{c.project.name}</Link>
                  ) : (
                    c.project.name
                  )
                ) : (
                  none
                ),
              },
              { key: 'arrests', label: ct('field.arrests'), children: formatNumber(c.arrests) },
              { key: 'agency', label: ct('common.agency'), children: c.agency.name },
              { key: 'summary', label: ct('field.summary'), children: c.summary, span: 'filled' },
            ]}
          />
        </Card>
        <Card size="small" title={ct('detail.charges')} data-testid="case-charges">
          <Flex vertical gap={8}>
            {c.charges.map((x) => (
              <Flex key={`${x.article}-${x.clause}`} gap={8} wrap align="center" justify="space-between">
                <span>
                  <Typography.Text strong>
                    {ct('detail.chargeLine', { article: x.article, clause: x.clause })}
                  </Typography.Text>
                  {' – '}
                  {articleInfo[x.article][language]}
                </span>
                <SeverityTag severity={x.severity} />
              </Flex>
            ))}
            <Flex gap={8} wrap align="center" data-testid="case-severity">
              <Typography.Text type="secondary">{ct('detail.severityHint')}:</Typography.Text>
              {c.severity ? <SeverityTag severity={c.severity} /> : none}
            </Flex>
          </Flex>
        </Card>
        <Card size="small" title={ct('detail.suspects')}>
          <RecordTable<SuspectRow>
            rows={c.suspects.map((s, i) => ({ ...s, key: `${i}` }))}
            columns={suspectColumns}
            rowKey="key"
            loading={false}
            emptyText={ct('detail.noSuspects')}
            label={ct('detail.suspects')}
          />
        </Card>
        <Card size="small" title={ct('detail.seizures')} data-testid="case-seizures">
          <Flex vertical gap={12}>
            <SeizureTotals c={c} />
            <RecordTable<SeizureRecord>
              rows={c.seizures}
              columns={seizureColumns}
              rowKey="id"
              loading={false}
              emptyText={ct('detail.noSeizures')}
              label={ct('detail.seizures')}
            />
          </Flex>
        </Card>
        <CitedDocuments recordType="case" recordId={c.id} />
      </DetailPage>
      {moving && (
        <TransitionDialog
          title={ct('transition.title')}
          current={<CaseStatusTag status={c.status} />}
          allowed={c.allowedTransitions}
          version={c.version}
          statusLabel={(s) => ct(`status.${s}`)}
          reasonSchema={caseTransition.shape.reason}
          mutation={move}
          onClose={() => setMoving(false)}
        />
      )}
      {seizing && <SeizureModal record={c} onClose={() => setSeizing(false)} />}
    </>
  );
}

/** `/cases/:id`: the case, its charges and class, suspects, seizures with unit-safe totals, and its history. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const record = useCase(id);
  return (
    <RecordState query={record} back="/cases">
      {(c) => <CaseRecord c={c} />}
    </RecordState>
  );
}
