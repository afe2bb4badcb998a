import { z } from 'zod';

export const auditEvent = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorUsername: z.string().nullable(),
  actorAgencyId: z.uuid().nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditQuery = z.strictObject({
  actor: z.string().max(50).optional(),
  action: z.string().max(100).optional(),
  recordType: z.string().max(100).optional(),
  recordId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditPage = z.object({ data: z.array(auditEvent), nextBefore: z.number().int().nullable() });

/** Vietnamese names of audit actions for the oversight page; registers add theirs. Unknown codes show as is. */
export const auditActionLabel: Record<string, string> = {
  'agency.create': 'Tạo cơ quan',
  'agency.update': 'Sửa cơ quan',
  'audit.read': 'Xem nhật ký truy cập',
  'audit.verify': 'Kiểm tra chuỗi nhật ký',
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.logout': 'Đăng xuất',
  'auth.session_revoked': 'Kết thúc phiên đăng nhập khác',
  'auth.mfa_enrolled': 'Đăng ký xác thực hai lớp',
  'auth.mfa_enrol_started': 'Bắt đầu đăng ký xác thực hai lớp',
  'token.revoke': 'Thu hồi mã truy cập API',
  'auth.mfa_failed': 'Nhập sai mã xác thực',
  'auth.mfa_passed': 'Xác thực hai lớp',
  'auth.mfa_recovery_used': 'Dùng mã khôi phục',
  'auth.password_change_failed': 'Đổi mật khẩu thất bại',
  'auth.password_changed': 'Đổi mật khẩu',
  'token.create': 'Tạo mã truy cập API',
  'user.bootstrap': 'Tạo tài khoản quản trị đầu tiên',
  'user.create': 'Tạo người dùng',
  'user.mfa_reset': 'Đặt lại xác thực hai lớp',
  'user.password_reset': 'Cấp lại mật khẩu',
  'user.read': 'Xem thông tin người dùng',
  'user.list': 'Xem danh sách người dùng',
  'user.unlock': 'Mở khóa tài khoản',
  'user.update': 'Sửa người dùng',
};
