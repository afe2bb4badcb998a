import { z } from 'zod';
import { pagedQuery } from '../list.ts';
import { isoDate, vnText } from '../text.ts';
import { campaignIndicator, campaignPhase, drugType, unitFamily } from './case-enums.ts';
import { campaignMessages as m } from './case-messages.ts';
import { seizureTotal } from './cases.ts';
import { defineRegisterContract } from './register-contract.ts';

const campaignPermissions = ['campaign.read', 'campaign.write'] as const;

/**
 * Peak campaigns (đợt cao điểm): a period, the units taking part and targets; their results are computed from
 * the records dated inside the period (issue 11 item 2), never typed in.
 */
export const campaignContract = defineRegisterContract({
  recordType: 'campaign',
  label: { vi: 'Đợt cao điểm', en: 'Peak campaign' },
  permissions: campaignPermissions,
  // PC04 launches the province's campaigns, a commune police chief the commune's; the units taking part,
  // the commune committee and the provincial leadership follow the results (counts, no names).
  grants: {
    drug_police: [...campaignPermissions],
    commune_police_chief: [...campaignPermissions],
    commune_police: ['campaign.read'],
    commune_committee: ['campaign.read'],
    border_guard: ['campaign.read'],
    leadership: ['campaign.read'],
  },
  unscoped: { leadership: ['campaign.read'] },
  auditActions: {
    'campaign.create': { vi: 'Lập đợt cao điểm', en: 'Launch a peak campaign' },
    'campaign.update': { vi: 'Sửa đợt cao điểm', en: 'Edit a peak campaign' },
    'campaign.read': { vi: 'Xem đợt cao điểm', en: 'View a peak campaign' },
    'campaign.list': { vi: 'Xem danh sách đợt cao điểm', en: 'List peak campaigns' },
    'campaign.results': { vi: 'Xem kết quả đợt cao điểm', en: 'View a campaign’s results' },
  },
  fieldLabels: {
    name: { vi: 'Tên đợt cao điểm', en: 'Name' },
    decisionNumber: { vi: 'Số kế hoạch, quyết định', en: 'Plan or decision number' },
    periodFrom: { vi: 'Từ ngày', en: 'From' },
    periodTo: { vi: 'Đến ngày', en: 'To' },
    unitId: { vi: 'Đơn vị chủ trì', en: 'Leading unit' },
    unitIds: { vi: 'Đơn vị tham gia', en: 'Units taking part' },
    targets: { vi: 'Chỉ tiêu', en: 'Targets' },
    summary: { vi: 'Nội dung', en: 'Summary' },
  },
  messages: m,
});

export const campaignTarget = z.strictObject({
  indicator: campaignIndicator,
  /** Seizure targets: the unit family (required) and optionally one drug type. */
  drugType: drugType.nullable().optional(),
  family: unitFamily.nullable().optional(),
  target: z.number(m['campaign.targetNotNegative'].vi).min(0, m['campaign.targetNotNegative'].vi).max(1e9),
});
export type CampaignTargetInput = z.infer<typeof campaignTarget>;

const campaignFields = {
  name: vnText({ max: 200 }),
  decisionNumber: vnText({ max: 100 }).nullable().optional(),
  periodFrom: isoDate,
  periodTo: isoDate,
  /** The leading unit (the province, or a commune), in the writer's jurisdiction. */
  unitId: z.uuid(),
  /** The units taking part (communes, or the province): results count the records of them and below. */
  unitIds: z.array(z.uuid()).min(1).max(200),
  targets: z.array(campaignTarget).max(40),
  summary: vnText({ max: 4000 }).nullable().optional(),
};
export const campaignCreate = z.strictObject(campaignFields);
export type CampaignCreate = z.infer<typeof campaignCreate>;
export const campaignUpdate = z.strictObject({ ...campaignFields, version: z.number().int() });
export type CampaignUpdate = z.infer<typeof campaignUpdate>;

const ref = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const targetRecord = z.object({
  indicator: campaignIndicator,
  drugType: drugType.nullable(),
  family: unitFamily.nullable(),
  target: z.number(),
});
export const peakCampaign = z.object({
  id: z.uuid(),
  name: z.string(),
  decisionNumber: z.string().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  phase: campaignPhase,
  unit: ref,
  units: z.array(ref),
  targets: z.array(targetRecord),
  summary: z.string().nullable(),
  agency: ref,
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PeakCampaign = z.infer<typeof peakCampaign>;

export const campaignSortKeys = ['periodFrom', 'name', 'updatedAt'] as const;
export const campaignListQuery = pagedQuery(campaignSortKeys).extend({
  phase: campaignPhase.optional(),
  unitId: z.uuid().optional(),
  /** Campaigns whose period overlaps [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuery>;

const counts = z.object({
  cases_opened: z.number().int(),
  suspects: z.number().int(),
  arrests: z.number().int(),
  hotspots_eliminated: z.number().int(),
  businesses_inspected: z.number().int(),
  plants_destroyed: z.number().int(),
});
/** Results computed from the records dated inside the campaign, by participating unit, against the targets. */
export const campaignResultsSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string(), periodFrom: z.string(), periodTo: z.string() }),
  byUnit: z.array(z.object({ unit: ref, counts, seizures: z.array(seizureTotal) })),
  total: z.object({ counts, seizures: z.array(seizureTotal) }),
  targets: z.array(targetRecord.extend({ actual: z.number(), met: z.boolean() })),
});
export type CampaignResults = z.infer<typeof campaignResultsSchema>;
