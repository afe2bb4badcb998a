/**
 * What the portal accepts, checked in the browser before anything is sent (the server sniffs the bytes and
 * decides; these mirror its defaults: photos JPEG/PNG/WebP ≤ 10 MB, documents PDF/DOCX/XLSX ≤ 20 MB, 10 files).
 */
export const PORTAL_FILE_LIMITS = { imageMb: 10, documentMb: 20, maxFiles: 10 } as const;

const IMAGE = /\.(jpe?g|png|webp)$/i;
const DOCUMENT = /\.(pdf|docx|xlsx)$/i;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const DOCUMENT_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

export const ACCEPT =
  '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,image/jpeg,image/png,image/webp,application/pdf';

export type FileProblem =
  | { kind: 'type'; name: string }
  | { kind: 'size'; name: string; max: number }
  | { kind: 'count'; max: number };

export function kindOf(file: File): 'image' | 'document' | null {
  if (IMAGE_TYPES.has(file.type) || IMAGE.test(file.name)) return 'image';
  if (DOCUMENT_TYPES.has(file.type) || DOCUMENT.test(file.name)) return 'document';
  return null;
}

/** The files that may go, and what is wrong with the others. */
export function checkFiles(chosen: File[], already = 0): { ok: File[]; problems: FileProblem[] } {
  const ok: File[] = [];
  const problems: FileProblem[] = [];
  for (const file of chosen) {
    const kind = kindOf(file);
    if (!kind) {
      problems.push({ kind: 'type', name: file.name });
      continue;
    }
    const max = kind === 'image' ? PORTAL_FILE_LIMITS.imageMb : PORTAL_FILE_LIMITS.documentMb;
    if (file.size > max * 1024 * 1024) {
      problems.push({ kind: 'size', name: file.name, max });
      continue;
    }
    if (already + ok.length >= PORTAL_FILE_LIMITS.maxFiles) {
      problems.push({ kind: 'count', max: PORTAL_FILE_LIMITS.maxFiles });
      break;
    }
    ok.push(file);
  }
  return { ok, problems };
}

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
