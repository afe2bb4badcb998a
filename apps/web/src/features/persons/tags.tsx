import type { DrugStatus, MeasureStatus, PersonStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { usePersonText } from './i18n.ts';

const drugColor: Record<DrugStatus, string> = { none: 'default', illicit_user: 'orange', addicted: 'red' };

/** The person's drug status now: the one fact every list row and the profile's title show. */
export function DrugStatusTag({ status }: { status: DrugStatus }) {
  const { pt } = usePersonText();
  return (
    <Tag color={drugColor[status]} data-status={status} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {pt(`drugStatus.${status}`)}
    </Tag>
  );
}

const statusColor: Partial<Record<PersonStatus, string>> = {
  wanted: 'magenta',
  suspect: 'volcano',
  in_rehab: 'blue',
  post_rehab: 'cyan',
  surrendered: 'geekblue',
};

export function PersonStatusTag({ status }: { status: PersonStatus }) {
  const { pt } = usePersonText();
  return (
    <Tag color={statusColor[status]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {pt(`status.${status}`)}
    </Tag>
  );
}

const measureColor: Record<MeasureStatus, string> = {
  proposed: 'default',
  decided: 'geekblue',
  in_progress: 'blue',
  suspended: 'gold',
  completed: 'green',
  ended_early: 'volcano',
  cancelled: 'default',
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  const { pt } = usePersonText();
  return (
    <Tag
      color={measureColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {pt(`measureStatus.${status}`)}
    </Tag>
  );
}
