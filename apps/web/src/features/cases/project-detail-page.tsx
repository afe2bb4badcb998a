import { type ProjectStatus, projectContract, projectTransition, type SpecialProject } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';

import { useProject, useTransitionProject } from './cases-api.ts';
import { History } from './history.tsx';
import { useCaseText } from './i18n.ts';
import { RecordState } from './record-state.tsx';
import { CaseStatusTag, ProjectStatusTag, SeverityTag } from './tags.tsx';

type CaseRow = SpecialProject['cases'][number];

function ProjectRecord({ p }: { p: SpecialProject }) {
  const { ct } = useCaseText();
  const navigate = useNavigate();
  const canWrite = usePermission('project.write');
  const canMove = usePermission('project.transition');
  // Rings live under the person register's permissions.
  const canSeeRings = usePermission('person.read');
  const move = useTransitionProject(p.id);
  const [moving, setMoving] = useState(false);

  const caseColumns: ListColumn<CaseRow>[] = [
    {
      key: 'number',
      title: ct('field.number'),
      cardTitle: true,
      render: (_, c) => <Link to={`/cases/${c.id}`}>{c.number}</Link>,
    },
    { key: 'openedOn', title: ct('field.openedOn'), render: (_, c) => formatDate(c.openedOn) },
    { key: 'severity', title: ct('field.severity'), render: (_, c) => <SeverityTag severity={c.severity} /> },
    { key: 'status', title: ct('field.status'), render: (_, c) => <CaseStatusTag status={c.status} /> },
  ];
  const ring = p.ring ? (
    canSeeRings ? (
      <Link to={`/rings/${p.ring.id}`}>{p.ring.name}</Link>
    ) : (
      p.ring.name
    )
  ) : p.ringId ? (
    ct('project.ringHidden')
  ) : (
    ct('project.noRing')
  );

  return (
    <>
      <DetailPage
        title={p.name}
        status={
          <>
            <ProjectStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canMove && (
              <Button onClick={() => setMoving(true)} disabled={p.allowedTransitions.length === 0}>
                {ct('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/projects/${p.id}/edit`)}>{ct('common.edit')}</Button>
            )}
          </>
        }
        timelineTitle={ct('common.timeline')}
        timeline={
          <History
            path="/projects"
            id={p.id}
            value={(field, v) => {
              if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
                return ct(`projectStatus.${v as ProjectStatus}`);
              if (field === 'unitId' && v === p.unit.id) return p.unit.name;
              if (field === 'ringId' && p.ring && v === p.ring.id) return p.ring.name;
              return undefined;
            }}
            shownField={(f) => f in projectContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={ct('project.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'period',
                label: ct('common.period'),
                children: `${formatDate(p.periodFrom)} – ${p.periodTo ? formatDate(p.periodTo) : ct('project.ongoing')}`,
              },
              {
                key: 'status',
                label: ct('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <ProjectStatusTag status={p.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {ct('field.statusSince')} {formatDate(p.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              {
                key: 'decision',
                label: ct('project.decisionNumber'),
                children: p.decisionNumber ?? ct('common.none'),
              },
              { key: 'unit', label: ct('project.unit'), children: p.unit.name },
              { key: 'ring', label: ct('project.ring'), children: ring },
              { key: 'agency', label: ct('common.agency'), children: p.agency.name },
              ...(p.summary ? [{ key: 'summary', label: ct('project.summary'), children: p.summary }] : []),
            ]}
          />
        </Card>
        <Card size="small" title={ct('project.cases')}>
          <RecordTable<CaseRow>
            rows={p.cases}
            columns={caseColumns}
            rowKey="id"
            loading={false}
            emptyText={ct('project.noCases')}
            label={ct('project.cases')}
          />
        </Card>
      </DetailPage>
      {moving && (
        <TransitionDialog
          title={ct('transition.title')}
          current={<ProjectStatusTag status={p.status} />}
          allowed={p.allowedTransitions}
          version={p.version}
          statusLabel={(s) => ct(`projectStatus.${s}`)}
          reasonSchema={projectTransition.shape.reason}
          mutation={move}
          onClose={() => setMoving(false)}
        />
      )}
    </>
  );
}

/** `/projects/:id`: a chuyên án, its ring, its cases and its history. */
export default function ProjectDetailPage() {
  const { id = '' } = useParams();
  const record = useProject(id);
  return (
    <RecordState query={record} back="/projects">
      {(p) => <ProjectRecord p={p} />}
    </RecordState>
  );
}
