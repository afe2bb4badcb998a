import {
  type Determination,
  type DrugTest,
  type Person,
  type PersonStatusEntry,
  personContract,
} from '@pcmt/contracts';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import type { ListColumn } from '../../kit/list/list-view.tsx';
import { RecordTable } from '../../kit/list/record-table.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { AttachmentsCard } from '../key-areas/records/attachments-card.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { AlertsCard } from './alerts-card.tsx';
import { Chronology } from './chronology.tsx';
import { DeterminationModal } from './determination-modal.tsx';
import { usePersonText } from './i18n.ts';
import { MeasureCreateModal } from './measure-create-modal.tsx';
import { MeasuresCard } from './measures-card.tsx';
import { birthText } from './person-format.ts';
import { PendingTransferAlert, PersonLinksCards } from './person-links-card.tsx';
import { usePerson, usePersonDeterminations, usePersonMeasures, usePersonTests } from './persons-api.ts';
import { RevealModal } from './reveal-modal.tsx';
import { DrugStatusTag, PersonStatusTag } from './tags.tsx';
import { TestModal } from './test-modal.tsx';

type Dialog = 'test' | 'determination' | 'measure' | 'reveal' | null;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Ids the history carries for the server's sake: the commune and agency are named in the record, a measure in its card. */
const HIDDEN_FIELDS = new Set([
  'unitId',
  'agencyId',
  'measureId',
  'mergedIntoId',
  'mergedFromId',
  // The links' ids: the ring and the hotspot are named on the profile's cards.
  'ringId',
  'hotspotId',
  'transferId',
  'fromUnitId',
  'toUnitId',
  'fromAgencyId',
  'toAgencyId',
]);

/**
 * `/persons/:id`: the alerts first (what is due today), then identity with the masked CCCD, the measures with
 * their legal dates and moves, tests, determinations, statuses and residence, the chronology by the facts'
 * dates; the audit history in the timeline slot.
 */
