import type { AgencyKind, Role } from '@pcmt/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { refreshAgencyScope } from '../modules/access/scope.ts';
import { appendAudit, systemContext } from '../modules/audit/audit.recorder.ts';
import { hashPassword } from '../platform/crypto/password.ts';
import type { Db } from '../platform/db/client.ts';
import { agency, agencyUnit, unit, userAccount } from '../platform/db/schema/index.ts';

/** Shared password of the demo accounts: printed, never used outside demo data (is_demo = true). */
export const DEMO_PASSWORD = 'Dữ-liệu-mẫu-PCMT-2026';

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

export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created: string[] = [];
  await db.transaction(async (tx) => {
    for (const a of DEMO) {
      const [existing] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.code, a.code));
      let agencyId = existing?.id;
      if (!agencyId) {
        const [row] = await tx
          .insert(agency)
          .values({ code: a.code, name: a.name, kind: a.kind, isDemo: true })
          .returning({ id: agency.id });
        agencyId = row!.id;
        for (const code of a.units) {
          const [u] = await tx
            .select({ id: unit.id })
            .from(unit)
            .where(and(eq(unit.code, code), isNull(unit.validTo)));
          if (!u) throw new Error(`Thiếu đơn vị ${code}: chạy "pcmt migrate" trước`);
          await tx.insert(agencyUnit).values({ agencyId, unitId: u.id });
        }
        await refreshAgencyScope(tx, agencyId);
        await appendAudit(tx, systemContext(), {
          action: 'agency.create',
          recordType: 'agency',
          recordId: agencyId,
          after: { code: a.code, demo: true },
        });
      }
      for (const u of a.users) {
        const [taken] = await tx
          .select({ id: userAccount.id })
          .from(userAccount)
          .where(eq(userAccount.username, u.username));
        if (taken) continue;
        const [row] = await tx
          .insert(userAccount)
          .values({
            username: u.username,
            displayName: u.name,
            agencyId,
            roles: u.roles,
            passwordHash,
            isDemo: true,
          })
          .returning({ id: userAccount.id });
        await appendAudit(tx, systemContext(), {
          action: 'user.create',
          recordType: 'user',
          recordId: row!.id,
          after: { username: u.username, roles: u.roles, demo: true },
        });
        created.push(`  ${u.username.padEnd(22)} ${u.roles.join(', ').padEnd(22)} ${a.name}`);
      }
    }
  });
  console.log('DỮ LIỆU MẪU — chỉ để khám phá, không dùng cho nghiệp vụ thật.');
  if (created.length === 0) {
    console.log('Các tài khoản mẫu đã có sẵn.');
    return;
  }
  console.log(`Mật khẩu chung của tài khoản mẫu: ${DEMO_PASSWORD}`);
  console.log('(vai trò admin, PC04, lãnh đạo phải đăng ký xác thực hai lớp ở lần đăng nhập đầu)');
  console.log(created.join('\n'));
}
