import { en as accountEn } from '../features/account/i18n.ts';
import { en as adminEn } from '../features/admin/i18n.ts';
import { en as auditEn } from '../features/audit/i18n.ts';
import { en as authEn } from '../features/auth/i18n.ts';
import { en as homeEn } from '../features/home/i18n.ts';
import { en as unitsEn } from '../features/units/i18n.ts';
import { en as kitEn } from '../kit/i18n.ts';
import { agencyKindEn, rolesEn, unitTypeEn } from './en-labels.ts';
import type { vi } from './vi.ts';

/** English, the second language; same keys as Vietnamese (checked by the type). */
export const en: typeof vi = {
  app: {
    name: 'PCMT — Drug Prevention and Control',
    title: 'Drug Prevention and Control',
    tagline: 'Eliminating drug hotspots and transforming key, complex communes',
    owner: 'Provincial Police — internal system',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    reload: 'Reload',
    reloadPage: 'Reload page',
    backHome: 'Back to Overview',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    actions: 'Actions',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; select the text and copy it by hand',
    saved: 'Changes saved',
    enabled: 'Enabled',
    notEnabled: 'Not enabled',
    demoData: 'Demo data',
    noMatch: 'Nothing matches the filters',
    loadFailed: 'Could not load the data',
    total: '{{formatted}} in total',
  },
  validation: {
    required: 'This field is required',
    requiredSelect: 'Please choose one',
    max: 'At most {{max}} characters',
    maxItems: 'At most {{max}} items',
    username: 'Username: 3–50 characters a-z, 0-9, dot, hyphen, underscore',
  },
  errors: {
    generic: 'The request could not be completed, please try again',
    network: 'Cannot reach the server. Check the network and try again',
    unavailable: 'The server is temporarily unavailable, please try again in a few minutes',
    conflict: 'Someone else has changed this record, please reload',
    forbidden: 'You are not allowed to do this',
    notFound: 'Not found (it may be outside your jurisdiction)',
    rateLimited: 'Too many requests, please wait a moment and try again',
    requestId: 'Request ID',
    sessionCheck: 'Could not check your session',
    notFoundPage: 'Page not found',
    notFoundPageHint: 'This address does not exist or has moved.',
    forbiddenPage: 'Access denied',
    forbiddenPageHint:
      'Your roles do not give access to this page. Contact the system administrator if needed.',
    crashTitle: 'Something went wrong',
    crashHint:
      'The page hit an unexpected error. Reload it; if the error comes back, tell the system administrator.',
    staleVersion: 'A new version of the system has just been deployed. Please reload the page.',
  },
  ...authEn,
  layout: {
    mainMenu: 'Main menu',
    openMenu: 'Open menu',
    language: 'Language',
    logout: 'Sign out',
    accountMenu: 'Account: {{name}}',
    jurisdiction: 'Jurisdiction',
    noJurisdiction: 'No jurisdiction assigned',
    moreUnits_one: '+{{count}} unit',
    moreUnits_other: '+{{count}} units',
    unitPicker: 'Working unit',
    unitPickerAll: 'Whole jurisdiction',
    unitPickerEmpty: 'No current unit in your jurisdiction',
    unitPickerError: 'Could not load the units',
  },
  nav: {
    home: 'Overview',
    units: 'Administrative units',
    admin: 'Administration',
    users: 'Users',
    agencies: 'Agencies',
    audit: 'Access log',
    apiTokens: 'API tokens',
    sessions: 'Sessions',
    account: 'My account',
    accountGroup: 'Account',
  },
  ...homeEn,
  roles: rolesEn,
  agencyKind: agencyKindEn,
  unitType: unitTypeEn,
  ...unitsEn,
  ...adminEn,
  ...accountEn,
  ...auditEn,
  ...kitEn,
};
