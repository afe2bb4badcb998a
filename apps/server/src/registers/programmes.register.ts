import { programmeContract } from '@pcmt/contracts';
import { defaultEvaluationChecklist } from '@pcmt/domain';
import { programmeRoutes } from '../http/routes/programmes.routes.ts';
import { programmeDemo } from '../modules/programmes/programme.demo.ts';
import { setStatusForMatrix } from '../modules/programmes/programme.repository.ts';
import { createProgrammeService, type ProgrammeService } from '../modules/programmes/programme.service.ts';
import { createTaskService } from '../modules/tasks/task.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister, type MatrixWorld } from './register.ts';

const sample = (name: string, unitId: string) => ({
  name,
  unitId,
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2025-12-20',
  decisionIssuer: 'UBND phường',
  periodFrom: '2026-01-01',
  members: [{ name: 'Nguyễn Văn A', kind: 'agency' as const, role: 'head' as const, title: 'Chủ tịch UBND' }],
});

const inDays = (days: number) => {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The matrix calls every write route once per role on the same record; a route that needs a given status
 * (reports while under way, the evaluation while being evaluated) asks for `<status>:<id>` and the fixture puts
 * the record there first (test fixture only: it writes the status directly, not through the lifecycle).
 */
async function matrixCurrent(service: ProgrammeService, world: MatrixWorld, key: string) {
  const [status, id] = key.includes(':') ? (key.split(':') as [string, string]) : [null, key];
  if (status) await setStatusForMatrix(world.db, id, status);
  return service.get(world.actorIn, id);
}

export const programmeRegister = defineRegister({
  key: 'programmes',
  contract: programmeContract,
  createService: ({ db }) => createProgrammeService(db, { tasks: createTaskService(db) }),
  routes: programmeRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Chương trình ma trận (trong)', here))).id,
      out: (await service.create(actorOut, sample('Chương trình ma trận (ngoài)', there))).id,
    }),
    // The world's officers are PC04 (province-wide for programmes): actorIn reads every record.
    current: (service, world, id) => matrixCurrent(service, world, id),
    samples: {
      'POST /api/v1/programmes': ({ here }) => sample('Chương trình mới ma trận', here),
      'PUT /api/v1/programmes/:id': async ({ record, current }) => {
        const p = await current(record!);
        return {
          name: p.name,
          unitId: (p.unit as { id: string }).id,
          decisionNumber: p.decisionNumber,
          periodFrom: p.periodFrom,
          periodTo: p.periodTo,
          version: p.version,
        };
      },
      'POST /api/v1/programmes/:id/transitions': async ({ record, current }) => {
        const p = await current(`approved:${record}`);
        return {
          to: 'in_progress',
          on: todayInVietnam(),
          reason: 'Triển khai theo ma trận',
          version: p.version,
        };
      },
      'PUT /api/v1/programmes/:id/members': async ({ record, current }) => {
        const p = await current(record!);
        return {
          members: [
            { name: 'Trần Thị B', kind: 'mass_organisation', organisation: 'Hội Phụ nữ', role: 'member' },
          ],
          version: p.version,
        };
      },
      'POST /api/v1/programmes/:id/reports': async ({ record, current }) => {
        const p = await current(`in_progress:${record}`);
        return { month: (p.periodFrom as string).slice(0, 7), summary: 'Báo cáo tháng theo ma trận' };
      },
      'POST /api/v1/programmes/:id/evaluation': async ({ record, current }) => {
        const p = await current(`evaluating:${record}`);
        return {
          on: todayInVietnam(),
          criteria: defaultEvaluationChecklist.map((c) => ({ criterionId: c.id, met: true })),
          version: p.version,
        };
      },
      'POST /api/v1/programmes/:id/tasks': async ({ record, current }) => {
        const p = await current(`in_progress:${record}`);
        return {
          items: [
            {
              title: 'Hạng mục kế hoạch ma trận',
              assigneeAgencyId: (p.agency as { id: string }).id,
              deadline: inDays(30),
            },
          ],
        };
      },
    },
  },
  demo: programmeDemo,
});
