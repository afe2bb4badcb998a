import { documentKindLabel, documentStatusLabel } from '@pcmt/contracts';
import { App, Button, Card, Empty, Flex, Input, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { usePermission } from '../permissions.ts';
import { type CitingRecordRef, useCitations, useCiteWrites } from './citations-api.ts';
import { DocumentPicker } from './document-picker.tsx';
import { useCitationText } from './i18n.ts';

const STATUS_COLOR = { in_force: 'green', replaced: 'orange', expired: 'default' } as const;

/**
 * The documents register's citations on any record's detail page (the kit's "citations of documents"): the
 * documents the record cites, with the note, who and when; pick another from the register and cite it; remove
 * one. The server checks the record's own read access (out of scope → 404) and audits on the record, so each
 * citation shows in the record's history. Holders of `document.cite` add and remove; readers see.
 */
export function CitedDocuments({ recordType, recordId }: CitingRecordRef) {
  const { ct, language } = useCitationText();
  const { message } = App.useApp();
  const canRead = usePermission('document.read');
  const canCite = usePermission('document.cite');
  const record = { recordType, recordId };
  const citations = useCitations(record, canRead);
  const { cite, remove } = useCiteWrites(record);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  if (!canRead) return null;

  const add = () => {
    if (!documentId) return;
    cite.mutate(
      { documentId, note: note.trim() || null },
      {
        onSuccess: (c) => {
          void message.success(ct('added', { number: c.document.number }));
          setDocumentId(null);
          setNote('');
        },
      },
    );
  };

  return (
    <Card size="small" title={ct('title')} data-testid="cited-documents">
      <Flex vertical gap={8}>
        {citations.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : citations.isError ? (
          <ErrorAlert error={citations.error} onRetry={() => void citations.refetch()} />
        ) : citations.data.length === 0 ? (
          <Empty description={ct('empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            dataSource={citations.data}
            renderItem={(c) => (
              <List.Item
                key={c.id}
                actions={
                  canCite
                    ? [
                        <Popconfirm
                          key="rm"
                          title={ct('removeConfirm', { number: c.document.number })}
                          onConfirm={() =>
                            remove.mutate(c.id, { onSuccess: () => void message.success(ct('removed')) })
                          }
                        >
                          <Button size="small" danger loading={remove.isPending && remove.variables === c.id}>
                            {ct('remove')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Flex gap={6} wrap align="center">
                      <Link to={`/documents/${c.document.id}`} style={{ overflowWrap: 'anywhere' }}>
                        {documentKindLabel[c.document.kind][language]} {c.document.number}
                      </Link>
                      <Tag color={STATUS_COLOR[c.document.status]} style={{ marginInlineEnd: 0 }}>
                        {documentStatusLabel[c.document.status][language]}
                      </Tag>
                    </Flex>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <span style={{ overflowWrap: 'anywhere' }}>
                        {c.document.issuer},{' '}
                        {c.document.issuedOn ? formatDate(c.document.issuedOn) : ct('undated')}
                      </span>
                      {c.note && (
                        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{c.note}</Typography.Text>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {ct('by', {
                          name: c.createdBy.name,
                          date: formatDateTime(c.createdAt, { seconds: false }),
                        })}
                      </Typography.Text>
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
        {canCite && (
          <Flex vertical gap={8} data-testid="cite-document">
            <DocumentPicker
              value={documentId}
              onChange={setDocumentId}
              exclude={(citations.data ?? []).map((c) => c.document.id)}
            />
            <Input
              aria-label={ct('note')}
              placeholder={ct('notePlaceholder')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            <div>
              <Button type="primary" disabled={!documentId} loading={cite.isPending} onClick={add}>
                {ct('add')}
              </Button>
            </div>
            {cite.isError && <ErrorAlert error={cite.error} />}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
