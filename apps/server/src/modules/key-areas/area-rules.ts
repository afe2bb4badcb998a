import { AppError } from '../../platform/errors.ts';

/** A 400 naming the offending field, in Vietnamese (the English form comes from the contract's messages). */
export const field = (path: string, message: string) =>
  new AppError('validation_failed', message, { details: [{ path, message }] });
export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Legal dates here: not in the future, not before the first unit data (31/8/2004). */
export function assertPastDate(
  path: string,
  on: string,
  today: string,
  after?: { date: string; what: string },
) {
  if (on > today) throw field(path, 'Ngày không được sau ngày hôm nay');
  if (on < '2004-08-31') throw field(path, 'Ngày quá xa: dữ liệu đơn vị hành chính bắt đầu từ 31/08/2004');
  if (after && on < after.date)
    throw field(path, `Ngày không được trước ${after.what} (${vnDate(after.date)})`);
}
