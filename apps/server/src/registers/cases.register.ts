import { campaignContract, caseContract, projectContract } from '@pcmt/contracts';
import { campaignRoutes } from '../http/routes/campaigns.routes.ts';
import { caseRoutes } from '../http/routes/cases.routes.ts';
import { projectRoutes } from '../http/routes/projects.routes.ts';
import { createCampaignService } from '../modules/cases/campaign.service.ts';
import { createCaseService } from '../modules/cases/case.service.ts';
import { caseDemo } from '../modules/cases/cases.demo.ts';
import { createProjectService } from '../modules/cases/project.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister } from './register.ts';

const caseSample = (number: string, unitId: string) => ({
  number,
  openedOn: todayInVietnam(),
  unitId,
  summary: 'Tàng trữ trái phép 2 gói heroin (ma trận)',
  charges: [{ article: '249' as const, clause: 1 }],
  suspects: [
    { name: 'Đối tượng ma trận', arrestedOn: todayInVietnam(), arrestKind: 'caught_in_act' as const },
  ],
});
const projectSample = (name: string, unitId: string) => ({
  name,
  periodFrom: todayInVietnam(),
  unitId,
  summary: 'Đấu tranh đường dây (ma trận)',
});
const campaignSample = (name: string, unitId: string) => ({
  name,
  periodFrom: todayInVietnam(),
  periodTo: todayInVietnam(),
  unitId,
  unitIds: [unitId],
  targets: [{ indicator: 'cases_opened' as const, target: 1 }],
});

/** Drug cases (vụ án) with suspects, arrests and seizures (issue 11 items 2–3). */
export const caseRegister = defineRegister({
  key: 'cases',
  contract: caseContract,
  createService: ({ db }) => createCaseService(db),
  routes: caseRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, caseSample('01/MT-trong', here))).id,
      out: (await service.create(actorOut, caseSample('01/MT-ngoai', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/cases': ({ here }) => caseSample('02/MT', here),
      'PUT /api/v1/cases/:id': async ({ record, current }) => {
        const c = await current(record!);
        return {
          ...caseSample(c.number as string, (c.unit as { id: string }).id),
          openedOn: c.openedOn,
          version: c.version,
        };
      },
      // The next allowed move from wherever earlier callers left the record (investigating ↔ suspended).
      'POST /api/v1/cases/:id/transitions': async ({ record, current }) => {
        const c = await current(record!);
        const to = c.status === 'suspended' ? 'investigating' : 'suspended';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: c.version };
      },
      'POST /api/v1/cases/:id/seizures': async ({ record, current }) => {
        const c = await current(record!);
        return { on: todayInVietnam(), drugType: 'heroin', measure: 'g', quantity: 1.5, version: c.version };
      },
    },
  },
  demo: caseDemo,
});

/** Special projects (chuyên án) against rings, grouping cases. */
export const projectRegister = defineRegister({
  key: 'projects',
  contract: projectContract,
  createService: ({ db }) => createProjectService(db),
  routes: projectRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, projectSample('Chuyên án ma trận (trong)', here))).id,
      out: (await service.create(actorOut, projectSample('Chuyên án ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/projects': ({ here }) => projectSample('Chuyên án mới ma trận', here),
      'PUT /api/v1/projects/:id': async ({ record, current }) => {
        const p = await current(record!);
        return {
          ...projectSample(p.name as string, (p.unit as { id: string }).id),
          periodFrom: p.periodFrom,
          version: p.version,
        };
      },
      'POST /api/v1/projects/:id/transitions': async ({ record, current }) => {
        const p = await current(record!);
        const to = p.status === 'suspended' ? 'active' : 'suspended';
        return { to, on: todayInVietnam(), reason: 'Chuyển trạng thái theo ma trận', version: p.version };
      },
    },
  },
});

/** Peak campaigns (đợt cao điểm) with results computed from the records dated inside them. */
export const campaignRegister = defineRegister({
  key: 'campaigns',
  contract: campaignContract,
  createService: ({ db }) => createCampaignService(db),
  routes: campaignRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, campaignSample('Cao điểm ma trận (trong)', here))).id,
      out: (await service.create(actorOut, campaignSample('Cao điểm ma trận (ngoài)', there))).id,
    }),
    current: async (service, { actorIn, actorOut }, id) =>
      (await service.readable(actorIn, id)) ? service.get(actorIn, id) : service.get(actorOut, id),
    samples: {
      'POST /api/v1/campaigns': ({ here }) => campaignSample('Cao điểm mới ma trận', here),
      'PUT /api/v1/campaigns/:id': async ({ record, current }) => {
        const c = await current(record!);
        return {
          ...campaignSample(c.name as string, (c.unit as { id: string }).id),
          periodFrom: c.periodFrom,
          periodTo: c.periodTo,
          version: c.version,
        };
      },
    },
  },
});

/** The three record types of the operations registers, each a register of its own (own `:id` routes). */
export const caseRegisters = [caseRegister, projectRegister, campaignRegister] as const;
