import { randomBytes } from 'node:crypto';
import { documentContract } from '@pcmt/contracts';
import { documentRoutes } from '../http/routes/documents.routes.ts';
import { documentDemo } from '../modules/documents/document.demo.ts';
import { createDocumentService } from '../modules/documents/document.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const sample = (number: string) => ({
  kind: 'plan' as const,
  number,
  issuedOn: '2025-03-01',
  issuer: 'UBND tỉnh (ma trận)',
  summary: 'Kế hoạch ma trận quyền',
});

/**
 * Documents are province-wide (no commune; every grant unscoped): the matrix's "in" and "out" documents are
 * written by the officer of each commune and both are readable by every role holding `document.read`.
 */
export const documentRegister = defineRegister({
  key: 'documents',
  contract: documentContract,
  createService: ({ db }) => createDocumentService(db),
  routes: documentRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut }) => ({
      in: (await service.create(actorIn, sample('01/KH-MT'))).id,
      out: (await service.create(actorOut, sample('02/KH-MT'))).id,
    }),
    current: async (service, { actorIn }, id) => service.get(actorIn, id),
    samples: {
      'POST /api/v1/documents': () => sample(`${randomBytes(3).toString('hex')}/KH-MT`),
      'PUT /api/v1/documents/:id': async ({ record, current }) => {
        const d = await current(record!);
        return { ...sample(d.number as string), version: d.version };
      },
      'POST /api/v1/documents/:id/transitions': async ({ record, current }) => {
        const d = await current(record!);
        const to = d.status === 'in_force' ? 'expired' : 'in_force';
        return { to, on: todayInVietnam(), reason: 'Chuyển hiệu lực theo ma trận', version: d.version };
      },
    },
  },
  demo: documentDemo,
});
