import {
  type PlantDestructionMethod,
  type PlantGrowthStage,
  type PlantSpecies,
  type PlantStatus,
  plantContract,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { usePlantText } from './i18n.ts';
import { usePlant } from './plants-api.ts';
import { PlantStatusTag, useAmount } from './tags.tsx';
import { TransitionModal } from './transition-modal.tsx';

// Bookkeeping in the audit rows besides what the officer entered.
const HIDDEN_FIELDS = new Set(['growerPersonId']);

/** `/plants/:id`: what was found where, its destruction or hand-over, and its history. */
export default function PlantDetailPage() {
  const { id = '' } = useParams();
  const { pt } = usePlantText();
  const navigate = useNavigate();
  const plant = usePlant(id);
  const canWrite = usePermission('plant.write');
  const canMove = usePermission('plant.transition');
  const canSeeCases = usePermission('case.read');
  const amount = useAmount();
  const [moving, setMoving] = useState(false);

  if (plant.isPending) return <Skeleton active />;
  if (plant.isError)
    return isApiError(plant.error) && plant.error.status === 404 ? (
      <Result
        status="404"
        title={pt('detail.notFound')}
        extra={<Button onClick={() => navigate('/plants')}>{pt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={plant.error} onRetry={() => void plant.refetch()} />
    );
  const p = plant.data;
  const none = pt('detail.none');
  const speciesName = p.species === 'other' && p.speciesName ? p.speciesName : pt(`species.${p.species}`);

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return pt(`status.${v as PlantStatus}`);
    if (field === 'species' && typeof v === 'string') return pt(`species.${v as PlantSpecies}`);
    if (field === 'growthStage' && typeof v === 'string') return pt(`stage.${v as PlantGrowthStage}`);
    if (field === 'method' && typeof v === 'string') return pt(`method.${v as PlantDestructionMethod}`);
    if (field === 'unitId' && v === p.unit.id) return p.unit.name;
    if (field === 'caseId' && v === p.caseId) return p.case?.number ?? '…';
    if (field === 'location' && v && typeof v === 'object') {
      const l = v as { lat: number; lng: number };
      return `${l.lat}, ${l.lng}`;
    }
    return undefined;
  };

  const destruction = p.destruction;
  return (
    <>
      <DetailPage
        title={speciesName}
        status={
          <>
            <PlantStatusTag status={p.status} />
            {p.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canMove && (
              <Button
                type="primary"
                onClick={() => setMoving(true)}
                disabled={p.allowedTransitions.length === 0}
              >
                {pt('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/plants/${p.id}/edit`)}>{pt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={pt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/plants"
            id={p.id}
            value={timelineValue}
            shownField={(f) => f in plantContract.fieldLabels && !HIDDEN_FIELDS.has(f)}
          />
        }
      >
        <Card size="small" title={pt('detail.general')} data-testid="plant-general">
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'species', label: pt('field.species'), children: speciesName },
              {
                key: 'status',
                label: pt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <PlantStatusTag status={p.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {pt('field.statusSince')} {formatDate(p.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'detectedOn', label: pt('field.detectedOn'), children: formatDate(p.detectedOn) },
              { key: 'amount', label: pt('list.amountTitle'), children: amount(p.areaM2, p.plantCount) },
              {
                key: 'stage',
                label: pt('field.growthStage'),
                children: p.growthStage ? pt(`stage.${p.growthStage}`) : none,
              },
              { key: 'unit', label: pt('field.unit'), children: p.unit.name },
              {
                key: 'place',
                label: pt('field.place'),
                children: <span style={{ overflowWrap: 'anywhere' }}>{p.place}</span>,
              },
              {
                key: 'location',
                label: pt('field.location'),
                children: p.location
                  ? `${formatNumber(p.location.lat)}, ${formatNumber(p.location.lng)}`
                  : none,
              },
              { key: 'detectedBy', label: pt('field.detectedBy'), children: p.detectedBy },
              {
                key: 'grower',
                label: pt('field.growerName'),
                children: p.grower?.name ?? p.growerName ?? none,
              },
              ...(p.caseId
                ? [
                    {
                      key: 'case',
                      label: pt('field.case'),
                      children: p.case ? (
                        canSeeCases ? (
                          <Link to={`/cases/${p.case.id}`}>{p.case.number}</Link>
                        ) : (
                          p.case.number
                        )
                      ) : (
                        <Typography.Text type="secondary">{pt('detail.hiddenCase')}</Typography.Text>
                      ),
                    },
                  ]
                : []),
              { key: 'agency', label: pt('field.agency'), children: p.agency.name },
              ...(p.notes ? [{ key: 'notes', label: pt('field.notes'), children: p.notes }] : []),
            ]}
          />
        </Card>
        <Card size="small" title={pt('field.destruction')} data-testid="plant-destruction">
          {destruction ? (
            <Descriptions
              column={{ xs: 1, sm: 1, md: 2 }}
              size="small"
              items={[
                { key: 'on', label: pt('field.destroyedOn'), children: formatDate(destruction.on) },
                { key: 'method', label: pt('field.method'), children: pt(`method.${destruction.method}`) },
                {
                  key: 'amount',
                  label: pt('field.amountDestroyed'),
                  children: amount(destruction.areaM2, destruction.plantCount),
                },
                { key: 'by', label: pt('field.destroyedBy'), children: destruction.destroyedBy },
                { key: 'witnesses', label: pt('field.witnesses'), children: destruction.witnesses ?? none },
                {
                  key: 'record',
                  label: pt('field.recordNumber'),
                  children: destruction.recordNumber ?? none,
                },
              ]}
            />
          ) : (
            <Typography.Text type="secondary">{pt('detail.notDestroyed')}</Typography.Text>
          )}
          {p.handover && (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              {pt('field.handover')}: {formatDate(p.handover.on)} · {p.handover.receiver}
            </Typography.Paragraph>
          )}
        </Card>
      </DetailPage>
      {moving && <TransitionModal plant={p} onClose={() => setMoving(false)} />}
    </>
  );
}
