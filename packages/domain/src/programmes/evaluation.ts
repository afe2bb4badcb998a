/**
 * The final evaluation of a transformation programme against a configurable checklist (issue 8: đạt / không
 * đạt, each criterion with its evidence and an attachment). No drug-specific evaluation rule text was
 * retrieved (DOMAIN.md b4 "Transformation success": unconfirmed; reference/legal-notes.md §1.4), so the
 * default checklist below is configuration the province replaces; the rule itself is fixed: the programme is
 * đạt only when every **required** criterion is met.
 */
type Text = { vi: string; en: string };

export type EvaluationCriterion = { id: string; label: Text; required: boolean };

export const defaultEvaluationChecklist: readonly EvaluationCriterion[] = [
  {
    id: 'hotspots_eliminated',
    label: {
      vi: 'Triệt xóa toàn bộ điểm, tụ điểm phức tạp về ma túy trên địa bàn, không để hình thành mới',
      en: 'Every drug spot and gathering place in the commune eliminated, none newly formed',
    },
    required: true,
  },
  {
    id: 'no_use_venues',
    label: {
      vi: 'Không còn địa điểm tổ chức, chứa chấp việc sử dụng trái phép chất ma túy',
      en: 'No place left organising or harbouring illicit drug use',
    },
    required: true,
  },
  {
    id: 'persons_managed',
    label: {
      vi: 'Người nghiện, người sử dụng trái phép chất ma túy được lập hồ sơ quản lý và áp dụng biện pháp theo quy định',
      en: 'Addicts and illicit users on file and under the measures the law requires',
    },
    required: true,
  },
  {
    id: 'no_plants',
    label: {
      vi: 'Không phát hiện trồng cây có chứa chất ma túy',
      en: 'No narcotic plants found growing',
    },
    required: true,
  },
  {
    id: 'class_lowered',
    label: {
      vi: 'Xã ra khỏi danh sách địa bàn trọng điểm, phức tạp về ma túy hoặc được hạ loại theo kết quả phân loại',
      en: 'The commune leaves the key-area classes, or moves to a lower class, by its classification',
    },
    required: true,
  },
  {
    id: 'propaganda',
    label: {
      vi: 'Tuyên truyền, phát động phong trào toàn dân phòng, chống ma túy đạt kế hoạch',
      en: 'Propaganda and the mass movement carried out as planned',
    },
    required: false,
  },
  {
    id: 'community_model',
    label: {
      vi: 'Xây dựng, duy trì mô hình tự quản về phòng, chống ma túy ở khu dân cư',
      en: 'A community self-management model against drugs built and kept running',
    },
    required: false,
  },
];

export type CriterionAnswer = {
  criterionId: string;
  met: boolean;
  evidence?: string | null | undefined;
  attachmentId?: string | null | undefined;
};

/** What is wrong with an evaluation, each at the index of the answer (or the checklist id) it concerns. */
export type EvaluationProblem =
  | { kind: 'unknown_criterion'; index: number; criterionId: string }
  | { kind: 'duplicate_criterion'; index: number; criterionId: string }
  | { kind: 'missing_required'; criterionId: string }
  | { kind: 'missing_evidence'; index: number; criterionId: string };

export type EvaluationResult = {
  /** đạt: every required criterion answered and met. */
  passed: boolean;
  /** Required criteria answered "not met" (why the programme is không đạt). */
  unmetRequired: string[];
  problems: EvaluationProblem[];
};

const hasText = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;

/**
 * Checks and decides an evaluation: every answer names a criterion of the checklist once, every required
 * criterion is answered, a criterion marked not met carries its evidence (text). With problems, `passed` is
 * false and the caller refuses the evaluation (400 naming the field).
 */
export function evaluateProgramme(
  answers: readonly CriterionAnswer[],
  checklist: readonly EvaluationCriterion[] = defaultEvaluationChecklist,
): EvaluationResult {
  const known = new Map(checklist.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const problems: EvaluationProblem[] = [];
  answers.forEach((a, index) => {
    if (!known.has(a.criterionId))
      problems.push({ kind: 'unknown_criterion', index, criterionId: a.criterionId });
    else if (seen.has(a.criterionId))
      problems.push({ kind: 'duplicate_criterion', index, criterionId: a.criterionId });
    seen.add(a.criterionId);
    if (!a.met && !hasText(a.evidence))
      problems.push({ kind: 'missing_evidence', index, criterionId: a.criterionId });
  });
  for (const c of checklist)
    if (c.required && !seen.has(c.id)) problems.push({ kind: 'missing_required', criterionId: c.id });
  const unmetRequired = answers
    .filter((a) => !a.met && known.get(a.criterionId)?.required)
    .map((a) => a.criterionId);
  return { passed: problems.length === 0 && unmetRequired.length === 0, unmetRequired, problems };
}
