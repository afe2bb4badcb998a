import { type Support, type SupportKind, type SupportSource, supportContract } from '@pcmt/contracts';
import { Button, Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useSupport } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { RecordState } from './record-state.tsx';

/** `/support/:id`: what a commune's police received, when, from which source, and the history. */
export default function SupportDetailPage() {
  const { id = '' } = useParams();
  const query = useSupport(id);
  return <RecordState query={query} back="/support" render={(s) => <Record s={s} />} />;
}

function Record({ s }: { s: Support }) {
  const { gt } = useGrassrootsText();
  const navigate = useNavigate();
  const canWrite = usePermission('support.write');
  const none = gt('common.none');
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if (field === 'kind' && typeof v === 'string') return gt(`supportKind.${v as SupportKind}`);
    if (field === 'source' && typeof v === 'string') return gt(`source.${v as SupportSource}`);
    if (field === 'unitId' && v === s.unit.id) return s.unit.name;
    if (field === 'unit' && v && typeof v === 'object' && 'name' in v) return String(v.name);
    return undefined;
  };
  return (
    <DetailPage
      title={s.description}
      status={s.isDemo && <DemoTag />}
      actions={
        canWrite && <Button onClick={() => navigate(`/support/${s.id}/edit`)}>{gt('common.edit')}</Button>
      }
      timelineTitle={gt('common.timeline')}
      timeline={
        <TimelineSlot
          path="/support"
          id={s.id}
          value={timelineValue}
          shownField={(f) => f in supportContract.fieldLabels}
        />
      }
    >
      <Card size="small" title={gt('common.general')}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          size="small"
          items={[
            { key: 'unit', label: gt('field.receivingUnit'), children: s.unit.name },
            { key: 'on', label: gt('field.on'), children: formatDate(s.on) },
            { key: 'kind', label: gt('field.kind'), children: gt(`supportKind.${s.kind}`) },
            {
              key: 'quantity',
              label: gt('field.quantity'),
              children: s.quantity !== null ? `${formatNumber(s.quantity)} ${s.quantityUnit ?? ''}` : none,
            },
            {
              key: 'value',
              label: gt('field.valueVnd'),
              children: s.valueVnd !== null ? gt('common.vnd', { value: formatNumber(s.valueVnd) }) : none,
            },
            { key: 'source', label: gt('field.source'), children: gt(`source.${s.source}`) },
            { key: 'decision', label: gt('field.decisionRef'), children: s.decisionRef ?? none },
            { key: 'agency', label: gt('common.agency'), children: s.agency.name },
          ]}
        />
      </Card>
    </DetailPage>
  );
}