export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { pt } = usePersonText();
  const navigate = useNavigate();
  const person = usePerson(id);
  const loaded = person.isSuccess;
  const tests = usePersonTests(id, loaded);
  const determinations = usePersonDeterminations(id, loaded);
  const measures = usePersonMeasures(id, loaded);
  const canWrite = usePermission('person.write');
  const canReveal = usePermission('person.seal.read');
  const [dialog, setDialog] = useState<Dialog>(null);

  if (person.isPending) return <Skeleton active />;
  if (person.isError)
    return isApiError(person.error) && person.error.status === 404 ? (
      <Result
        status="404"
        title={pt('detail.notFound')}
        extra={<Button onClick={() => navigate('/persons')}>{pt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />
    );
  const p = person.data;
  const writable = canWrite && !p.mergedIntoId;
  const yesNo = (v: boolean) => (v ? pt('detail.yes') : pt('detail.no'));

  return (
    <>
      <DetailPage
        title={p.fullName}
        status={
          <>
            <DrugStatusTag status={p.drugStatus} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          writable && (
            <>
              <Button type="primary" onClick={() => setDialog('test')}>
                {pt('detail.recordTest')}
              </Button>
              <Button onClick={() => setDialog('determination')}>{pt('detail.recordDetermination')}</Button>
              <Button onClick={() => setDialog('measure')}>{pt('detail.proposeMeasure')}</Button>
              <Button onClick={() => navigate(`/persons/${p.id}/edit`)}>{pt('detail.edit')}</Button>
            </>
          )
        }
        timelineTitle={pt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/persons"
            id={p.id}
            value={(field, v) => timelineValue(pt, field, v)}
            shownField={(f) => f in personContract.fieldLabels && !HIDDEN_FIELDS.has(f)}
          />
        }
      >
        {p.mergedIntoId && (
          <Alert
            type="info"
            showIcon
            title={pt('detail.merged')}
            action={
              <Link to={`/persons/${p.mergedIntoId}`}>
                <Button size="small">{pt('detail.openMerged')}</Button>
              </Link>
            }
          />
        )}
        <PendingTransferAlert person={p} canWrite={writable} />
        <AlertsCard personId={p.id} />
        <IdentityCard p={p} canReveal={canReveal} onReveal={() => setDialog('reveal')} />
        <MeasuresCard
          personId={p.id}
          measures={measures}
          canWrite={writable}
          extra={
            writable && (
              <Button size="small" onClick={() => setDialog('measure')}>
                {pt('detail.proposeMeasure')}
              </Button>
            )
          }
        />
        <PersonLinksCards person={p} canWrite={writable} />
        <TestsCard rows={tests.data ?? []} loading={tests.isPending} />
        <DeterminationsCard rows={determinations.data ?? []} loading={determinations.isPending} />
        <Card size="small" title={pt('detail.statuses')}>
          <StatusList statuses={p.statuses} />
        </Card>
        <Card size="small" title={pt('detail.residence')}>
          <Flex vertical gap={8}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'unit', label: pt('field.unit'), children: p.unit.name },
                { key: 'address', label: pt('field.residenceAddress'), children: p.residenceAddress ?? '—' },
                {
                  key: 'since',
                  label: pt('field.residenceSince'),
                  children: formatDate(p.residenceSince) || '—',
                },
                { key: 'agency', label: pt('field.agency'), children: p.agency.name },
              ]}
            />
            {p.residences.length > 1 && (
              <>
                <Typography.Text strong>{pt('detail.residenceHistory')}</Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {p.residences.map((r) => (
                    <li key={`${r.unit.id}-${r.fromOn}`}>
                      {pt('detail.period', {
                        from: formatDate(r.fromOn),
                        to: r.toOn ? formatDate(r.toOn) : pt('detail.now'),
                      })}
                      : {r.unit.name}
                      {r.address ? ` — ${r.address}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Flex>
        </Card>
        <Card size="small" title={pt('detail.statistics')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'edu',
                label: pt('field.education'),
                children: p.education ? pt(`education.${p.education}`) : '—',
              },
              {
                key: 'occ',
                label: pt('field.occupation'),
                children: p.occupation ? pt(`occupation.${p.occupation}`) : '—',
              },
              {
                key: 'subs',
                label: pt('field.substances'),
                children: p.substances.map((s) => pt(`substance.${s}`)).join(', ') || '—',
              },
              {
                key: 'first',
                label: pt('field.firstUseYear'),
                children:
                  [p.firstUseYear, p.firstSubstance && pt(`substance.${p.firstSubstance}`)]
                    .filter(Boolean)
                    .join(' · ') || '—',
              },
              { key: 'mf', label: pt('field.managementFile'), children: yesNo(p.managementFile) },
              { key: 'cr', label: pt('field.criminalRecord'), children: yesNo(p.criminalRecord) },
              { key: 'ar', label: pt('field.administrativeRecord'), children: yesNo(p.administrativeRecord) },
              {
                key: 'mob',
                label: pt('field.mobility'),
                children: p.mobility ? pt(`status.${p.mobility}`) : '—',
              },
            ]}
          />
        </Card>
        <Card size="small" title={pt('detail.chronology')}>
          <Chronology
            person={p}
            tests={tests.data ?? []}
            determinations={determinations.data ?? []}
            measures={measures.data ?? []}
          />
        </Card>
        <AttachmentsCard
          record={{ path: '/persons', recordType: 'person', id: p.id }}
          canAdd={writable}
          title={pt('detail.files')}
        />
      </DetailPage>
      {dialog === 'test' && <TestModal personId={p.id} onClose={() => setDialog(null)} />}
      {dialog === 'determination' && <DeterminationModal personId={p.id} onClose={() => setDialog(null)} />}
      {dialog === 'measure' && (
        <MeasureCreateModal
          personId={p.id}
          type={
            p.drugStatus === 'none'
              ? undefined
              : p.drugStatus === 'illicit_user'
                ? 'user_management'
                : undefined
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reveal' && <RevealModal personId={p.id} onClose={() => setDialog(null)} />}
    </>
  );
}

/** Values in the audit history: the register's labels, dd/mm/yyyy dates; the CCCD only ever masked. */
function timelineValue(
  pt: ReturnType<typeof usePersonText>['pt'],
  field: string,
  v: unknown,
): ReactNode | undefined {
  if (field === 'drugStatus' && typeof v === 'string') return pt(`drugStatus.${v as 'none'}`);
  if (field === 'sex' && typeof v === 'string') return pt(`sex.${v as 'male'}`);
  if (field === 'birthPrecision') return v === 'year' ? pt('field.birthYearOnly') : pt('field.birthDay');
  if (field === 'type' && typeof v === 'string') return pt(`measureType.${v as 'user_management'}`);
  if ((field === 'status' || field === 'from' || field === 'to') && typeof v === 'string')
    return pt(`measureStatus.${v as 'proposed'}`) || v;
  if (field === 'result' && typeof v === 'string')
    return v === 'positive' || v === 'negative'
      ? pt(`testResult.${v}`)
      : pt(`determinationResult.${v as 'addicted'}`);
  if (field === 'method' && typeof v === 'string') return pt(`testMethod.${v as 'rapid_urine'}`);
  if (field === 'trigger' && typeof v === 'string') return pt(`trigger.${v as 'voluntary'}`);
  if (field === 'regime' && typeof v === 'string') return pt(`regime.${v as 'luat_73_2021'}`);
  if (field === 'substances' && Array.isArray(v))
    return v.map((s) => pt(`substance.${s as 'heroin'}`)).join(', ');
  if (typeof v === 'string' && ISO_DATE.test(v)) return formatDate(v);
  return undefined;
}

function IdentityCard({ p, canReveal, onReveal }: { p: Person; canReveal: boolean; onReveal: () => void }) {
  const { pt } = usePersonText();
  return (
    <Card size="small" title={pt('detail.identity')}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          ...(p.aliases.length
            ? [{ key: 'aliases', label: pt('field.aliases'), children: p.aliases.join(', ') }]
            : []),
          { key: 'birth', label: pt('field.birth'), children: birthText(p) },
          { key: 'sex', label: pt('field.sex'), children: pt(`sex.${p.sex}`) },
          { key: 'age', label: pt('field.ageBand'), children: pt(`ageBand.${p.ageBand}`) },
          { key: 'eth', label: pt('field.ethnicity'), children: p.ethnicity?.name ?? '—' },
          {
            key: 'cccd',
            label: pt('field.cccd'),
            children: (
              <Flex gap={8} wrap align="center">
                <span style={{ fontFamily: 'monospace' }} data-testid="cccd-masked">
                  {p.cccdMasked ?? '—'}
                </span>
                {canReveal && (p.cccdMasked || p.hasHealthDetails) && (
                  <Button size="small" onClick={onReveal}>
                    {pt('detail.showCccd')}
                  </Button>
                )}
              </Flex>
            ),
          },
          ...(p.hasHealthDetails
            ? [{ key: 'health', label: pt('field.health'), children: pt('field.hasHealth') }]
            : []),
          ...(p.notes ? [{ key: 'notes', label: pt('field.notes'), children: p.notes }] : []),
        ]}
      />
    </Card>
  );
}

function StatusList({ statuses }: { statuses: readonly PersonStatusEntry[] }) {
  const { pt } = usePersonText();
  if (statuses.length === 0)
    return <Typography.Text type="secondary">{pt('detail.noStatuses')}</Typography.Text>;
  return (
    <Flex vertical gap={6}>
      {statuses.toReversed().map((s) => (
        <Flex key={s.id} gap={8} wrap align="center">
          <PersonStatusTag status={s.status} />
          <span>
            {pt('detail.period', {
              from: formatDate(s.fromOn),
              to: s.toOn ? formatDate(s.toOn) : pt('detail.now'),
            })}
          </span>
          {s.basis && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {s.basis}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

function TestsCard({ rows, loading }: { rows: DrugTest[]; loading: boolean }) {
  const { pt } = usePersonText();
  const columns: ListColumn<DrugTest>[] = [
    {
      key: 'testedOn',
      title: pt('test.testedOn'),
      cardTitle: true,
      render: (_, t) => (
        <Flex gap={6} wrap align="center">
          <span>{formatDate(t.testedOn)}</span>
          <Tag color={t.result === 'positive' ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
            {pt(`testResult.${t.result}`)}
          </Tag>
        </Flex>
      ),
    },
    { key: 'method', title: pt('test.method'), render: (_, t) => pt(`testMethod.${t.method}`) },
    {
      key: 'substances',
      title: pt('test.substances'),
      render: (_, t) => t.substances.map((s) => pt(`substance.${s}`)).join(', ') || '—',
    },
    { key: 'performedBy', title: pt('test.performedBy'), render: (_, t) => t.performedBy ?? '—' },
  ];
  return (
    <Card size="small" title={pt('detail.tests')} data-testid="person-tests">
      <RecordTable
        rows={rows}
        columns={columns}
        rowKey="id"
        loading={loading}
        emptyText={pt('detail.noTests')}
        label={pt('detail.tests')}
      />
    </Card>
  );
}

function DeterminationsCard({ rows, loading }: { rows: Determination[]; loading: boolean }) {
  const { pt } = usePersonText();
  const columns: ListColumn<Determination>[] = [
    {
      key: 'on',
      title: pt('determination.determinedOn'),
      cardTitle: true,
      render: (_, d) => (
        <Flex gap={6} wrap align="center">
          <span>{formatDate(d.determinedOn)}</span>
          <Tag color={d.result === 'addicted' ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
            {pt(`determinationResult.${d.result}`)}
          </Tag>
        </Flex>
      ),
    },
    { key: 'trigger', title: pt('determination.trigger'), render: (_, d) => pt(`trigger.${d.trigger}`) },
    { key: 'by', title: pt('determination.performedBy'), dataIndex: 'performedBy' },
  ];
  return (
    <Card size="small" title={pt('detail.determinations')}>
      <RecordTable
        rows={rows}
        columns={columns}
        rowKey="id"
        loading={loading}
        emptyText={pt('detail.noDeterminations')}
        label={pt('detail.determinations')}
      />
    </Card>
  );
}
