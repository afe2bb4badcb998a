import type { ProgrammeStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useProgrammeText } from './i18n.ts';

/** One colour per programme status: greys before work, blues while under way, green for success, reds for failure. */
export const programmeColor: Record<ProgrammeStatus, string> = {
  draft: '#8c8c8c',
  approved: '#08979c',
  in_progress: '#0958d9',
  evaluating: '#531dab',
  succeeded: '#389e0d',
  failed: '#cf1322',
  extended: '#d46b08',
  closed: '#595959',
  stable: '#237804',
  relapsed: '#a8071a',
};

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { pt } = useProgrammeText();
  return (
    <Tag
      color={programmeColor[status]}
      data-status={status}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {pt(`status.${status}`)}
    </Tag>
  );
}
