import { auditFieldLabel } from '@pcmt/contracts';
import { i18n } from '../../i18n/index.ts';

/**
 * The names of the fields an audit row's before/after may hold, added to the texts with the audit pages (deep
 * merge into `audit.fields`): the Vietnamese ones from every register's contract, the English ones of the
 * foundation's fields. Not in the shell's texts: they would load every register's contract on every page.
 */
const fieldsEn: Record<string, string> = {
  id: 'Identifier',
  code: 'Code',
  name: 'Name',
  kind: 'Agency kind',
  unitIds: 'Jurisdiction',
  units: 'Jurisdiction',
  isDemo: 'Demo data',
  version: 'Version',
  username: 'Username',
  displayName: 'Full name',
  agencyId: 'Agency',
  agencyName: 'Agency name',
  roles: 'Roles',
  status: 'Status',
  mfaEnabled: 'Two-factor authentication',
  lockedUntil: 'Locked until',
  lastLoginAt: 'Last sign-in',
  failedLoginCount: 'Failed sign-ins',
  factor: 'Factor',
  prefix: 'Token prefix',
  days: 'Lifetime (days)',
  mfa: 'Requires 2FA',
  returned: 'Rows returned',
  total: 'Total',
  filter: 'Filter',
  checked: 'Events checked',
  ok: 'Intact',
  brokenAt: 'Broken at',
  reason: 'Reason',
  createdAt: 'Created',
  lastSeenAt: 'Last active',
  expiresAt: 'Expires',
  ip: 'IP address',
  userAgent: 'Browser',
};

i18n.addResourceBundle('vi', 'translation', { audit: { fields: auditFieldLabel } }, true, true);
i18n.addResourceBundle('en', 'translation', { audit: { fields: fieldsEn } }, true, true);
