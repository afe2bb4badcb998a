import { z } from 'zod';
import { registerContracts } from './registers/index.ts';

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
/** `names`: every id on the page (actor, agency, record, ids inside before/after) named at display time. */
export const auditPage = z.object({
  data: z.array(auditEvent),
  nextBefore: z.number().int().nullable(),
  names: z.record(z.string(), z.string()),
});

/** `GET /audit/verify`: the chain check, plus (additive) the signed-checkpoint figures. */
export const auditVerifyReport = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.number().nullable(),
  reason: z.string().nullable(),
  /** Signed checkpoints checked. */
  checkpoints: z.number().int(),
  /** Highest row id a valid signed checkpoint vouches for (null: none yet). */
  lastCheckpointHeadId: z.number().int().nullable(),
  /** Rows up to this id predate the keyed chain (plain SHA-256); 0 when there are none. */
  legacyUntil: z.number().int(),
});
export type AuditVerifyReport = z.infer<typeof auditVerifyReport>;

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
  'auth.reauthenticated': 'Xác nhận lại mật khẩu hoặc mã xác thực',
  'auth.reauth_failed': 'Xác nhận lại thất bại',
  'token.create': 'Tạo mã truy cập API',
  'user.bootstrap': 'Tạo tài khoản quản trị đầu tiên',
  'user.create': 'Tạo người dùng',
  'user.mfa_reset': 'Đặt lại xác thực hai lớp',
  'user.password_reset': 'Cấp lại mật khẩu',
  'user.read': 'Xem thông tin người dùng',
  'user.list': 'Xem danh sách người dùng',
  'user.unlock': 'Mở khóa tài khoản',
  'user.update': 'Sửa người dùng',
  'attachment.create': 'Đính kèm tệp',
  'attachment.download': 'Tải tệp đính kèm',
  'audit.checkpoint': 'Tạo điểm kiểm tra nhật ký',
  // …and every register's actions (its contract), so a new register needs no line here.
  ...Object.fromEntries(
    registerContracts.flatMap((c) => Object.entries(c.auditActions).map(([action, l]) => [action, l.vi])),
  ),
};

/** Vietnamese names of the record types in the trail, for the filter and the record column. */
export const auditRecordTypeLabel: Record<string, string> = {
  user: 'Người dùng',
  agency: 'Cơ quan',
  api_token: 'Mã truy cập API',
  session: 'Phiên đăng nhập',
  audit_event: 'Nhật ký truy cập',
  attachment: 'Tệp đính kèm',
  ...Object.fromEntries(registerContracts.map((c) => [c.recordType, c.label.vi])),
};

/**
 * Vietnamese labels of the fields that appear in before/after, for the change table. Registers add theirs;
 * a field without a label is shown with a generic "Trường khác" label, never its key.
 */
export const auditFieldLabel: Record<string, string> = {
  // Registers' labels first, so a foundation label of the same key (kind, name, status…) keeps its meaning.
  ...Object.fromEntries(
    registerContracts.flatMap((c) => Object.entries(c.fieldLabels).map(([field, l]) => [field, l.vi])),
  ),
  id: 'Mã định danh',
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại cơ quan',
  unitIds: 'Địa bàn được giao',
  units: 'Địa bàn được giao',
  isDemo: 'Dữ liệu mẫu',
  version: 'Phiên bản',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  agencyId: 'Cơ quan',
  agencyName: 'Tên cơ quan',
  roles: 'Vai trò',
  status: 'Trạng thái',
  mfaEnabled: 'Xác thực hai lớp',
  lockedUntil: 'Tạm khóa đến',
  lastLoginAt: 'Đăng nhập gần nhất',
  failedLoginCount: 'Số lần đăng nhập sai',
  factor: 'Cách xác thực',
  prefix: 'Phần đầu mã',
  days: 'Thời hạn (ngày)',
  mfa: 'Yêu cầu xác thực hai lớp',
  returned: 'Số dòng trả về',
  total: 'Tổng số',
  filter: 'Bộ lọc',
  checked: 'Số sự kiện đã kiểm tra',
  ok: 'Toàn vẹn',
  brokenAt: 'Vị trí sai lệch',
  reason: 'Lý do',
  createdAt: 'Tạo lúc',
  lastSeenAt: 'Hoạt động gần nhất',
  expiresAt: 'Hết hạn',
  ip: 'Địa chỉ IP',
  userAgent: 'Trình duyệt',
};
