import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import type { ClassificationInputs, CommuneOverview, ProgrammeStatus } from '@pcmt/contracts';
import {
  App,
  Button,
  Card,
  Col,
  Collapse,
  Descriptions,
  Flex,
  Result,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { usePermission } from '../../kit/permissions.ts';
import { ProgrammeStatusTag } from '../programmes/status-tag.tsx';
import { type ClassKey, ClassTag, isKeyClass, KeyAreaStatusTag } from './class-colors.tsx';
import { inLanguage } from './feature-text.ts';
import { FigureList } from './figure-list.tsx';
import { inputLabelKey, useAreaText } from './i18n.ts';
import { useCommuneOverview, useRunClassification } from './key-areas-api.ts';
import { OnDatePicker, useOnDate } from './on-date.tsx';

const INPUTS: (keyof ClassificationInputs)[] = [
  'population',
  'personsWithRecords',
  'addicts',
  'drugUseVenueCount',
  'activeSpots',
  'activeGatherings',
  'arrestedOffenders',
  'plantCount',
  'plantAreaM2',
  'onKeyRoute',
];

/**
 * `/communes/:unitId`: the page a commune chairman or the PC04 desk opens first — for a chosen date, the
 * commune's class and why (rule set, criteria with their numbers, the figures used), its designation, its
 * programme, its hotspots and its tasks, each linking to the records behind it.
 */
export default function CommunePage() {
  const { unitId = '' } = useParams();
  const { at } = useAreaText();
  const navigate = useNavigate();
  const [on, setOn] = useOnDate();
  const overview = useCommuneOverview(unitId, on);

  if (overview.isPending) return <Skeleton active />;
  if (overview.isError && !overview.data)
    return isApiError(overview.error) && overview.error.status === 404 ? (
      <Result
        status="404"
        title={at('commune.notFound')}
        extra={<Button onClick={() => navigate('/areas')}>{at('commune.backProvince')}</Button>}
      />
    ) : (
      <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
    );
  const o = overview.data;
  if (!o) return null;

  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" wrap gap={12}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={2} style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {o.unit.name}
            </Typography.Title>
            <ClassTag value={o.classification?.communeClass ?? null} />
            {o.designation?.status === 'designated' && <KeyAreaStatusTag status="designated" />}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {at('commune.validity', {
              from: formatDate(o.unit.validFrom),
              to: o.unit.validTo ? formatDate(o.unit.validTo) : at('commune.validNow'),
            })}
          </Typography.Text>
        </Flex>
        <OnDatePicker value={on} onChange={setOn} />
      </Flex>
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ClassCard overview={o} />
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <DesignationCard overview={o} />
            <ProgrammeCard overview={o} />
            <HotspotsCard overview={o} />
            <TasksCard overview={o} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

function ClassCard({ overview: o }: { overview: CommuneOverview }) {
  const { at, language } = useAreaText();
  const { message } = App.useApp();
  const canClassify = usePermission('key_area.classify');
  const run = useRunClassification();
  const c = o.classification;
  const classify = () =>
    run.mutate(
      { on: o.on, unitId: o.unit.id },
      {
        onSuccess: (rows) => {
          const r = rows[0];
          if (r)
            void message.success(at('commune.classified', { class: at(`communeClass.${r.communeClass}`) }));
        },
      },
    );
  const value = (v: number | boolean | null): ReactNode =>
    v === null ? (
      <Typography.Text type="secondary">{at('common.notRecorded')}</Typography.Text>
    ) : typeof v === 'boolean' ? (
      v ? (
        at('common.yes')
      ) : (
        at('common.no')
      )
    ) : (
      formatNumber(v)
    );

  return (
    <Card
      size="small"
      title={at('commune.classTitle')}
      data-testid="commune-class"
      extra={
        canClassify && (
          <Button size="small" onClick={classify} loading={run.isPending}>
            {at('commune.classifyNow')}
          </Button>
        )
      }
    >
      {run.isError && <ErrorAlert error={run.error} />}
      {!c ? (
        <Typography.Paragraph>{at('commune.notClassified')}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={12}>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{at('commune.explanation')}</Typography.Text>
            <Typography.Paragraph style={{ margin: 0, fontSize: 15 }} data-testid="commune-why">
              {inLanguage(c.explanation, language)}
            </Typography.Paragraph>
          </Flex>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'ruleSet',
                label: at('commune.ruleSet'),
                children: c.ruleSet.title
                  ? ruleSetText(
                      inLanguage(c.ruleSet.title, language),
                      c.ruleSet.document,
                      at('commune.version', { version: c.ruleSet.version }),
                    )
                  : at('commune.ruleSetUnknown', { id: c.ruleSet.id, version: c.ruleSet.version }),
              },
              { key: 'asOf', label: at('commune.asOf'), children: formatDate(c.asOf) },
              {
                key: 'runAt',
                label: at('commune.runAt'),
                children: `${formatDateTime(c.runAt, { seconds: false })}${c.runBy ? ` · ${c.runBy}` : ''}`,
              },
            ]}
          />
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {at('commune.criteria')}
            </Typography.Title>
            <CriteriaGroups classification={c} value={value} />
          </div>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {at('commune.inputs')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {c.indicator
                ? at('commune.indicatorPeriod', {
                    from: formatDate(c.indicator.periodFrom),
                    to: formatDate(c.indicator.periodTo),
                  }) + (c.indicator.sourceNote ? ` · ${c.indicator.sourceNote}` : '')
                : at('commune.noIndicator')}
              {'. '}
              {at('commune.hotspotCounts')}.
            </Typography.Paragraph>
            <FigureList
              items={INPUTS.map((k) => ({ key: k, label: at(inputLabelKey(k)), value: value(c.inputs[k]) }))}
            />
          </div>
        </Flex>
      )}
    </Card>
  );
}

