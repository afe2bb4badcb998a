import { type ModelKind, type ModelRating, type ModelStatus, preventionModelContract } from '@pcmt/contracts';
import { Button, Card, Descriptions, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useMobilisationText } from './i18n.ts';
import { useModel, useModelResults } from './mobilisation-api.ts';
import { ModelStatusTag, RatingTag } from './tags.tsx';
import { ModelTransitionModal } from './transition-modals.tsx';

/** The model's periodic results, latest first, with their indicators. */
function ResultsCard({ modelId }: { modelId: string }) {
  const { mt } = useMobilisationText();
  const results = useModelResults(modelId);
  return (
    <Card size="small" title={mt('detail.resultsTitle')} data-testid="model-results">
      {results.isPending ? (
        <Skeleton active />
      ) : results.isError ? (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={mt('detail.noResults')} />
      ) : (
        <Flex vertical gap={8}>
          {results.data.map((r) => {
            const figures = [
              r.eventsHeld ? mt('detail.events', { count: formatNumber(r.eventsHeld) }) : null,
              r.participants ? mt('detail.participants', { count: formatNumber(r.participants) }) : null,
              r.personsPersuaded ? mt('detail.persuaded', { count: formatNumber(r.personsPersuaded) }) : null,
            ].filter(Boolean);
            return (
              <Card key={r.id} size="small" type="inner" title={formatDate(r.on)} data-testid="model-result">
                <Flex vertical gap={4} style={{ overflowWrap: 'anywhere' }}>
                  <Typography.Text>{r.content}</Typography.Text>
                  {figures.length > 0 && <Typography.Text strong>{figures.join(' · ')}</Typography.Text>}
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {r.agency.name}
                  </Typography.Text>
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

/** `/models/:id`: the model, its results and evaluation, its history. */
export default function ModelDetailPage() {
  const { id = '' } = useParams();
  const { mt } = useMobilisationText();
  const navigate = useNavigate();
  const model = useModel(id);
  const canWrite = usePermission('prevention_model.write');
  const canReport = usePermission('prevention_model.report');
  const [moving, setMoving] = useState(false);

  if (model.isPending) return <Skeleton active />;
  if (model.isError)
    return isApiError(model.error) && model.error.status === 404 ? (
      <Result
        status="404"
        title={mt('detail.notFound')}
        extra={<Button onClick={() => navigate('/models')}>{mt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={model.error} onRetry={() => void model.refetch()} />
    );
  const m = model.data;
  const none = mt('detail.none');
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return mt(`modelStatus.${v as ModelStatus}`);
    if (field === 'kind' && typeof v === 'string') return mt(`modelKind.${v as ModelKind}`);
    if (field === 'rating' && typeof v === 'string') return mt(`rating.${v as ModelRating}`);
    if (field === 'unitId' && v === m.unit.id) return m.unit.name;
    if (field === 'otherUnitIds' && Array.isArray(v))
      return v.map((u) => m.otherUnits.find((x) => x.id === u)?.name ?? '…').join(', ');
    return undefined;
  };

  return (
    <>
      <DetailPage
        title={m.name}
        status={
          <>
            <ModelStatusTag status={m.status} />
            {m.rating && <RatingTag rating={m.rating} />}
            {m.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canReport && m.status !== 'ended' && (
              <Button type="primary" onClick={() => navigate(`/models/${m.id}/report`)}>
                {mt('detail.report')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => setMoving(true)} disabled={m.allowedTransitions.length === 0}>
                {mt('detail.transition')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={() => navigate(`/models/${m.id}/edit`)}>{mt('detail.edit')}</Button>
            )}
          </>
        }
        timelineTitle={mt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/models"
            id={m.id}
            value={timelineValue}
            shownField={(f) => f in preventionModelContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={mt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'kind', label: mt('field.modelKind'), children: mt(`modelKind.${m.kind}`) },
              {
                key: 'status',
                label: mt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <ModelStatusTag status={m.status} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {mt('field.statusSince')} {formatDate(m.statusSince)}
                    </span>
                  </Flex>
                ),
              },
              { key: 'unit', label: mt('field.unit'), children: m.unit.name },
              {
                key: 'others',
                label: mt('field.otherUnits'),
                children: m.otherUnits.length ? m.otherUnits.map((u) => u.name).join(', ') : none,
              },
              { key: 'startedOn', label: mt('field.startedOn'), children: formatDate(m.startedOn) },
              { key: 'host', label: mt('field.hostAgency'), children: m.hostAgency },
              {
                key: 'members',
                label: mt('field.membersCount'),
                children: m.membersCount !== null ? formatNumber(m.membersCount) : none,
              },
              ...(m.members ? [{ key: 'membership', label: mt('field.members'), children: m.members }] : []),
              {
                key: 'totals',
                label: mt('detail.totals'),
                children: [
                  mt('detail.events', { count: formatNumber(m.eventsHeld) }),
                  mt('detail.participants', { count: formatNumber(m.participants) }),
                  mt('detail.persuaded', { count: formatNumber(m.personsPersuaded) }),
                ].join(' · '),
              },
              { key: 'agency', label: mt('field.agency'), children: m.agency.name },
              ...(m.notes ? [{ key: 'notes', label: mt('field.notes'), children: m.notes }] : []),
            ]}
          />
        </Card>
        <Card size="small" title={mt('field.evaluation')}>
          {m.evaluation || m.rating ? (
            <Flex vertical gap={6}>
              {m.rating && (
                <span>
                  <RatingTag rating={m.rating} />
                </span>
              )}
              {m.evaluation && <Typography.Text>{m.evaluation}</Typography.Text>}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{none}</Typography.Text>
          )}
        </Card>
        <ResultsCard modelId={m.id} />
      </DetailPage>
      {moving && <ModelTransitionModal model={m} onClose={() => setMoving(false)} />}
    </>
  );
}
