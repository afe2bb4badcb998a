import type { Me } from '@pcmt/contracts';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageSpin } from '../../components/page-spin.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { AuthShell } from './auth-shell.tsx';
import { LoginForm } from './login-form.tsx';
import type { RecoveryHandoff } from './mfa-enrol-step.tsx';
import { MfaVerifyStep } from './mfa-verify-step.tsx';
import { safeNext } from './safe-next.ts';
import { useAcceptMe, useMe } from './session.ts';

type Step = 'login' | Exclude<Me['stage'], 'ready'>;

// First-sign-in steps (2FA enrolment with its QR code, recovery codes, own password) are loaded when reached:
// the everyday login form downloads none of them.
const MfaEnrolStep = lazy(() => import('./mfa-enrol-step.tsx').then((m) => ({ default: m.MfaEnrolStep })));
const PasswordChangeStep = lazy(() =>
  import('./password-change-step.tsx').then((m) => ({ default: m.PasswordChangeStep })),
);
const RecoveryCodesStep = lazy(() =>
  import('./recovery-codes-step.tsx').then((m) => ({ default: m.RecoveryCodesStep })),
);

/** Sign-in follows the server's `stage` until it says 'ready', then returns to the page first asked for. */
export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const acceptMe = useAcceptMe();
  // Held here, not in the session: accepting the new Me (stage 'ready') would leave the page
  // before the user has written the recovery codes down.
  const [handoff, setHandoff] = useState<RecoveryHandoff | null>(null);

  const step: Step | 'ready' = me.data ? me.data.stage : 'login';
  useDocumentTitle(t(handoff ? 'auth.recoveryTitle' : `auth.step.${step === 'ready' ? 'login' : step}`));

  if (handoff)
    return (
      <AuthShell title={t('auth.recoveryTitle')}>
        <Suspense fallback={<PageSpin />}>
          <RecoveryCodesStep
            handoff={handoff}
            onDone={() => {
              acceptMe(handoff.me);
              setHandoff(null);
            }}
          />
        </Suspense>
      </AuthShell>
    );
  if (me.isPending) return <PageSpin fullScreen />;
  if (me.data?.stage === 'ready') return <Navigate to={next} replace />;

  return (
    <AuthShell title={t(`auth.step.${step === 'ready' ? 'login' : step}`)}>
      {me.isError && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
        </div>
      )}
      {!me.data && <LoginForm />}
      {me.data?.stage === 'mfa_verify' && <MfaVerifyStep />}
      <Suspense fallback={<PageSpin />}>
        {me.data?.stage === 'mfa_enrol' && <MfaEnrolStep me={me.data} onConfirmed={setHandoff} />}
        {me.data?.stage === 'password_change' && <PasswordChangeStep />}
      </Suspense>
    </AuthShell>
  );
}
