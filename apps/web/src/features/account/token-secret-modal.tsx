import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { CreatedToken } from './token-create-modal.tsx';

const secretStyle = {
  display: 'block',
  padding: '10px 12px',
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  background: '#fafafa',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  fontSize: 14,
  wordBreak: 'break-all',
  userSelect: 'all',
} as const;

/**
 * The secret, shown exactly once: the server keeps only its hash. The dialog closes only through
 * the explicit "saved" button, so a stray click on the mask or Esc cannot lose it.
 */
export function TokenSecretModal({ token, onClosed }: { token: CreatedToken; onClosed: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  return (
    <Modal
      open={open}
      title={t('tokens.createdTitle', { name: token.name })}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      afterClose={onClosed}
      width={640}
      footer={
        <Button type="primary" onClick={() => setOpen(false)}>
          {t('tokens.saved')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t('tokens.onceTitle')} description={t('tokens.onceHint')} />
        <code data-testid="new-token" style={secretStyle}>
          {token.token}
        </code>
        <Flex gap={8} wrap align="center" justify="space-between">
          <CopyButton text={token.token} type="primary" ghost label={t('tokens.copy')} />
          <Typography.Text type="secondary">
            {token.expiresAt
              ? t('tokens.expiresOn', { time: formatDateTime(token.expiresAt, { seconds: false }) })
              : t('tokens.noExpiry')}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('tokens.usage')}{' '}
          <Typography.Text code>{`Authorization: Bearer <${t('tokens.secret')}>`}</Typography.Text>
        </Typography.Paragraph>
      </Flex>
    </Modal>
  );
}
