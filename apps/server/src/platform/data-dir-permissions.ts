import { chmodSync, lstatSync, mkdirSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * The data directory holds the embedded database, the key file and one-time secrets: only the service user
 * may read it. PGlite creates its files 0666 whatever the umask, so the tree is checked and tightened at
 * every start (with a warning naming what was fixed) and again after PGlite opens and closes its files.
 */

/** Restrictive umask for every file the process creates itself (0700 directories, 0600 files). */
export const OWNER_ONLY_UMASK = 0o077;

const GROUP_OTHER = 0o077;

/** No check on systems without POSIX owners (Windows): there is nothing to compare. */
const currentUid = (): number | null => (typeof process.getuid === 'function' ? process.getuid() : null);

/**
 * Removes group and other permissions from `dir` and everything under it (symbolic links are neither
 * followed nor changed). Returns the paths it changed, relative to `dir` ("." for `dir` itself).
 * Throws, naming the path, when something in the tree belongs to another user: chmod would fail, and a
 * foreign owner means someone else can change our data.
 */
export function tightenTree(dir: string, skip: readonly string[] = []): string[] {
  const uid = currentUid();
  if (uid === null) return [];
  const fixed: string[] = [];
  const visit = (p: string, st: Stats) => {
    if (st.isSymbolicLink()) return;
    if (st.uid !== uid) throw foreignOwner(p, st.uid, uid);
    if ((st.mode & GROUP_OTHER) !== 0) {
      chmodSync(p, st.mode & 0o7700);
      fixed.push(path.relative(dir, p) || '.');
    }
    if (st.isDirectory())
      for (const name of readdirSync(p)) {
        if (p === dir && skip.includes(name)) continue;
        const child = path.join(p, name);
        let cst: Stats;
        try {
          cst = lstatSync(child);
        } catch (err) {
          // PGlite may remove a temporary file while we walk: nothing left to protect.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
          throw err;
        }
        visit(child, cst);
      }
  };
  visit(dir, lstatSync(dir));
  return fixed;
}

/**
 * Start-up check of DATA_DIR: creates it owner-only when missing, refuses when it belongs to another user,
 * and tightens anything group- or world-accessible. `skip` names entries directly under it that are not
 * ours to guard (the reference data shipped in the repository's `data/`, the default DATA_DIR when
 * developing). Returns a Vietnamese warning naming what was fixed, or null when nothing needed fixing.
 */
export function secureDataDir(dir: string, skip: readonly string[] = []): string | null {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fixed = tightenTree(dir, skip);
  if (fixed.length === 0) return null;
  const shown = fixed.slice(0, 10).map((p) => `  ${p === '.' ? dir : path.join(dir, p)}`);
  if (fixed.length > 10) shown.push(`  … và ${fixed.length - 10} mục khác`);
  return [
    `CẢNH BÁO: thư mục dữ liệu ${dir} có ${fixed.length} mục mà nhóm hoặc người dùng khác đọc/ghi được; đã thu hồi quyền đó (chỉ chủ sở hữu: thư mục 0700, tệp 0600):`,
    ...shown,
  ].join('\n');
}

function foreignOwner(p: string, owner: number, uid: number): Error {
  return new Error(
    `Thư mục dữ liệu không an toàn: ${p} thuộc người dùng khác (uid ${owner}), không phải người dùng đang chạy PCMT (uid ${uid}). ` +
      'Hãy chạy PCMT bằng đúng tài khoản dịch vụ sở hữu thư mục dữ liệu, hoặc chuyển quyền sở hữu (chown) rồi khởi động lại.',
  );
}
