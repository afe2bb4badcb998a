import { formatDateDmy, type IsoDate } from '../calendar/dates.ts';
import type { BilingualText } from '../classification/types.ts';

/** Why a tip's extensions or suspensions break the rules of Điều 147–149 (typed, so the server can map them). */
export const tipDeadlineProblemCodes = [
  'invalid_date',
  'invalid_months',
  'before_receipt',
  'extension_too_long',
  'prosecutor_extension_too_long',
  'prosecutor_extension_repeated',
  'extension_after_prosecutor_extension',
  'extension_after_due',
  'extension_while_suspended',
  'extension_after_resumption',
  'suspension_overlap',
  'resumption_before_suspension',
] as const;
export type TipDeadlineProblemCode = (typeof tipDeadlineProblemCodes)[number];

export type TipDeadlineProblem = {
  code: TipDeadlineProblemCode;
  /** The offending input field, e.g. `extensions.1.months`, `suspendedPeriods.0.resumedOn`, `receivedOn`. */
  path: string;
  /** The limit broken (months, or the due date) when there is one. */
  limit?: number | IsoDate;
  message: BilingualText;
};

const dmy = (d: IsoDate | number | undefined): string =>
  typeof d === 'string' ? formatDateDmy(d) : String(d);

/** Vietnamese (with English) text of a problem, naming the limit. */
export function tipDeadlineProblemMessage(
  code: TipDeadlineProblemCode,
  limit?: number | IsoDate,
): BilingualText {
  switch (code) {
    case 'invalid_date':
      return { vi: 'Ngày không hợp lệ (cần yyyy-mm-dd)', en: 'Invalid date (yyyy-mm-dd expected)' };
    case 'invalid_months':
      return {
        vi: 'Số tháng gia hạn phải là số nguyên dương',
        en: 'Extension months must be a positive whole number',
      };
    case 'before_receipt':
      return {
        vi: 'Ngày quyết định không được trước ngày tiếp nhận',
        en: 'The decision cannot precede the receipt',
      };
    case 'extension_too_long':
      return {
        vi: `Cơ quan điều tra chỉ được kéo dài thời hạn giải quyết tổng cộng không quá ${dmy(limit)} tháng (Điều 147 BLTTHS)`,
        en: `The investigation body may lengthen the period by at most ${dmy(limit)} months in all (CPC art. 147)`,
      };
    case 'prosecutor_extension_too_long':
      return {
        vi: `Viện kiểm sát chỉ được gia hạn không quá ${dmy(limit)} tháng (Điều 147 BLTTHS)`,
        en: `The procuracy may extend by at most ${dmy(limit)} months (CPC art. 147)`,
      };
    case 'prosecutor_extension_repeated':
      return {
        vi: 'Viện kiểm sát chỉ được gia hạn một lần (Điều 147 BLTTHS)',
        en: 'The procuracy may extend only once (CPC art. 147)',
      };
    case 'extension_after_prosecutor_extension':
      return {
        vi: 'Không thể kéo dài thêm sau khi Viện kiểm sát đã gia hạn',
        en: "No further lengthening after the procuracy's extension",
      };
    case 'extension_after_due':
      return {
        vi: `Thời hạn giải quyết đã hết ngày ${dmy(limit)}; không thể gia hạn sau khi hết hạn`,
        en: `The period ended on ${dmy(limit)}; it cannot be extended after it ended`,
      };
    case 'extension_while_suspended':
      return {
        vi: 'Không thể gia hạn khi việc giải quyết đang tạm đình chỉ',
        en: 'No extension while handling is suspended',
      };
    case 'extension_after_resumption':
      return {
        vi: 'Sau khi phục hồi, thời hạn giải quyết là không quá 01 tháng và không được gia hạn (Điều 149 BLTTHS)',
        en: 'After resumption the period is at most 1 month and is not extended (CPC art. 149)',
      };
    case 'suspension_overlap':
      return {
        vi: 'Các lần tạm đình chỉ chồng lên nhau: lần trước chưa được phục hồi',
        en: 'Suspensions overlap: the previous one was not resumed',
      };
    case 'resumption_before_suspension':
      return {
        vi: 'Ngày phục hồi không được trước ngày tạm đình chỉ',
        en: 'Resumption cannot precede the suspension',
      };
  }
}

export const tipDeadlineProblem = (
  code: TipDeadlineProblemCode,
  path: string,
  limit?: number | IsoDate,
): TipDeadlineProblem => ({
  code,
  path,
  ...(limit === undefined ? {} : { limit }),
  message: tipDeadlineProblemMessage(code, limit),
});

/** Thrown by tipDeadlines on input that breaks the rules; `problems` lists every one, in date order. */
export class TipDeadlineError extends Error {
  readonly problems: readonly TipDeadlineProblem[];
  constructor(problems: readonly TipDeadlineProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message.en}`).join('; '));
    this.name = 'TipDeadlineError';
    this.problems = problems;
  }
}
