import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, List, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { attachmentUrl, type EvidenceFile, hotspotsKey, uploadEvidence } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';

const ACCEPT =
  'image/jpeg,image/png,image/webp,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;

export const typeName = (mediaType: string) =>
  ({
    'image/jpeg': 'JPEG',
    'image/png': 'PNG',
    'image/webp': 'WebP',
    'application/pdf': 'PDF',
  })[mediaType] ?? (mediaType.includes('word') ? 'DOCX' : mediaType.includes('sheet') ? 'XLSX' : mediaType);

/**
 * Evidence photos and documents of a record: upload (multipart, the file is cleaned and sealed by the server)
 * and the list. A photo opens only when asked: every opening is an audited download.
 */
export function EvidenceCard({
  recordId,
  files,
  canAdd,
}: {
  recordId: string;
  files: EvidenceFile[];
  canAdd: boolean;
}) {
  const { ht, language } = useHotspotText();
  const { message } = App.useApp();
  const me = useSession();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [viewing, setViewing] = useState<EvidenceFile | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(recordId, file, me.csrfToken ?? '', language),
    onSuccess: (saved) => {
      void message.success(ht('evidence.uploaded', { name: saved.name }));
      void client.invalidateQueries({ queryKey: [...hotspotsKey, 'timeline', recordId] });
    },
  });

  return (
    <Card size="small" title={ht('evidence.title')} data-testid="evidence">
      <Flex vertical gap={8}>
        {canAdd && (
          <>
            <input
              ref={input}
              type="file"
              accept={ACCEPT}
              hidden
              aria-label={ht('evidence.upload')}
              data-testid="evidence-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload.mutate(file);
                e.target.value = '';
              }}
            />
            <Flex wrap gap={8} align="center">
              <Button
                icon={<UploadOutlined />}
                loading={upload.isPending}
                onClick={() => input.current?.click()}
              >
                {ht('evidence.upload')}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 13, flex: '1 1 200px' }}>
                {ht('evidence.hint')}
              </Typography.Text>
            </Flex>
          </>
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        {files.length === 0 ? (
          <Empty description={ht('evidence.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            size="small"
            dataSource={files}
            renderItem={(f, i) => (
              <List.Item
                key={f.id}
                actions={[
                  f.mediaType.startsWith('image/') ? (
                    <Button key="v" size="small" onClick={() => setViewing(f)}>
                      {ht('evidence.view')}
                    </Button>
                  ) : null,
                  <a key="d" href={attachmentUrl(f.id)} download>
                    {ht('evidence.download')}
                  </a>,
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={ht('evidence.item', {
                    n: i + 1,
                    type: `${f.mediaType.startsWith('image/') ? ht('evidence.photo') : ht('evidence.document')} ${typeName(f.mediaType)}`,
                    size: fileSize(f.sizeBytes),
                  })}
                  description={formatDateTime(f.at, { seconds: false })}
                />
              </List.Item>
            )}
          />
        )}
      </Flex>
      {viewing && (
        <Modal open footer={null} onCancel={() => setViewing(null)} title={ht('evidence.photo')} width={720}>
          <img
            src={attachmentUrl(viewing.id)}
            alt={ht('evidence.photo')}
            style={{ width: '100%', height: 'auto', display: 'block' }}
          />
        </Modal>
      )}
    </Card>
  );
}
