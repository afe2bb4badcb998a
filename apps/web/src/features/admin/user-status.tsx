import type { User } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';

/** Locked after failed sign-ins (temporary, until `lockedUntil`), as opposed to disabled by an admin. */
export const isLocked = (u: Pick<User, 'lockedUntil'>, now = Date.now()): boolean =>
  u.lockedUntil !== null && Date.parse(u.lockedUntil) > now;

export function UserStatusTag({ user }: { user: User }) {
  const { t } = useTranslation();
  if (user.status === 'disabled') return <Tag color="default">{t('users.status.disabled')}</Tag>;
  if (isLocked(user))
    return (
      <Tag color="orange" title={formatDateTime(user.lockedUntil)}>
        {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) })}
      </Tag>
    );
  return <Tag color="green">{t('users.status.active')}</Tag>;
}
