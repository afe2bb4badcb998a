import type { Me, Role } from '@pcmt/contracts';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { hasAnyRole } from '../features/auth/session.ts';

export const ADMIN_ROLES: readonly Role[] = ['admin'];
export const AUDIT_ROLES: readonly Role[] = ['admin', 'oversight'];

type Item = NonNullable<MenuProps['items']>[number];

/** The side menu, filtered by role; keys are the paths so the current route selects its item. */
export function navItems(me: Me, t: TFunction): Item[] {
  const link = (to: string, label: string): Item => ({ key: to, label: <Link to={to}>{label}</Link> });
  const items: Item[] = [link('/', t('nav.home')), link('/units', t('nav.units'))];
  if (hasAnyRole(me, ADMIN_ROLES))
    items.push({
      key: 'admin',
      label: t('nav.admin'),
      type: 'group',
      children: [link('/admin/users', t('nav.users')), link('/admin/agencies', t('nav.agencies'))],
    });
  if (hasAnyRole(me, AUDIT_ROLES)) items.push(link('/audit', t('nav.audit')));
  return items;
}

/** Pages of the header's account menu: they select no item of the side menu. */
export const ACCOUNT_PATHS = ['/account/tokens'] as const;

/** `/admin/users/42` selects `/admin/users`. */
export const selectedKey = (pathname: string): string => {
  const keys = ['/admin/users', '/admin/agencies', '/audit', '/units', ...ACCOUNT_PATHS];
  return keys.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? '/';
};
