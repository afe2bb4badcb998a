import { preloadable } from '../kit/preloadable.ts';

/**
 * The login page, a chunk of its own: it was in the first download of every address, so a signed-in officer
 * opening the map evaluated the login form (antd Form, Card, Tabs, OTP input) before anything showed. At
 * `/login` the page-preload script asks for it with the main chunk; elsewhere it is fetched as soon as the boot's
 * session check says nobody is signed in (`app.tsx`), before the redirect needs it.
 */
export const LoginPage = preloadable(() => import('../features/auth/login-page.tsx'));
