import type { MeasureType, PersonCreate, Sex } from '@pcmt/contracts';
import { addDays, addMonthsClamped } from '@pcmt/domain';
import { todayInVietnam } from '../../platform/clock.ts';
import type { DemoWorld } from '../../registers/register.ts';
import type { Actor } from '../access/actor.ts';
import type { PersonModule } from './person.module.ts';
import { communesToday, demoPersonCount } from './person.repository.ts';

/**
 * `pcmt seed --demo`: a few hundred synthetic persons with clearly fictitious names (every name ends in
 * "(mẫu N)"), flagged demo, spread over the demo communes (Phường Kon Tum, Xã Đăk Hà) and, for PC04, other
 * communes; with tests, determinations and measures at every stage dated around the day of the seed, so some
 * alerts are due (a measure ending within 30 days, a determination due after a relapse, a management decision
 * missing after a positive test, Điều 256a windows). Two records are the same fictitious person spelt "Hoà" and
 * "Hòa" with the same birth date (the duplicates review list shows them).
 */
const DEMO_PERSONS = 240;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'A', 'Y', 'Rơ Châm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = [
  'Hoà',
  'Thuỷ',
  'Bình',
  'Hùng',
  'Dũng',
  'Tâm',
  'Khoa',
  'Long',
  'Phúc',
  'Sơn',
  'Toàn',
  'Vinh',
  'Nam',
];
const ETHNIC = ['01', '01', '01', '16', '12', '10', '01', '37'];

/** A deterministic spread (the same demo on every machine). */
const pick = <T>(list: readonly T[], i: number, salt: number) =>
  list[(i * 7 + salt * 13 + (i >> 3)) % list.length]!;

type Stage =
  | 'suspect'
  | 'tested'
  | 'managed'
  | 'relapsed'
  | 'voluntary'
  | 'quit'
  | 'compulsory'
  | 'post_rehab'
  | 'completed'
  | 'methadone'
  | 'ending_soon';
const STAGES: Stage[] = [
  'suspect',
  'tested',
  'managed',
  'relapsed',
  'voluntary',
  'quit',
  'compulsory',
  'post_rehab',
  'completed',
  'methadone',
  'ending_soon',
];

/** A CCCD consistent with the birth year and sex (Kon Tum 062 or Quảng Ngãi 051), unique per demo index. */
function cccdOf(i: number, birthYear: number, sex: Sex): string {
  const century = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  const province = i % 2 ? '062' : '051';
  return `${province}${century}${String(birthYear % 100).padStart(2, '0')}${String(900000 + i).slice(-6)}`;
}

