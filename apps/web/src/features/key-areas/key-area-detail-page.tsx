import { type CommuneClassName, type KeyAreaStatus, keyAreaContract } from '@pcmt/contracts';
import { Button, Card, Descriptions, Flex, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { ClassTag, KeyAreaStatusTag } from './class-colors.tsx';
import { useAreaText } from './i18n.ts';
import { useKeyArea } from './key-areas-api.ts';
import { AttachmentsCard } from './records/attachments-card.tsx';
import { TimelineSlot } from './records/timeline-card.tsx';
import { RemovalModal } from './removal-modal.tsx';

/** `/key-areas/:id`: a designation — its decision, the classification it rests on, its removal, files, history. */
export default function KeyAreaDetailPage() {
  const { id = '' } = useParams();
  const { at } = useAreaText();
  const navigate = useNavigate();
  const area = useKeyArea(id);
  const canWrite = usePermission('key_area.write');
  const [removing, setRemoving] = useState(false);

  if (area.isPending) return <Skeleton active />;
  if (area.isError)
    return isApiError(area.error) && area.error.status === 404 ? (
      <Result
        status="404"
        title={at('common.notFound')}
        extra={<Button onClick={() => navigate('/key-areas')}>{at('common.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={area.error} onRetry={() => void area.refetch()} />
    );
  const a = area.data;
  const designated = a.status === 'designated';

  return (
    <>
      <DetailPage
        title={a.unit.name}
        status={
          <>
            <KeyAreaStatusTag status={a.status} />
            <ClassTag value={a.communeClass} />
            {a.isDemo && <DemoTag />}
          </>
        }
        actions={
          canWrite &&
          designated && (
            <>
              <Button onClick={() => navigate(`/key-areas/${a.id}/edit`)}>{at('detail.edit')}</Button>
              <Button danger onClick={() => setRemoving(true)}>
                {at('detail.remove')}
              </Button>
            </>
          )
        }
        timelineTitle={at('common.timeline')}
        timeline={
          <TimelineSlot
            path="/areas"
            id={a.id}
            shownField={(f) =>
              f in keyAreaContract.fieldLabels && f !== 'unitId' && f !== 'basisClassificationId'
            }
            value={(field, v) =>
              field === 'status'
                ? at(`status.${v as KeyAreaStatus}`)
                : field === 'communeClass'
                  ? at(`communeClass.${v as CommuneClassName}`)
                  : undefined
            }
          />
        }
      >
        <Card size="small" title={at('detail.decision')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'number', label: at('field.decisionNumber'), children: a.decisionNumber },
              { key: 'date', label: at('field.decisionDate'), children: formatDate(a.decisionDate) },
              { key: 'issuer', label: at('field.decisionIssuer'), children: a.decisionIssuer },
              { key: 'agency', label: at('field.agency'), children: a.agency.name },
              { key: 'note', label: at('field.note'), children: a.note ?? '—' },
              {
                key: 'citations',
                label: at('field.citations'),
                children:
                  a.citations.length > 0 ? (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {a.citations.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={at('detail.basis')}>
          <Flex vertical gap={8}>
            <span>
              {at('detail.basisLine', {
                class: at(`communeClass.${a.basis.communeClass}`),
                ruleSet: a.basis.ruleSetId,
                version: a.basis.ruleSetVersion,
                date: formatDate(a.basis.asOf),
              })}
            </span>
            <Link to={`/communes/${a.unit.id}?on=${a.basis.asOf}`}>{at('detail.openCommune')}</Link>
          </Flex>
        </Card>
        {a.removal && (
          <Card size="small" title={at('detail.removal')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'n', label: at('field.removalDecision'), children: a.removal.decisionNumber },
                { key: 'd', label: at('field.removalDate'), children: formatDate(a.removal.on) },
                { key: 'r', label: at('field.removalReason'), children: a.removal.reason },
              ]}
            />
          </Card>
        )}
        <AttachmentsCard record={{ path: '/areas', recordType: 'key_area', id: a.id }} canAdd={canWrite} />
      </DetailPage>
      {removing && <RemovalModal area={a} onClose={() => setRemoving(false)} />}
    </>
  );
}
