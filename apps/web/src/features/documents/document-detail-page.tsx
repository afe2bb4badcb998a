import {
  type Document,
  type DocumentKind,
  type DocumentStatus,
  documentContract,
  registerContracts,
} from '@pcmt/contracts';
import { Button, Card, Descriptions, Empty, Flex, List, Result, Skeleton, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { usePermission } from '../../kit/permissions.ts';
import { AttachmentsCard } from '../key-areas/records/attachments-card.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useCitedBy, useDocument } from './documents-api.ts';
import { useDocumentText } from './i18n.ts';
import { DocumentStatusTag } from './status-tag.tsx';
import { TransitionModal } from './transition-modal.tsx';

/** Where a record type's page lives (a citing record of another type is named, not linked). */
const PAGE_OF: Record<string, string> = {
  hotspot: '/hotspots',
  business: '/businesses',
  case: '/cases',
  project: '/projects',
  campaign: '/campaigns',
  person: '/persons',
  tip: '/tips',
  programme: '/programmes',
  task: '/tasks',
  key_area: '/key-areas',
  ring: '/rings',
  document: '/documents',
};
const pageOf = (recordType: string, id: string) => {
  const base = PAGE_OF[recordType];
  return base ? `${base}/${id}` : null;
};

/** The records citing the document that the reader may see (the server leaves the others out). */
function CitedByCard({ id }: { id: string }) {
  const { dt, language } = useDocumentText();
  const citedBy = useCitedBy(id);
  const label = (type: string) =>
    registerContracts.find((c) => c.recordType === type)?.label[language] ?? type;
  return (
    <Card size="small" title={dt('detail.citedBy')} data-testid="cited-by">
      {citedBy.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : citedBy.isError ? (
        <ErrorAlert error={citedBy.error} onRetry={() => void citedBy.refetch()} />
      ) : citedBy.data.length === 0 ? (
        <Empty description={dt('detail.citedByEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={citedBy.data}
          renderItem={(c) => {
            const to = pageOf(c.recordType, c.recordId);
            return (
              <List.Item
                key={c.citationId}
                actions={
                  to
                    ? [
                        <Link key="o" to={to}>
                          {dt('detail.openRecord')}
                        </Link>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={label(c.recordType)}
                  description={
                    <Flex vertical gap={2}>
                      {c.note && <span style={{ overflowWrap: 'anywhere' }}>{c.note}</span>}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(c.createdAt, { seconds: false })}
                      </Typography.Text>
                    </Flex>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

/** `/documents/:id`: the document, its file, the records citing it, and its history. */
export default function DocumentDetailPage() {
  const { id = '' } = useParams();
  const { dt } = useDocumentText();
  const navigate = useNavigate();
  const document = useDocument(id);
  const canWrite = usePermission('document.write');
  const [moving, setMoving] = useState(false);

  if (document.isPending) return <Skeleton active />;
  if (document.isError)
    return isApiError(document.error) && document.error.status === 404 ? (
      <Result
        status="404"
        title={dt('detail.notFound')}
        extra={<Button onClick={() => navigate('/documents')}>{dt('detail.back')}</Button>}
      />
    ) : (
      <ErrorAlert error={document.error} onRetry={() => void document.refetch()} />
    );
  const d: Document = document.data;
  const none = dt('detail.none');
  const ref = (r: { id: string; kind: DocumentKind; number: string; issuer: string }) => (
    <Link key={r.id} to={`/documents/${r.id}`}>
      {dt(`kind.${r.kind}`)} {r.number} ({r.issuer})
    </Link>
  );
  const effective =
    [
      d.effectiveFrom ? dt('detail.from', { date: formatDate(d.effectiveFrom) }) : null,
      d.effectiveTo ? dt('detail.until', { date: formatDate(d.effectiveTo) }) : null,
    ]
      .filter(Boolean)
      .join(' ') || none;

  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return dt(`status.${v as DocumentStatus}`);
    if (field === 'kind' && typeof v === 'string') return dt(`kind.${v as DocumentKind}`);
    if (field === 'replacedById' && typeof v === 'string')
      return d.replacedBy?.id === v ? `${d.replacedBy.number} (${d.replacedBy.issuer})` : undefined;
    return undefined;
  };

  return (
    <>
      <DetailPage
        title={`${dt(`kind.${d.kind}`)} ${d.number}`}
        status={
          <>
            <DocumentStatusTag status={d.status} />
            {d.isDemo && <DemoTag />}
          </>
        }
        actions={
          canWrite && (
            <>
              <Button onClick={() => setMoving(true)} disabled={d.allowedTransitions.length === 0}>
                {dt('detail.transition')}
              </Button>
              <Button onClick={() => navigate(`/documents/${d.id}/edit`)}>{dt('detail.edit')}</Button>
            </>
          )
        }
        timelineTitle={dt('detail.timeline')}
        timeline={
          <TimelineSlot
            path="/documents"
            id={d.id}
            value={timelineValue}
            shownField={(f) => f in documentContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={dt('detail.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'kind', label: dt('field.kind'), children: dt(`kind.${d.kind}`) },
              { key: 'number', label: dt('field.number'), children: d.number },
              { key: 'issuer', label: dt('field.issuer'), children: d.issuer },
              {
                key: 'issuedOn',
                label: dt('field.issuedOn'),
                children: d.issuedOn ? formatDate(d.issuedOn) : dt('list.undated'),
              },
              { key: 'signer', label: dt('field.signer'), children: d.signer ?? none },
              { key: 'effective', label: dt('field.effective'), children: effective },
              {
                key: 'status',
                label: dt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <DocumentStatusTag status={d.status} />
                    {d.statusSince && (
                      <span style={{ whiteSpace: 'nowrap' }}>
                        {dt('detail.from', { date: formatDate(d.statusSince) })}
                      </span>
                    )}
                  </Flex>
                ),
              },
              ...(d.replacedBy
                ? [{ key: 'replacedBy', label: dt('field.replacedBy'), children: ref(d.replacedBy) }]
                : []),
              ...(d.replaces.length
                ? [
                    {
                      key: 'replaces',
                      label: dt('field.replaces'),
                      children: <Flex vertical>{d.replaces.map(ref)}</Flex>,
                    },
                  ]
                : []),
              { key: 'summary', label: dt('field.summary'), span: 'filled' as const, children: d.summary },
              ...(d.notes
                ? [{ key: 'notes', label: dt('field.notes'), span: 'filled' as const, children: d.notes }]
                : []),
              { key: 'agency', label: dt('field.agency'), children: d.agency.name },
            ]}
          />
        </Card>
        <AttachmentsCard
          record={{ path: '/documents', recordType: 'document', id: d.id }}
          canAdd={canWrite}
          title={dt('detail.files')}
        />
        <CitedByCard id={d.id} />
      </DetailPage>
      {moving && <TransitionModal document={d} onClose={() => setMoving(false)} />}
    </>
  );
}
