import type { Determination, DrugTest, Measure, Person } from '@pcmt/contracts';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '../../i18n/format.ts';
import { usePersonText } from './i18n.ts';

type Event = { on: string; key: string; color: string; title: ReactNode; detail?: ReactNode };

/**
 * The person's story by the dates of the facts (not by when they were typed in): statuses, tests,
 * determinations, and each measure's decision, start, reviews and end, newest first. The audit history
 * (who typed what, when) is the timeline slot beside it.
 */
export function Chronology({
  person,
  tests,
  determinations,
  measures,
}: {
  person: Person;
  tests: readonly DrugTest[];
  determinations: readonly Determination[];
  measures: readonly Measure[];
}) {
  const { pt } = usePersonText();
  const events: Event[] = [];
  for (const s of person.statuses) {
    events.push({
      on: s.fromOn,
      key: `s-${s.id}`,
      color: 'gray',
      title: pt('chronology.status', { status: pt(`status.${s.status}`) }),
      detail: s.basis,
    });
    if (s.toOn)
      events.push({
        on: s.toOn,
        key: `se-${s.id}`,
        color: 'gray',
        title: pt('chronology.statusEnd', { status: pt(`status.${s.status}`) }),
      });
  }
  for (const t of tests)
    events.push({
      on: t.testedOn,
      key: `t-${t.id}`,
      color: t.result === 'positive' ? 'red' : 'green',
      title: pt('chronology.test', { result: pt(`testResult.${t.result}`).toLowerCase() }),
      detail: [
        pt(`testMethod.${t.method}`),
        t.substances.map((x) => pt(`substance.${x}`)).join(', '),
        t.duringMeasureId ? pt('detail.duringMeasure') : '',
      ]
        .filter(Boolean)
        .join(' · '),
    });
  for (const d of determinations)
    events.push({
      on: d.determinedOn,
      key: `d-${d.id}`,
      color: d.result === 'addicted' ? 'red' : 'green',
      title: pt('chronology.determination', { result: pt(`determinationResult.${d.result}`) }),
      detail: `${pt(`trigger.${d.trigger}`)} · ${d.performedBy}`,
    });
  for (const m of measures) {
    const type = pt(`measureType.${m.type}`);
    if (m.status === 'proposed' || m.status === 'cancelled')
      events.push({
        on: m.statusSince,
        key: `mp-${m.id}`,
        color: 'blue',
        title: pt('chronology.measureProposed', { type }),
        detail: <Tag>{pt(`measureStatus.${m.status}`)}</Tag>,
      });
    if (m.decisionDate)
      events.push({
        on: m.decisionDate,
        key: `md-${m.id}`,
        color: 'blue',
        title: pt('chronology.measureDecision', { type }),
        detail: m.decisionNumber,
      });
    if (m.startOn)
      events.push({
        on: m.startOn,
        key: `ms-${m.id}`,
        color: 'blue',
        title: pt('chronology.measureStart', { type }),
      });
    for (const r of m.reviews)
      events.push({
        on: r.reviewedOn,
        key: `mr-${r.id}`,
        color: 'blue',
        title: pt('chronology.review', { type }),
        detail: r.outcome,
      });
    if (m.status === 'completed' && m.completionOn)
      events.push({
        on: m.completionOn,
        key: `mc-${m.id}`,
        color: 'green',
        title: pt('chronology.measureCompleted', { type }),
        detail: m.completionCertificate,
      });
    else if (m.status === 'ended_early' && m.earlyEndOn)
      events.push({
        on: m.earlyEndOn,
        key: `me-${m.id}`,
        color: 'orange',
        title: pt('chronology.measureEndedEarly', { type }),
        detail: m.endReason ? pt(`endReason.${m.endReason}`) : null,
      });
    else if (m.endOn && m.status !== 'cancelled')
      events.push({
        on: m.endOn,
        key: `mx-${m.id}`,
        color: 'gray',
        title: pt('chronology.measureEnd', { type }),
      });
  }
  if (events.length === 0)
    return <Empty description={pt('detail.noChronology')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  events.sort((a, b) => (a.on === b.on ? a.key.localeCompare(b.key) : b.on.localeCompare(a.on)));
  return (
    <Timeline
      data-testid="person-chronology"
      items={events.map((e) => ({
        key: e.key,
        color: e.color,
        content: (
          <Flex vertical gap={2} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {formatDate(e.on)}
            </Typography.Text>
            <Typography.Text strong>{e.title}</Typography.Text>
            {e.detail && <Typography.Text type="secondary">{e.detail}</Typography.Text>}
          </Flex>
        ),
      }))}
    />
  );
}
