import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryHandoff } from './mfa-enrol-step.tsx';

/** Shown exactly once, right after enrolment; the server keeps only hashes of these codes. */
export function RecoveryCodesStep({ handoff, onDone }: { handoff: RecoveryHandoff; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const text = handoff.codes.join('\n');

  const download = () => {
    const blob = new Blob([`PCMT — ${handoff.me.user.username}\n${text}\n`], {
      type: 'text/plain;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `pcmt-ma-khoi-phuc-${handoff.me.user.username}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Flex vertical gap={12}>
      <Alert type="warning" showIcon title={t('auth.recoveryTitle')} description={t('auth.recoveryIntro')} />
      <ol
        data-testid="recovery-codes"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, 1fr)',
          gap: '6px 24px',
          margin: 0,
          padding: '12px 12px 12px 36px',
          border: '1px solid #d9d9d9',
          borderRadius: 8,
        }}
      >
        {handoff.codes.map((code) => (
          <li key={code}>
            <code style={{ fontSize: 15 }}>{code}</code>
          </li>
        ))}
      </ol>
      <Flex gap={8}>
        <Button
          block
          onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
          aria-live="polite"
        >
          {copied ? t('common.copied') : t('auth.recoveryCopy')}
        </Button>
        <Button block onClick={download}>
          {t('auth.recoveryDownload')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('auth.recoveryHint')}</Typography.Text>
      <Button type="primary" block onClick={onDone}>
        {t('auth.recoverySaved')}
      </Button>
    </Flex>
  );
}
