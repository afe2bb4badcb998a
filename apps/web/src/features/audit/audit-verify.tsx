import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { type AuditVerifyResult, verifyAuditChain } from './audit-api.ts';

type Verify = UseMutationResult<AuditVerifyResult, Error, void>;

/** Recomputes the hash chain on the server; a break means a row was altered or removed. */
export const useAuditVerify = (): Verify => useMutation({ mutationFn: () => verifyAuditChain() });

export function AuditVerifyButton({ verify }: { verify: Verify }) {
  const { t } = useTranslation();
  return (
    <Button onClick={() => verify.mutate()} loading={verify.isPending}>
      {t('audit.verify')}
    </Button>
  );
}

export function AuditVerifyResultAlert({
  verify,
  onShowRow,
}: {
  verify: Verify;
  onShowRow: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (verify.isError) return <ErrorAlert error={verify.error} onRetry={() => verify.mutate()} />;
  const result = verify.data;
  if (!result) return null;
  if (result.ok)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        closable={{ onClose: () => verify.reset() }}
        title={t('audit.verifyOk', { checked: formatNumber(result.checked) })}
        description={t('audit.verifyCountNote')}
      />
    );
  const brokenAt = result.brokenAt;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={
        brokenAt === null
          ? t('audit.verifyBrokenUnknown')
          : t('audit.verifyBroken', { id: brokenAt, checked: formatNumber(result.checked) })
      }
      description={result.reason ?? undefined}
      action={
        brokenAt !== null ? (
          <Button size="small" onClick={() => onShowRow(brokenAt)}>
            {t('audit.showRow', { id: brokenAt })}
          </Button>
        ) : undefined
      }
    />
  );
}
