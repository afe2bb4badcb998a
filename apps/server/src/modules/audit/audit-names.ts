import type { Db } from '../../platform/db/client.ts';
import { recordsNamedBy } from './audit.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID anywhere in the values (actor, record, before/after), to be named for the reader. */
function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectIds(v, into);
  }
}

/**
 * Names records as people read them ("Y Đức (ngokbay.canbo)", "CAX-NGOKBAY — Công an xã Ngọk Bay"), looked
 * up at display time: the trail itself keeps ids only, so no personal data is copied into it, and a renamed
 * record shows its current name. Ids that no longer resolve stay unnamed (the web says "không xác định").
 */
export async function auditNames(db: Db, values: readonly unknown[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  collectIds(values, ids);
  if (ids.size === 0) return {};
  const found = await recordsNamedBy(db, [...ids]);
  const names: Record<string, string> = {};
  for (const u of found.users) names[u.id] = `${u.name} (${u.username})`;
  for (const a of found.agencies) names[a.id] = `${a.code} — ${a.name}`;
  for (const u of found.units) names[u.id] = `${u.name} (${u.code})`;
  for (const t of found.tokens) names[t.id] = t.name;
  return names;
}
