import { z } from 'zod';

/**
 * Kinds of the documents the work follows (văn bản chỉ đạo, kế hoạch, quyết định). The issue names chỉ thị,
 * nghị quyết, kế hoạch, quyết định, công văn, báo cáo; laws and decrees (Luật 73/2021, Luật 120/2025, NĐ
 * 105/2021) are what the measures rest on, so they have kinds of their own rather than `other`.
 */
export const documentKinds = [
  'directive',
  'resolution',
  'plan',
  'decision',
  'law',
  'decree',
  'official_letter',
  'report',
  'other',
] as const;
export const documentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKind>;
export const documentKindLabel: Record<DocumentKind, { vi: string; en: string }> = {
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  law: { vi: 'Luật', en: 'Law' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  official_letter: { vi: 'Công văn', en: 'Official letter' },
  report: { vi: 'Báo cáo', en: 'Report' },
  other: { vi: 'Văn bản khác', en: 'Other' },
};

/** In force (còn hiệu lực), replaced by another document (bị thay thế), expired (hết hiệu lực). */
export const documentStatuses = ['in_force', 'replaced', 'expired'] as const;
export const documentStatus = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatus>;
export const documentStatusLabel: Record<DocumentStatus, { vi: string; en: string }> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  replaced: { vi: 'Bị thay thế', en: 'Replaced' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
};

/**
 * The moves: an in-force document is replaced or expires; a replaced or expired one returns to force only
 * as a correction of a mistaken move (the reason is kept in the trail).
 */
const documentMoves: Record<DocumentStatus, readonly DocumentStatus[]> = {
  in_force: ['replaced', 'expired'],
  replaced: ['in_force'],
  expired: ['in_force'],
};
export const allowedDocumentTransitions = (from: DocumentStatus): readonly DocumentStatus[] =>
  documentMoves[from];
