import type { TipReporterDetails, TipReporterRevealed } from '@pcmt/contracts';
import type { Keyring } from '../../platform/crypto/keys.ts';
import type { TipReporterMask } from '../../platform/db/schema/index.ts';

/**
 * The reporter's identity and contact (Điều 484–490 protection): one JSON value sealed with the keyring, bound
 * to its tip (`tip.reporter:<id>`), so copied to another row it no longer opens. Lists, reads, exports and audit
 * rows only ever carry the masks; the clear values come from `POST /tips/:id/reporter` with a reason, audited.
 */
const aad = (tipId: string) => `tip.reporter:${tipId}`;
const fields = ['name', 'phone', 'email', 'address', 'idNumber', 'note'] as const;

/** "Nguyễn Văn An" → "N*** V** A*"; "0912345678" → "09******78"; "an@x.vn" → "a*@x.vn". */
const maskWords = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => [...w][0] + '*'.repeat(Math.max(1, [...w].length - 1)))
    .join(' ');
const maskPhone = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.length < 5
    ? '*'.repeat(d.length || 3)
    : `${d.slice(0, 2)}${'*'.repeat(d.length - 4)}${d.slice(-2)}`;
};
const maskEmail = (s: string) => {
  const [user = '', host = ''] = s.split('@');
  return `${user.slice(0, 1)}*@${host}`;
};

export function tipSealing(keyring: Keyring) {
  return {
    /** The columns of the reporter's details; nothing given → nothing stored. */
    columns(tipId: string, details: TipReporterDetails | null | undefined) {
      const clean = Object.fromEntries(
        fields.map((f) => [f, details?.[f] ?? null]).filter(([, v]) => v !== null && v !== ''),
      );
      if (Object.keys(clean).length === 0) return { reporterSealed: null, reporterMask: null };
      const mask: TipReporterMask = {
        name: clean.name ? maskWords(clean.name) : null,
        phone: clean.phone ? maskPhone(clean.phone) : null,
        email: clean.email ? maskEmail(clean.email) : null,
      };
      return { reporterSealed: keyring.seal(JSON.stringify(clean), aad(tipId)), reporterMask: mask };
    },
    open(tipId: string, sealed: string | null): TipReporterRevealed {
      const v = sealed ? (JSON.parse(keyring.unseal(sealed, aad(tipId))) as Record<string, string>) : {};
      return Object.fromEntries(fields.map((f) => [f, v[f] ?? null])) as TipReporterRevealed;
    },
  };
}
export type TipSealing = ReturnType<typeof tipSealing>;
