import { tipContract } from '@pcmt/contracts';
import { tipRoutes } from '../http/routes/tips.routes.ts';
import { tipDemo } from '../modules/tips/tip.demo.ts';
import { type MatrixState, otherAgency, tipMatrixState } from '../modules/tips/tip.matrix.ts';
import { createTipModule } from '../modules/tips/tip.module.ts';
import { defineRegister } from './register.ts';

const sample = (content: string, unitId: string) => ({
  channel: 'phone' as const,
  source: 'denunciation' as const,
  form: 'oral' as const,
  content,
  place: { kind: 'unit' as const, unitId },
});

/** A 1×1 PNG as a multipart body (part `file`), for the officer's file to the reporter. */
function multipartPng() {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const boundary = '----pcmtmatrixtipfile';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mau.png"\r\nContent-Type: image/png\r\n\r\n`;
  return {
    raw: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    query: '',
  };
}

/**
 * The crime tips register (issue 10). Matrix records are phone tips recorded by each matrix officer in their
 * commune; write samples read the record's current version and pick a move its status allows. The portal's
 * routes (`/public/tips…`) are public: the matrix expects them to answer without an account.
 */
export const tipRegister = defineRegister({
  key: 'tips',
  contract: tipContract,
  createService: (deps) => createTipModule(deps),
  routes: tipRoutes,
  // A reporter's download reader (tip-portal-files.ts) reads its one tip's files; everyone else by scope.
  readable: async (m, actor, id) => m.portalFiles.readsAs(actor, id) || m.desk.readable(actor, id),
  matrix: {
    records: async (m, { actorIn, actorOut, here, there }) => ({
      in: (await m.desk.create(actorIn, sample('Tin báo ma trận (trong)', here))).id,
      out: (await m.desk.create(actorOut, sample('Tin báo ma trận (ngoài)', there))).id,
    }),
    // `state:id` first puts the record into the state the move starts from (every role calls every move).
    current: async (m, { db, actorIn, actorOut }, key) => {
      const [state, id] = key.includes(':') ? (key.split(':') as [MatrixState, string]) : [null, key];
      if (state) {
        const hotspotId = await tipMatrixState(db, id, state);
        if (hotspotId) return { id: hotspotId };
      }
      const t = (await m.desk.readable(actorIn, id))
        ? await m.desk.get(actorIn, id)
        : await m.desk.get(actorOut, id);
      return { ...t, otherAgencyId: await otherAgency(db, id) };
    },
    samples: {
      'POST /api/v1/tips': ({ here }) => sample('Tin báo mới ma trận', here),
      'POST /api/v1/tips/:id/triage': async ({ record, current }) => ({
        category: 'trafficking',
        urgency: 'high',
        version: (await current(`received:${record}`)).version,
      }),
      'POST /api/v1/tips/:id/assignment': async ({ record, current }) => {
        const t = await current(`received:${record}`);
        return { agencyId: (t.agency as { id: string }).id, officer: 'Cán bộ ma trận', version: t.version };
      },
      'POST /api/v1/tips/:id/transfer': async ({ record, current }) => {
        const t = await current(`received:${record}`);
        return { agencyId: t.otherAgencyId, version: t.version };
      },
      'POST /api/v1/tips/:id/verification': async ({ record, current }) => ({
        version: (await current(`assigned:${record}`)).version,
      }),
      'POST /api/v1/tips/:id/links': async ({ record, current }) => ({
        kind: 'hotspot',
        targetId: (await current(`hotspot:${record}`)).id,
      }),
      // A DELETE carries the link's key in the query: a raw (empty) body with its query string.
      'DELETE /api/v1/tips/:id/links': async ({ record, current }) => ({
        raw: Buffer.alloc(0),
        headers: {},
        query: `kind=hotspot&targetId=${(await current(`linked:${record}`)).id}`,
      }),
      'POST /api/v1/tips/:id/reporter-files': () => multipartPng(),
      'POST /api/v1/tips/:id/outcome': async ({ record, current }) => {
        const t = await current(`verifying:${record}`);
        return {
          outcome: 'transfer',
          on: t.receivedOn,
          reason: 'Chuyển theo ma trận',
          transferredTo: 'Công an tỉnh',
          version: t.version,
        };
      },
      'POST /api/v1/tips/:id/suspension': async ({ record, current }) => {
        const t = await current(`verifying:${record}`);
        return {
          on: t.receivedOn,
          ground: 'awaiting_expertise',
          reason: 'Chờ giám định',
          version: t.version,
        };
      },
      'POST /api/v1/tips/:id/resumption': async ({ record, current }) => {
        const t = await current(`suspended:${record}`);
        return { on: t.receivedOn, reason: 'Phục hồi', version: t.version };
      },
      'POST /api/v1/tips/:id/extensions': async ({ record, current }) => {
        const t = await current(`verifying:${record}`);
        return {
          kind: 'extension',
          months: 1,
          on: t.receivedOn,
          reason: 'Vụ việc phức tạp',
          version: t.version,
        };
      },
      'POST /api/v1/tips/:id/dismissal': async ({ record, current }) => {
        const t = await current(`received:${record}`);
        return { reason: 'spam', version: t.version };
      },
      'POST /api/v1/tips/export': () => ({ reason: 'Báo cáo tổng hợp ma trận quyền' }),
      'POST /api/v1/tips/:id/notes': () => ({ text: 'Ghi chú xác minh ma trận' }),
      'POST /api/v1/tips/:id/replies': () => ({ text: 'Cảm ơn bạn đã cung cấp thông tin' }),
      'POST /api/v1/tips/:id/reporter': () => ({ reason: 'Cần liên hệ xác minh thông tin' }),
      'POST /api/v1/public/tips/challenges': () => ({ purpose: 'submit' }),
      'POST /api/v1/public/tips': () => ({}),
      'POST /api/v1/public/tips/access': () => ({}),
      'POST /api/v1/public/tips/messages': () => ({ text: 'Tin nhắn ma trận' }),
      'POST /api/v1/public/tips/files': () => ({}),
    },
  },
  demo: tipDemo,
});
