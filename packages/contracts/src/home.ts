import { z } from 'zod';

/** Figures of the home page for the signed-in user's jurisdiction; registers add theirs. */
export const homeFigureKeys = [
  'communes',
  'agencies',
  'users',
  'usersLocked',
  'usersWithoutMfa',
  'auditToday',
] as const;
export const homeSummary = z.object({
  figures: z.array(z.object({ key: z.enum(homeFigureKeys), value: z.number().int() })),
});
export type HomeSummary = z.infer<typeof homeSummary>;