function DesignationCard({ overview: o }: { overview: CommuneOverview }) {
  const { at } = useAreaText();
  const canWrite = usePermission('key_area.write');
  const d = o.designation;
  const c = o.classification;
  return (
    <Card size="small" title={at('commune.designationTitle')} data-testid="commune-designation">
      {d ? (
        <Flex vertical gap={6}>
          <Flex gap={6} wrap align="center">
            <KeyAreaStatusTag status={d.status} />
            <ClassTag value={d.communeClass} />
          </Flex>
          <Typography.Text>
            {at('commune.decision', { number: d.decisionNumber, date: formatDate(d.decisionDate) })}
          </Typography.Text>
          <Link to={`/key-areas/${d.id}`}>{at('commune.openDesignation')}</Link>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text>{at('commune.notDesignated')}</Typography.Text>
          {canWrite && c && isKeyClass(c.communeClass) && (
            <Link to={`/key-areas/new?unitId=${o.unit.id}&classificationId=${c.id}`}>
              <Button type="primary">{at('commune.designate')}</Button>
            </Link>
          )}
        </Flex>
      )}
    </Card>
  );
}

function ProgrammeCard({ overview: o }: { overview: CommuneOverview }) {
  const { at } = useAreaText();
  const canCreate = usePermission('programme.write');
  const p = o.programme;
  return (
    <Card size="small" title={at('commune.programmeTitle')} data-testid="commune-programme">
      {p ? (
        <Flex vertical gap={6}>
          <Flex gap={6} wrap align="center">
            <ProgrammeStatusTag status={p.status as ProgrammeStatus} />
            {p.decisionNumber && <span>{at('commune.programmeDecision', { number: p.decisionNumber })}</span>}
          </Flex>
          {p.periodFrom && p.periodTo && (
            <Typography.Text>
              {at('commune.programmePeriod', { from: formatDate(p.periodFrom), to: formatDate(p.periodTo) })}
            </Typography.Text>
          )}
          <Link to={`/programmes/${p.id}`}>{at('commune.openProgramme')}</Link>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text>{at('commune.noProgramme')}</Typography.Text>
          {canCreate && o.designation?.status === 'designated' && (
            <Link to={`/programmes/new?unitId=${o.unit.id}&keyAreaId=${o.designation.id}`}>
              <Button>{at('commune.createProgramme')}</Button>
            </Link>
          )}
        </Flex>
      )}
    </Card>
  );
}

function HotspotsCard({ overview: o }: { overview: CommuneOverview }) {
  const { at } = useAreaText();
  const canHotspots = usePermission('hotspot.read');
  const h = o.hotspots;
  return (
    <Card size="small" title={at('commune.hotspotsTitle')} data-testid="commune-hotspots">
      <Flex gap={24} wrap>
        <Statistic title={at('commune.live')} value={h.live} formatter={(v) => formatNumber(Number(v))} />
        <Statistic
          title={at('commune.eliminated')}
          value={h.eliminated}
          formatter={(v) => formatNumber(Number(v))}
        />
        <Statistic
          title={at('commune.reformed')}
          value={h.reformed}
          formatter={(v) => formatNumber(Number(v))}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0' }}>
        {at('commune.eliminated')}, {at('commune.reformed').toLowerCase()}{' '}
        {at('commune.since', { date: formatDate(h.since) })}
      </Typography.Paragraph>
      {canHotspots && <Link to={`/hotspots?unitId=${o.unit.id}`}>{at('commune.openHotspots')}</Link>}
    </Card>
  );
}

