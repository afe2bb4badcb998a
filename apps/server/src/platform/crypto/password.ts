import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with explicit parameters (the library defaults differ between packages): 64 MiB, 3 passes,
 * 1 lane ≈ 60 ms on the reference machine (docs/SECURITY.md), OWASP's first recommended profile or stronger.
 */
const PARAMS = { algorithm: 2 as const, memoryCost: 65_536, timeCost: 3, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this keeps the time of a login for an unknown username the same as for a known one. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => {
  decoy ??= hashPassword('pcmt-decoy-password-not-used');
  return decoy;
};
