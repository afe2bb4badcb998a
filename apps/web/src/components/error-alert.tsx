import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, isConflict } from '../api/api-error.ts';
import { errorText } from '../api/error-text.ts';

interface Props {
  error: unknown;
  /** Messages of `details` that matched no form field. */
  extra?: string[];
  onRetry?: () => void;
  /** For conflicts: reload the record so the user can redo their change on fresh data. */
  onReload?: () => void;
}

/**
 * One way to show a failed call: the sentence, a way out, and the request id for the help desk — only for
 * server faults, where the help desk needs it (not for a wrong password or a refused input).
 */
export function ErrorAlert({ error, extra = [], onRetry, onReload }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : null;
  const locked = isApiError(error) && (error.status === 423 || error.status === 429);
  const action =
    onReload && isConflict(error) ? (
      <Button size="small" onClick={onReload}>
        {t('common.reload')}
      </Button>
    ) : onRetry ? (
      <Button size="small" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    ) : undefined;
  return (
    <Alert
      type={locked ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={errorText(error, t)}
      action={action}
      description={
        extra.length > 0 || requestId ? (
          <>
            {extra.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {extra.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
            {requestId && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('errors.requestId')}: <Typography.Text copyable>{requestId}</Typography.Text>
              </Typography.Text>
            )}
          </>
        ) : undefined
      }
    />
  );
}