function TasksCard({ overview: o }: { overview: CommuneOverview }) {
  const { at } = useAreaText();
  const t = o.tasks;
  return (
    <Card size="small" title={at('commune.tasksTitle')} data-testid="commune-tasks">
      {!t ? (
        <Typography.Text>{at('commune.noTasks')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={24} wrap>
            <Statistic
              title={at('commune.openTasks')}
              value={t.open}
              formatter={(v) => formatNumber(Number(v))}
            />
            <Statistic
              title={at('commune.overdueTasks')}
              value={t.overdue}
              formatter={(v) => formatNumber(Number(v))}
              styles={{ content: t.overdue > 0 ? { color: '#cf1322' } : undefined }}
            />
          </Flex>
          <Flex gap={16} wrap>
            <Link to={`/tasks?unitId=${o.unit.id}`}>{at('commune.openTaskList')}</Link>
            {t.overdue > 0 && (
              <Link to={`/tasks?unitId=${o.unit.id}&overdue=true`}>{at('commune.openOverdue')}</Link>
            )}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}

type Classification = NonNullable<CommuneOverview['classification']>;

/**
 * The criteria grouped by the class they decide (loại I, II, III, không ma túy), the commune's own class
 * open first: each with its statement (value against threshold), the figure and what is missing.
 */
function CriteriaGroups({
  classification: c,
  value,
}: {
  classification: Classification;
  value: (v: number | boolean | null) => ReactNode;
}) {
  const { at, language } = useAreaText();
  const levels = [...new Set(c.criteria.map((k) => k.level))];
  const open = levels.includes(c.communeClass) ? c.communeClass : levels[0];
  return (
    <Collapse
      size="small"
      defaultActiveKey={open ? [open] : []}
      items={levels.map((level) => {
        const rows = c.criteria.filter((k) => k.level === level);
        const met = rows.filter((k) => k.met === true).length;
        return {
          key: level,
          label: (
            <Flex gap={8} wrap align="center">
              <ClassTag value={level as ClassKey} />
              <span>{at('commune.metCount', { met, total: rows.length })}</span>
            </Flex>
          ),
          children: (
            <Flex vertical gap={8} role="list">
              {rows.map((k) => (
                <Flex
                  key={k.id}
                  role="listitem"
                  gap={8}
                  align="flex-start"
                  style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
                >
                  <span style={{ fontSize: 18, lineHeight: '22px' }} aria-hidden>
                    {k.met === true ? (
                      <CheckCircleFilled style={{ color: '#cf1322' }} />
                    ) : k.met === false ? (
                      <CloseCircleFilled style={{ color: '#8c8c8c' }} />
                    ) : (
                      <QuestionCircleFilled style={{ color: '#d48806' }} />
                    )}
                  </span>
                  <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Flex gap={6} wrap align="center">
                      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                        {inLanguage(k.label, language)}
                      </Typography.Text>
                      <Tag color={k.met === true ? 'red' : k.met === false ? 'default' : 'gold'}>
                        {k.met === true
                          ? at('commune.met')
                          : k.met === false
                            ? at('commune.notMet')
                            : at('commune.unknown')}
                      </Tag>
                    </Flex>
                    <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                      {inLanguage(k.statement, language)}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {at('commune.value')}: {value(k.value)}
                      {k.missing.length > 0 &&
                        ` · ${at('commune.missing', { fields: k.missing.map((f) => at(inputLabelKey(f))).join(', ') })}`}
                      {k.confidence !== 'confirmed' &&
                        ` · ${at(k.confidence === 'likely' ? 'commune.confidenceLikely' : 'commune.confidenceUnconfirmed')}`}
                    </Typography.Text>
                  </Flex>
                </Flex>
              ))}
            </Flex>
          ),
        };
      })}
    />
  );
}

/** "Title (document), phiên bản n" — the document only when the title does not already name it. */
const ruleSetText = (title: string, document: string | null, version: string) =>
  `${title}${document && !title.includes(document) ? ` (${document})` : ''}, ${version}`;
