import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/session.ts';
import './nav-menu.css';
import { useCurrentRoute } from './page-frame.tsx';
import { type MenuGroup, menuGroups } from './page-route.ts';
import { allowed } from './permissions.ts';
import { menuKeyOf, pageRoutes } from './routes.tsx';

const groupTitle = {
  places: 'nav.groups.places',
  people: 'nav.groups.people',
  operations: 'nav.groups.operations',
  prevention: 'nav.groups.prevention',
  documents: 'nav.groups.documents',
  admin: 'nav.admin',
  account: 'nav.accountGroup',
} as const satisfies Record<Exclude<MenuGroup, 'main'>, string>;

/**
 * The registry's pages the user may open, as plain links grouped under headings (site navigation: links in a
 * list, the current one marked `aria-current`). Not antd's Menu: on every signed-in page its items, overflow
 * measurement and motion cost ~60 ms of the first render for a list that only ever navigates.
 */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const selected = menuKeyOf(useCurrentRoute());
  const visible = pageRoutes.filter((r) => r.menu && allowed(me, r.gate));
  const links = (group: MenuGroup) =>
    visible
      .filter((r) => r.menu === group)
      .map((r) => (
        <li key={r.path}>
          <Link
            to={r.path}
            onClick={onNavigate}
            className="pcmt-nav-link"
            aria-current={r.path === selected ? 'page' : undefined}
          >
            {r.title(t)}
          </Link>
        </li>
      ));
  return (
    <ul className="pcmt-nav">
      {links('main')}
      {menuGroups.map((group) => {
        if (group === 'main') return null;
        const items = links(group);
        if (items.length === 0) return null;
        return (
          <li key={group}>
            <div className="pcmt-nav-group" id={`nav-${group}`}>
              {t(groupTitle[group])}
            </div>
            <ul aria-labelledby={`nav-${group}`}>{items}</ul>
          </li>
        );
      })}
    </ul>
  );
}
