import type {
  HotspotPersonLinks,
  Person,
  PersonHotspotLinkCreate,
  PersonHotspotUnlink,
} from '@pcmt/contracts';
import type { Db } from '../../platform/db/client.ts';
import { person } from '../../platform/db/schema/index.ts';
import { AppError, invalid, issue } from '../../platform/errors.ts';
import { authorize, can } from '../access/access.policy.ts';
import type { Actor } from '../access/actor.ts';
import { auditContextOf } from '../access/agency.service.ts';
import { appendAudit } from '../audit/audit.recorder.ts';
import { updateVersioned } from '../kit/versioned.ts';
import {
  deleteHotspotLink,
  hotspotInScope,
  hotspotLink,
  insertHotspotLink,
  linksOfHotspot,
} from './hotspot-person.repository.ts';
import { toSummary } from './person.presenter.ts';
import { openStatusesOf, personRowsByIds } from './person.repository.ts';
import type { PersonContext } from './person-context.ts';
import { linksOfPerson } from './person-links.repository.ts';

/**
 * Links between hotspots and person records (issue 9 §6), made on the person: the person in the actor's scope
 * for `person.write`, the hotspot in it for `hotspot.write` (scoped both ways); versioned on the person; audited on
 * the person and on the hotspot, so both timelines show it. The hotspot's free-text persons stay for people with
 * no record.
 */
export function hotspotPersonLinks({ db, today, mustFind, present }: PersonContext) {
  const view = async (tx: Db, actor: Actor, id: string): Promise<Person> => ({
    ...(await present(tx, await mustFind(tx, actor, id))),
    ...(await linksOfPerson(tx, actor, id, { hotspots: can(actor, 'hotspot.read') })),
  });

  return {
    async linkHotspot(actor: Actor, personId: string, input: PersonHotspotLinkCreate): Promise<Person> {
      authorize(actor, 'person.write');
      authorize(actor, 'hotspot.write');
      const t = today();
      await mustFind(db, actor, personId, 'person.write');
      const spot = await hotspotInScope(db, actor, input.hotspotId, 'hotspot.write');
      if (!spot) throw invalid('hotspotId', 'person.hotspotNotFound');
      if (input.linkedOn && input.linkedOn > t) throw invalid('linkedOn', 'date.notAfterToday');
      if (await hotspotLink(db, input.hotspotId, personId))
        throw new AppError('conflict', 'person.hotspotAlreadyLinked', undefined, {
          details: [issue('hotspotId', 'person.hotspotAlreadyLinked')],
        });
      const linkedOn = input.linkedOn ?? t;
      return db.transaction(async (tx) => {
        await updateVersioned(tx, person, actor, { id: personId, version: input.version }, {});
        await insertHotspotLink(tx, {
          hotspotId: input.hotspotId,
          personId,
          role: input.role ?? null,
          linkedOn,
          createdBy: actor.userId,
        });
        const change = { role: input.role ?? null, linkedOn, linked: true };
        await appendAudit(tx, auditContextOf(actor), [
          {
            action: 'person.hotspot',
            recordType: 'person',
            recordId: personId,
            after: { hotspotId: input.hotspotId, ...change },
          },
          {
            action: 'hotspot.person',
            recordType: 'hotspot',
            recordId: input.hotspotId,
            after: { personId, ...change },
          },
        ]);
        return view(tx, actor, personId);
      });
    },

    async unlinkHotspot(actor: Actor, personId: string, input: PersonHotspotUnlink): Promise<Person> {
      authorize(actor, 'person.write');
      authorize(actor, 'hotspot.write');
      await mustFind(db, actor, personId, 'person.write');
      if (!(await hotspotInScope(db, actor, input.hotspotId, 'hotspot.write')))
        throw invalid('hotspotId', 'person.hotspotNotFound');
      const link = await hotspotLink(db, input.hotspotId, personId);
      if (!link) throw invalid('hotspotId', 'person.hotspotNotLinked');
      return db.transaction(async (tx) => {
        await updateVersioned(tx, person, actor, { id: personId, version: input.version }, {});
        await deleteHotspotLink(tx, input.hotspotId, personId);
        const before = { role: link.role, linkedOn: link.linkedOn, linked: true };
        await appendAudit(tx, auditContextOf(actor), [
          {
            action: 'person.hotspot',
            recordType: 'person',
            recordId: personId,
            before: { hotspotId: input.hotspotId, ...before },
            after: { hotspotId: input.hotspotId, linked: false },
          },
          {
            action: 'hotspot.person',
            recordType: 'hotspot',
            recordId: input.hotspotId,
            before: { personId, ...before },
            after: { personId, linked: false },
          },
        ]);
        return view(tx, actor, personId);
      });
    },
  };
}

/**
 * The persons linked to a hotspot, for the hotspot's read (inside its transaction): each person the reader may
 * read, shown as person lists show them (CCCD masked, no sealed value) and audited as a read of that person; the
 * others (another commune's, or a reader without person rights such as leadership) only counted.
 */
export async function personsOfHotspot(
  tx: Db,
  actor: Actor,
  hotspotId: string,
  today: string,
): Promise<HotspotPersonLinks> {
  const links = await linksOfHotspot(tx, hotspotId);
  if (!links.length) return { data: [], hiddenPersons: 0 };
  const rows = can(actor, 'person.read')
    ? await personRowsByIds(
        tx,
        actor,
        links.map((l) => l.personId),
      )
    : [];
  const open = await openStatusesOf(
    tx,
    rows.map((r) => r.p.id),
    today,
  );
  const byId = new Map(rows.map((r) => [r.p.id, toSummary(r, open.get(r.p.id) ?? [], today)]));
  const data = links.flatMap((l) => {
    const p = byId.get(l.personId);
    return p ? [{ person: p, role: l.role, linkedOn: l.linkedOn }] : [];
  });
  if (data.length)
    await appendAudit(
      tx,
      auditContextOf(actor),
      data.map((d) => ({
        action: 'person.read',
        recordType: 'person',
        recordId: d.person.id,
        after: { view: 'hotspot', hotspotId },
      })),
    );
  return { data, hiddenPersons: links.length - data.length };
}
