import { taskContract } from '@pcmt/contracts';
import { taskRoutes } from '../http/routes/tasks.routes.ts';
import { taskDemo } from '../modules/tasks/task.demo.ts';
import { setStatusForMatrix } from '../modules/tasks/task.repository.ts';
import { createTaskService, type TaskService } from '../modules/tasks/task.service.ts';
import { todayInVietnam } from '../platform/clock.ts';
import { defineRegister, type MatrixWorld } from './register.ts';

const inDays = (days: number) => {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const sample = (title: string, unitId: string, assigneeAgencyId: string) => ({
  title,
  unitId,
  sourceKind: 'directive' as const,
  sourceRef: 'Công văn 15/CV-BCĐ',
  assigneeAgencyId,
  deadline: inDays(30),
});

/**
 * The matrix calls every write route once per role on the same task; accepting or cancelling ends it, so a
 * route that needs a status asks for `<status>:<id>` and the fixture puts the task there first (test fixture
 * only: a direct status write). `assignee` gives the matrix's in-scope agency for new tasks.
 */
async function matrixCurrent(service: TaskService, world: MatrixWorld, key: string) {
  if (key === 'assignee') return { id: world.actorIn.agencyId };
  const [status, id] = key.includes(':') ? (key.split(':') as [string, string]) : [null, key];
  if (status) await setStatusForMatrix(world.db, id, status);
  return service.get(world.actorIn, id);
}

export const taskRegister = defineRegister({
  key: 'tasks',
  contract: taskContract,
  createService: ({ db }) => createTaskService(db),
  routes: taskRoutes,
  readable: (service, actor, id) => service.readable(actor, id),
  matrix: {
    // Each task is assigned by its officer's agency to itself: in Phường Kon Tum, and in Xã Đăk Hà.
    records: async (service, { actorIn, actorOut, here, there }) => ({
      in: (await service.create(actorIn, sample('Nhiệm vụ ma trận (trong)', here, actorIn.agencyId))).id,
      out: (await service.create(actorOut, sample('Nhiệm vụ ma trận (ngoài)', there, actorOut.agencyId))).id,
    }),
    // The world's officers are PC04 (province-wide for tasks): actorIn reads every record.
    current: (service, world, id) => matrixCurrent(service, world, id),
    samples: {
      'POST /api/v1/tasks': async ({ here, current }) =>
        sample('Nhiệm vụ mới ma trận', here, (await current('assignee')).id as string),
      'PUT /api/v1/tasks/:id': async ({ record, current }) => {
        const t = await current(`in_progress:${record}`);
        return {
          title: t.title,
          unitId: (t.unit as { id: string }).id,
          sourceKind: t.sourceKind,
          sourceRef: t.sourceRef,
          assigneeAgencyId: (t.assigneeAgency as { id: string }).id,
          assignedOn: t.assignedOn,
          deadline: t.deadline,
          version: t.version,
        };
      },
      'POST /api/v1/tasks/:id/updates': async ({ record, current }) => {
        await current(`in_progress:${record}`);
        return { progress: 'Đã triển khai theo ma trận', percent: 50 };
      },
      'POST /api/v1/tasks/:id/complete': async ({ record, current }) => {
        const t = await current(`in_progress:${record}`);
        return { note: 'Hoàn thành theo ma trận', version: t.version };
      },
      'POST /api/v1/tasks/:id/accept': async ({ record, current }) => {
        const t = await current(`done:${record}`);
        return { note: 'Nghiệm thu theo ma trận', version: t.version };
      },
      'POST /api/v1/tasks/:id/return': async ({ record, current }) => {
        const t = await current(`done:${record}`);
        return { note: 'Trả lại theo ma trận', version: t.version };
      },
      'POST /api/v1/tasks/:id/cancel': async ({ record, current }) => {
        const t = await current(`in_progress:${record}`);
        return { note: 'Hủy theo ma trận', version: t.version };
      },
    },
  },
  demo: taskDemo,
});
