import type { AgencyKind, Role } from '@pcmt/contracts';
import { countRealAgencies, findAgencyByCode } from '../modules/access/agency.repository.ts';
import { BOOTSTRAP_AGENCY_CODE, systemActor } from '../modules/access/system-account.ts';
import { countRealAccounts, usernameTaken } from '../modules/access/user.repository.ts';
import { currentUnitIdByCode } from '../modules/units/unit.repository.ts';
import { randomToken } from '../platform/crypto/keys.ts';
import type { Db } from '../platform/db/client.ts';
import { seedRegisterDemos } from '../registers/index.ts';
import type { Services } from '../services.ts';

/*
 * Demo accounts get their own random one-time password, printed once and to be changed at first sign-in:
 * a password written in the source would be known to anyone who read it, and whoever used it first on a
 * privileged demo account would enrol their own 2FA and keep it.
 */

type DemoAgency = {
  code: string;
  name: string;
  kind: AgencyKind;
  units: string[];
  users: { username: string; name: string; roles: Role[] }[];
};

/** A few communes of former Kon Tum, in today's units; codes are GSO codes of units valid today. */
const DEMO: DemoAgency[] = [
  {
    code: 'DEMO-PC04',
    name: 'Phòng PC04 — Công an tỉnh Quảng Ngãi (mẫu)',
    kind: 'drug_police',
    units: ['51'],
    users: [
      { username: 'demo.pc04', name: 'Trần Văn Thường Trực (mẫu)', roles: ['drug_police'] },
      { username: 'demo.tinbao', name: 'Lê Thị Tiếp Nhận (mẫu)', roles: ['tip_desk'] },
    ],
  },
  {
    code: 'DEMO-BCD-TINH',
    name: 'Ban Chỉ đạo tỉnh (mẫu)',
    kind: 'steering_committee',
    units: ['51'],
    users: [{ username: 'demo.lanhdao', name: 'Nguyễn Văn Lãnh Đạo (mẫu)', roles: ['leadership'] }],
  },
  {
    code: 'DEMO-CA-KONTUM',
    name: 'Công an phường Kon Tum (mẫu)',
    kind: 'commune_police',
    units: ['23293'],
    users: [
      { username: 'demo.ca.kontum', name: 'Phạm Văn Cảnh Sát (mẫu)', roles: ['commune_police'] },
      { username: 'demo.truong.kontum', name: 'Hoàng Văn Trưởng (mẫu)', roles: ['commune_police_chief'] },
    ],
  },
  {
    code: 'DEMO-UBND-KONTUM',
    name: 'UBND phường Kon Tum (mẫu)',
    kind: 'ubnd',
    units: ['23293'],
    users: [{ username: 'demo.ubnd.kontum', name: 'Võ Thị Chủ Tịch (mẫu)', roles: ['commune_committee'] }],
  },
  {
    code: 'DEMO-CA-DAKHA',
    name: 'Công an xã Đăk Hà (mẫu)',
    kind: 'commune_police',
    units: ['23500'],
    users: [{ username: 'demo.ca.dakha', name: 'Y Bình (mẫu)', roles: ['commune_police'] }],
  },
  {
    code: 'DEMO-BP-BOY',
    name: 'Đồn Biên phòng Cửa khẩu quốc tế Bờ Y (mẫu)',
    kind: 'border_guard',
    units: ['23377'],
    users: [{ username: 'demo.bienphong', name: 'A Thông (mẫu)', roles: ['border_guard'] }],
  },
  {
    code: 'DEMO-SO-YTE',
    name: 'Sở Y tế (mẫu)',
    kind: 'department',
    units: ['51'],
    users: [{ username: 'demo.soyte', name: 'Đinh Thị Y Tế (mẫu)', roles: ['department'] }],
  },
  {
    code: 'DEMO-THANHTRA',
    name: 'Thanh tra Công an tỉnh (mẫu)',
    kind: 'oversight',
    units: ['51'],
    users: [{ username: 'demo.thanhtra', name: 'Bùi Văn Thanh Tra (mẫu)', roles: ['oversight'] }],
  },
];

const FORCE_HINT = 'Nếu thật sự cần (ví dụ máy thử nghiệm), chạy lại với --force.';

