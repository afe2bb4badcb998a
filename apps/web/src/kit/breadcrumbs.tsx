import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentRoute } from './page-frame.tsx';
import { ancestry } from './routes.tsx';

/** Shown for pages below another page (sessions under "Tài khoản của tôi"), from the registry. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const route = useCurrentRoute();
  if (!route?.parent) return null;
  const chain = ancestry(route);
  return (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={chain.map((r, i) => ({
        key: r.path,
        title: i < chain.length - 1 ? <Link to={r.path}>{r.title(t)}</Link> : r.title(t),
      }))}
    />
  );
}
