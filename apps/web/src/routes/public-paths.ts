/**
 * The public tip portal's addresses (no account). They load neither the signed-in shell nor the session check:
 * an anonymous visitor's browser asks the server for nothing but the portal's own calls.
 */
export const portalPaths = ['/to-giac', '/to-giac/tra-cuu'] as const;

export const isPortalPath = (pathname: string): boolean =>
  (portalPaths as readonly string[]).includes(pathname.replace(/\/+$/, '') || '/');
