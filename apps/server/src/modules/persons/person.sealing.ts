import { maskCccd, normalizeCccd } from '@pcmt/domain';
import { hmacSha256Hex, type Keyring } from '../../platform/crypto/keys.ts';

/**
 * The person register's protected values (issue 9 §5). The CCCD and the health details are sealed with the
 * keyring (AES-256-GCM), bound to their row and field (`person.cccd:<id>`): copied to another row they no longer
 * open. The CCCD also gets a blind index for exact lookups, an HMAC-SHA256 under a key DERIVED from the keyring's
 * HMAC key (HMAC of a fixed label), so these digests are never comparable with any other blind index the
 * keyring computes, and a stored mask (`0**********5`) for lists and roles without need-to-know.
 */
export type PersonSealing = ReturnType<typeof personSealing>;

export function personSealing(keyring: Keyring) {
  const indexKey = Buffer.from(keyring.blindIndex('pcmt/blind-index/person.cccd/v1'), 'hex');
  const aad = (field: 'cccd' | 'health', id: string) => `person.${field}:${id}`;
  return {
    /** The columns a CCCD is stored as (null clears them). */
    cccdColumns(id: string, cccd: string | null) {
      if (cccd === null) return { cccdSealed: null, cccdIndex: null, cccdMask: null };
      const n = normalizeCccd(cccd);
      return {
        cccdSealed: keyring.seal(n, aad('cccd', id)),
        cccdIndex: hmacSha256Hex(indexKey, n),
        cccdMask: maskCccd(n),
      };
    },
    /** The blind index of a typed CCCD, to find its record without decrypting anything. */
    cccdIndex: (cccd: string) => hmacSha256Hex(indexKey, normalizeCccd(cccd)),
    healthColumn: (id: string, health: string | null) => ({
      healthSealed: health === null ? null : keyring.seal(health, aad('health', id)),
    }),
    openCccd: (id: string, sealed: string | null) =>
      sealed ? keyring.unseal(sealed, aad('cccd', id)) : null,
    openHealth: (id: string, sealed: string | null) =>
      sealed ? keyring.unseal(sealed, aad('health', id)) : null,
  };
}
