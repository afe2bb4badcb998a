import type { MenuProps } from 'antd';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import { useCurrentRoute } from './page-frame.tsx';
import { type MenuGroup, menuGroups } from './page-route.ts';
import { allowed } from './permissions.ts';
import { menuKeyOf, pageRoutes } from './routes.tsx';

type Item = NonNullable<MenuProps['items']>[number];

const groupTitle = {
  places: 'nav.groups.places',
  people: 'nav.groups.people',
  operations: 'nav.groups.operations',
  prevention: 'nav.groups.prevention',
  documents: 'nav.groups.documents',
  admin: 'nav.admin',
  account: 'nav.accountGroup',
} as const satisfies Record<Exclude<MenuGroup, 'main'>, string>;

/** The menu of the registry's pages the user may open; keys are paths, so the current page selects its item. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const current = useCurrentRoute();
  const link = (path: string, label: string): Item => ({
    key: path,
    label: (
      <Link to={path} onClick={onNavigate}>
        {label}
      </Link>
    ),
  });
  const visible = pageRoutes.filter((r) => r.menu && allowed(me, r.gate));
  const items: Item[] = visible.filter((r) => r.menu === 'main').map((r) => link(r.path, r.title(t)));
  for (const group of menuGroups) {
    if (group === 'main') continue;
    const children = visible.filter((r) => r.menu === group).map((r) => link(r.path, r.title(t)));
    if (children.length > 0) items.push({ key: group, type: 'group', label: t(groupTitle[group]), children });
  }
  const selected = menuKeyOf(current);
  return (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={items}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