export async function personDemo(m: PersonModule, world: DemoWorld): Promise<number> {
  // Once only: running the seed again must not double the register.
  if ((await demoPersonCount(world.db)) > 0) return 0;
  const today = todayInVietnam();
  const kontum = await world.actorOf('DEMO-CA-KONTUM');
  const dakha = await world.actorOf('DEMO-CA-DAKHA');
  const pc04 = await world.actorOf('DEMO-PC04');
  const communes = await communesToday(world.db, { limit: 40 });
  const own = await communesToday(world.db, { limit: 2, codes: ['23293', '23500'] });
  const kontumUnit = own.find((c) => c.code === '23293')?.id ?? null;
  const dakhaUnit = own.find((c) => c.code === '23500')?.id ?? null;
  let written = 0;
  const d = (months: number, days = 0) => addDays(addMonthsClamped(today, months), days);

  for (let i = 0; i < DEMO_PERSONS; i++) {
    const [actor, unitId]: [Actor, string | null] =
      i % 5 < 2
        ? [kontum, kontumUnit]
        : i % 5 < 4
          ? [dakha, dakhaUnit]
          : [pc04, communes[(i * 3) % communes.length]?.id ?? null];
    if (!unitId) continue;
    const sex: Sex = i % 7 === 3 ? 'female' : 'male';
    const birthYear = 1968 + ((i * 11) % 40);
    const yearOnly = i % 9 === 4;
    const stage = STAGES[i % STAGES.length]!;
    const middle =
      sex === 'female'
        ? 'Thị'
        : pick(
            MIDDLE.filter((x) => x !== 'Thị'),
            i,
            2,
          );
    const input: PersonCreate = {
      fullName: `${pick(SURNAMES, i, 1)} ${middle} ${pick(GIVEN, i, 3)} (mẫu ${i + 1})`,
      ...(yearOnly
        ? { birthYear }
        : {
            birthDate: `${birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
          }),
      sex,
      ethnicity: pick(ETHNIC, i, 4),
      unitId,
      residenceAddress: `Tổ ${(i % 12) + 1} (địa chỉ mẫu)`,
      residenceSince: '2025-07-01',
      education: pick(['primary', 'lower_secondary', 'upper_secondary', 'vocational'] as const, i, 5),
      occupation: pick(['freelance', 'farmer', 'worker', 'unemployed'] as const, i, 6),
      substances:
        stage === 'suspect' ? [] : [pick(['methamphetamine', 'heroin', 'cannabis', 'mdma'] as const, i, 7)],
      firstUseYear:
        stage === 'suspect' ? null : Math.min(birthYear + 16 + (i % 6), Number(today.slice(0, 4))),
      managementFile: stage !== 'suspect',
      ...(i % 3 === 0 ? { cccd: cccdOf(i, birthYear, sex) } : {}),
      confirmDuplicates: true,
    };
    const p = await m.persons.create(actor, input, { isDemo: true });
    written += 1;
    const test = (on: string, result: 'positive' | 'negative' = 'positive') =>
      m.measures.addTest(
        actor,
        p.id,
        { testedOn: on, method: 'rapid_urine', substances: input.substances ?? [], result },
        { isDemo: true },
      );
    const determine = (on: string) =>
      m.measures.addDetermination(
        actor,
        p.id,
        {
          determinedOn: on,
          trigger: 'managed_user_relapse',
          performedBy: 'Trạm y tế (mẫu)',
          result: 'addicted',
        },
        { isDemo: true },
      );
    const measure = (type: MeasureType, decided: string, extra: { durationMonths?: number } = {}) =>
      m.measures.createMeasure(
        actor,
        p.id,
        {
          type,
          status: 'in_progress',
          decisionNumber: `${(i % 90) + 1}/QĐ-MẪU`,
          decisionDate: decided,
          decider: 'Chủ tịch UBND (mẫu)',
          startOn: decided,
          ...extra,
        },
        { isDemo: true },
      );
    const move = async (
      id: string,
      version: number,
      to: 'completed' | 'ended_early',
      on: string,
      extra = {},
    ) => m.measures.transition(actor, id, { to, on, reason: 'Dữ liệu mẫu', version, ...extra });

    switch (stage) {
      case 'suspect':
        await m.persons.addStatus(actor, p.id, { status: 'suspect', fromOn: d(-6), basis: 'Tin báo (mẫu)' });
        break;
      case 'tested':
        await test(d(0, -(i % 20) - 1));
        break;
      case 'managed':
        await test(d(-5));
        await measure('user_management', d(-5, 3));
        break;
      case 'ending_soon': {
        // Twelve months of management ending within the next weeks: "measure ending" is due.
        await test(d(-12, -5));
        await measure('user_management', d(-12, 10 + (i % 15)));
        break;
      }
      case 'relapsed':
        await test(d(-7));
        await measure('user_management', d(-7, 2));
        await test(d(0, -10)); // positive again while managed: a determination is due
        break;
      case 'voluntary':
        await test(d(-9));
        await determine(d(-8));
        await measure('voluntary_rehab_community', d(-4), { durationMonths: 6 });
        break;
      case 'quit': {
        await test(d(-10));
        await determine(d(-9, 5));
        const v = await measure('voluntary_rehab_community', d(-8), { durationMonths: 6 });
        await move(v.id, v.version, 'ended_early', d(-6), { endReason: 'quit' }); // Điều 256a d) window
        break;
      }
      case 'compulsory':
        await test(d(-8));
        await determine(d(-7));
        await measure('compulsory_rehab', d(-6), { durationMonths: 12 });
        break;
      case 'post_rehab': {
        await test(d(-22));
        await determine(d(-21));
        const c = await measure('compulsory_rehab', d(-20), { durationMonths: 12 });
        await move(c.id, c.version, 'completed', addMonthsClamped(d(-20), 12), {
          completionCertificate: `GCN-${i + 1}/MẪU`,
        });
        await measure('post_rehab_management', addDays(addMonthsClamped(d(-20), 12), 1));
        break;
      }
      case 'completed': {
        await test(d(-20));
        const u = await measure('user_management', d(-19));
        await move(u.id, u.version, 'completed', addMonthsClamped(d(-19), 12));
        break;
      }
      case 'methadone':
        await test(d(-15));
        await determine(d(-14));
        await measure('substitution_treatment', d(-13));
        break;
    }
  }
  // The same fictitious person twice, spelt with either tone placement: the duplicates review list finds them.
  if (kontumUnit) {
    for (const fullName of ['Nguyễn Văn Hoà (mẫu trùng)', 'NGUYỄN VĂN HÒA (mẫu trùng)']) {
      await m.persons.create(
        kontum,
        { fullName, birthDate: '1992-03-14', sex: 'male', unitId: kontumUnit, confirmDuplicates: true },
        { isDemo: true },
      );
      written += 1;
    }
  }
  return written;
}
