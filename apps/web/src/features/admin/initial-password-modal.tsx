import { Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button.tsx';

/**
 * A password to hand over in person, shown once (the server keeps only its hash): after creating an
 * account, or issuing a one-time password. Closing needs a deliberate click.
 */
export function InitialPasswordModal({
  title,
  intro,
  password,
  onClose,
}: {
  title: string;
  intro: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.passwordResetClose')}
        </Button>
      }
    >
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Space wrap>
        <Typography.Text
          code
          data-testid="one-time-password"
          style={{ fontSize: 16, wordBreak: 'break-all' }}
        >
          {password}
        </Typography.Text>
        <CopyButton text={password} size="small" />
      </Space>
    </Modal>
  );
}