/** Demo data is for exploring: a production system refuses it unless the operator insists. */
export function refuseDemoInProduction(env: string, force: boolean): void {
  if (env === 'production' && !force)
    throw new Error(
      `Từ chối nạp dữ liệu mẫu: NODE_ENV=production (hệ thống vận hành thật). Cơ quan và tài khoản mẫu chỉ dùng để khám phá. ${FORCE_HINT}`,
    );
}

/**
 * Counts the real (non-demo) agencies and accounts, leaving out what the first start creates by itself:
 * agency QNG-CAT-QTHT, its `admin` and the built-in `system` account. Null when there are none.
 */
async function realRecords(db: Db): Promise<string | null> {
  const a = await countRealAgencies(db, BOOTSTRAP_AGENCY_CODE);
  const u = await countRealAccounts(db, BOOTSTRAP_AGENCY_CODE);
  if (a === 0 && u === 0) return null;
  return `${a} cơ quan và ${u} tài khoản không phải dữ liệu mẫu`;
}

/**
 * The demo agencies and accounts are created by the system through `agencies.create` and `users.create`, as
 * an administrator would on the pages (same audit rows, marked demo); each register's demo records are then
 * written through its service by the demo officers (`seedRegisterDemos`).
 */
export async function seedDemo(
  services: Services,
  db: Db,
  opts: { env: string; force: boolean },
): Promise<void> {
  refuseDemoInProduction(opts.env, opts.force);
  const real = await realRecords(db);
  if (real && !opts.force)
    throw new Error(
      `Từ chối nạp dữ liệu mẫu: cơ sở dữ liệu đã có dữ liệu thật (${real}). Trộn dữ liệu mẫu vào dữ liệu thật dễ gây nhầm lẫn và để lại tài khoản thừa. ${FORCE_HINT}`,
    );
  const actor = await systemActor(db, { via: 'cli', command: 'seed --demo' });
  const created: { username: string; password: string; roles: Role[]; agency: string }[] = [];
  for (const a of DEMO) {
    let agencyId = (await findAgencyByCode(db, a.code))?.id;
    if (!agencyId) {
      const unitIds: string[] = [];
      for (const code of a.units) {
        const id = await currentUnitIdByCode(db, code);
        if (!id) throw new Error(`Thiếu đơn vị ${code}: chạy "pcmt migrate" trước`);
        unitIds.push(id);
      }
      const agency = await services.agencies.create(
        actor,
        { code: a.code, name: a.name, kind: a.kind, unitIds },
        { isDemo: true },
      );
      agencyId = agency.id;
    }
    for (const u of a.users) {
      if (await usernameTaken(db, u.username)) continue;
      const password = randomToken(12);
      await services.users.create(
        actor,
        { username: u.username, displayName: u.name, agencyId, roles: u.roles, password },
        { isDemo: true, mustChangePassword: true },
      );
      created.push({ username: u.username, password, roles: u.roles, agency: a.name });
    }
  }
  console.log('DỮ LIỆU MẪU — chỉ để khám phá, không dùng cho nghiệp vụ thật.');
  // Each register adds its own demo records, written by the demo officers through its service.
  for (const [label, written] of await seedRegisterDemos(db, services.registers))
    console.log(`  ${label}: ${written.toLocaleString('vi-VN')} bản ghi mẫu`);
  if (created.length === 0) {
    console.log('Các tài khoản mẫu đã có sẵn (mật khẩu của chúng chỉ được in ở lần tạo).');
    return;
  }
  console.log(
    'Mật khẩu dùng một lần của từng tài khoản mẫu (chỉ hiện lần này; phải đổi ở lần đăng nhập đầu):',
  );
  const header = `  ${'Tên đăng nhập'.padEnd(20)} ${'Mật khẩu dùng một lần'.padEnd(22)} ${'Vai trò'.padEnd(22)} Cơ quan`;
  console.log(header);
  for (const c of created)
    console.log(
      `  ${c.username.padEnd(20)} ${c.password.padEnd(22)} ${c.roles.join(', ').padEnd(22)} ${c.agency}`,
    );
  console.log(
    '(tài khoản có vai trò bắt buộc xác thực hai lớp phải đăng ký ứng dụng TOTP ở lần đăng nhập đầu)',
  );
  console.log('DỮ LIỆU MẪU — hết danh sách.');
}
