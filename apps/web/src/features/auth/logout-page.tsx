import { useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router';
import { PageSpin } from '../../components/page-spin.tsx';
import { useLogout } from './session.ts';

/**
 * Signing out is a route outside the guarded layout: if the session were dropped while the layout
 * is mounted, its guard would send the user to /login?next=<this page>, and the next person to sign in
 * on this desk would land on the previous user's page.
 */
export default function LogoutPage() {
  const logout = useLogout();
  const started = useRef(false);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice in development
    started.current = true;
    void logout().finally(() => setDone(true));
  }, [logout]);
  return done ? <Navigate to="/login" replace /> : <PageSpin fullScreen />;
}
