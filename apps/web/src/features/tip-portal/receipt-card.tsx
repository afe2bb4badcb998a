import { Alert, Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { CopyButton } from '../../components/copy-button.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { usePortalText } from './i18n.ts';
import { groupedCode } from './portal-api.ts';
import type { Sent } from './portal-page.tsx';

/**
 * The receipt code, shown once (GlobaLeaks users lost theirs by clicking on before saving it, #4865): large,
 * grouped by four, with a copy button; leaving (Done, a link, closing the tab) waits for "Tôi đã lưu mã".
 */
export function ReceiptCard({ sent, onDone }: { sent: Sent; onDone: () => void }) {
  const { pt } = usePortalText();
  const [saved, setSaved] = useState(false);
  const [nudge, setNudge] = useState(false);
  const code = groupedCode(sent.receipt.receiptCode);
  const blocker = useBlocker(!saved);

  useEffect(() => {
    if (saved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saved]);

  return (
    <Card data-testid="portal-receipt">
      <Flex vertical gap={16}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
          {pt('receipt.title')}
        </Typography.Title>
        <Typography.Text>{pt('receipt.intro')}</Typography.Text>
        <div
          data-testid="receipt-code"
          style={{
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            fontSize: 'clamp(18px, 5.8vw, 34px)',
            fontWeight: 700,
            textAlign: 'center',
            padding: '12px 8px',
            border: '2px dashed #1d4f91',
            borderRadius: 8,
            background: '#f5f8fd',
            userSelect: 'all',
            whiteSpace: 'nowrap',
          }}
        >
          {code}
        </div>
        <CopyButton text={code} label={pt('receipt.copy')} block />
        <Alert type="warning" showIcon title={pt('receipt.why')} />
        <Typography.Text type="secondary">
          {pt('receipt.receivedAt', { at: formatDateTime(sent.receipt.receivedAt, { seconds: false }) })}
        </Typography.Text>
        {sent.filesSent > 0 && (
          <Typography.Text>{pt('receipt.filesSent', { count: sent.filesSent })}</Typography.Text>
        )}
        {sent.failed.map((f) => (
          <Alert
            key={f.name}
            type="error"
            title={pt('receipt.filesFailed', { name: f.name, reason: f.reason })}
          />
        ))}
        <Checkbox
          checked={saved}
          onChange={(e) => {
            setSaved(e.target.checked);
            setNudge(false);
          }}
          style={{ fontWeight: 600 }}
        >
          {pt('receipt.saved')}
        </Checkbox>
        {(nudge || blocker.state === 'blocked') && (
          <Alert
            type="error"
            role="alert"
            title={blocker.state === 'blocked' ? pt('receipt.leave') : pt('receipt.mustSave')}
            action={
              blocker.state === 'blocked' ? (
                <Flex vertical gap={4}>
                  <Button size="small" onClick={() => blocker.reset()}>
                    {pt('receipt.stay')}
                  </Button>
                  <Button size="small" danger onClick={() => blocker.proceed()}>
                    {pt('receipt.leaveAnyway')}
                  </Button>
                </Flex>
              ) : undefined
            }
          />
        )}
        <Button
          type="primary"
          block
          onClick={() => {
            if (!saved) setNudge(true);
            else onDone();
          }}
        >
          {pt('receipt.done')}
        </Button>
        {saved && (
          <Flex justify="center">
            <Link to="/to-giac/tra-cuu">{pt('lookupLink')}</Link>
          </Flex>
        )}
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {pt('receipt.thanks')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
