import { z } from 'zod';
import { personSummary } from './persons.ts';

/**
 * A person record linked to a hotspot, as the hotspot's read shows it: the person as the person register's lists
 * show them (CCCD masked, no sealed value), only for a reader who may read that person; `hiddenPersons` counts
 * the others (leadership, or persons of another commune).
 */
export const hotspotPersonLinkView = z.object({
  person: personSummary,
  role: z.string().nullable(),
  linkedOn: z.string(),
});
export type HotspotPersonLinkView = z.infer<typeof hotspotPersonLinkView>;
export const hotspotPersonLinks = z.object({
  data: z.array(hotspotPersonLinkView),
  hiddenPersons: z.number().int(),
});
export type HotspotPersonLinks = z.infer<typeof hotspotPersonLinks>;
