import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Modal, Skeleton, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useSession } from '../../auth/session.ts';
import { fileSize, typeName } from '../../hotspots/evidence-card.tsx';
import { useAreaText } from '../i18n.ts';
import {
  attachmentUrl,
  type RecordFile,
  type RecordRef,
  useRecordFiles,
  useUploadFile,
} from './attachments-api.ts';

export const ACCEPT =
  'image/jpeg,image/png,image/webp,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A hidden file input and its button: uploads one file to the record and reports it. */
export function UploadButton({
  record,
  onUploaded,
  label,
  testId = 'attachments-input',
}: {
  record: RecordRef;
  onUploaded?: (file: RecordFile) => void;
  label?: string;
  testId?: string;
}) {
  const { at, language } = useAreaText();
  const { message } = App.useApp();
  const me = useSession();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadFile(record, me.csrfToken ?? '', language);
  return (
    <Flex vertical gap={8}>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        // Not `hidden`: antd's form styles show file inputs (display: block) inside a form.
        style={{ display: 'none' }}
        aria-label={label ?? at('evidence.upload')}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file)
            upload.mutate(file, {
              onSuccess: (saved) => {
                void message.success(at('evidence.uploaded', { name: saved.name }));
                onUploaded?.(saved);
              },
            });
          e.target.value = '';
        }}
      />
      <Flex wrap gap={8} align="center">
        <Button
          icon={<UploadOutlined />}
          loading={upload.isPending}
          onClick={() => input.current?.click()}
          style={{ maxWidth: '100%', whiteSpace: 'normal', height: 'auto', minHeight: 32 }}
        >
          {label ?? at('evidence.upload')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 13, flex: '1 1 200px' }}>
          {at('evidence.hint')}
        </Typography.Text>
      </Flex>
      {upload.isError && <ErrorAlert error={upload.error} />}
    </Flex>
  );
}

/**
 * The files of a record (any register: key areas, programmes, tasks): upload, list, view a photo, download.
 * A photo opens only when asked: every opening is an audited download.
 */
export function AttachmentsCard({
  record,
  canAdd,
  title,
}: {
  record: RecordRef;
  canAdd: boolean;
  title?: string;
}) {
  const { at } = useAreaText();
  const files = useRecordFiles(record);
  const [viewing, setViewing] = useState<RecordFile | null>(null);
  return (
    <Card size="small" title={title ?? at('evidence.title')} data-testid="attachments">
      <Flex vertical gap={8}>
        {canAdd && <UploadButton record={record} />}
        {files.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : files.isError ? (
          <ErrorAlert error={files.error} onRetry={() => void files.refetch()} />
        ) : files.data.length === 0 ? (
          <Empty description={at('evidence.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            dataSource={files.data}
            renderItem={(f) => (
              <List.Item
                key={f.id}
                actions={[
                  f.mediaType.startsWith('image/') ? (
                    <Button key="v" size="small" onClick={() => setViewing(f)}>
                      {at('evidence.view')}
                    </Button>
                  ) : null,
                  <a key="d" href={attachmentUrl(f.id)} download>
                    {at('evidence.download')}
                  </a>,
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={<span style={{ overflowWrap: 'anywhere' }}>{f.name}</span>}
                  description={`${typeName(f.mediaType)} · ${fileSize(f.sizeBytes)} · ${formatDateTime(f.createdAt, { seconds: false })}`}
                />
              </List.Item>
            )}
          />
        )}
      </Flex>
      {viewing && (
        <Modal open footer={null} onCancel={() => setViewing(null)} title={viewing.name} width={720}>
          <img
            src={attachmentUrl(viewing.id)}
            alt={viewing.name}
            style={{ width: '100%', height: 'auto', display: 'block' }}
          />
        </Modal>
      )}
    </Card>
  );
}
