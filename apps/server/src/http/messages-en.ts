import { messageCatalogue, placeholdersOf } from '@pcmt/contracts';

/**
 * English, the second locale. Vietnamese messages are the message ids (as gettext's msgids are the source
 * language): services keep writing the Vietnamese sentence users read first, and this table gives its
 * English form when the client asks for English (`Accept-Language: en…`). `messages-en.test.ts` fails when a
 * service message has no English entry.
 */
const exact: Record<string, string> = {
  'Bạn cần đăng nhập': 'You need to sign in',
  'Bạn không có quyền thực hiện thao tác này': 'You are not allowed to do this',
  'Bản ghi đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.':
    'Someone else changed this record. Reload it and try again.',
  'Có đơn vị hành chính không tồn tại': 'Some administrative units do not exist',
  'Đơn vị hành chính không tồn tại': 'Administrative unit does not exist',
  'Mã cơ quan đã được dùng': 'This agency code is already used',
  'Mật khẩu phải có ít nhất 12 ký tự': 'The password must have at least 12 characters',
  'Mật khẩu dài tối đa 256 ký tự': 'The password may have at most 256 characters',
  'Mật khẩu không được chứa tên đăng nhập': 'The password must not contain the username',
  'Mật khẩu không được lặp một ký tự': 'The password must not repeat a single character',
  'Mật khẩu quá phổ biến, hãy chọn mật khẩu khác': 'This password is too common, choose another one',
  'Mật khẩu chỉ là một mật khẩu phổ biến thêm chữ số hoặc ký hiệu, hãy chọn mật khẩu khác':
    'This password is a common password with digits or symbols added, choose another one',
  'Cơ quan không tồn tại': 'Agency does not exist',
  'Tên đăng nhập đã tồn tại': 'This username already exists',
  'Không thể tự bỏ quyền quản trị hoặc tự khóa tài khoản của mình':
    'You cannot remove your own administrator role or disable your own account',
  'Không thể tự đặt lại mật khẩu của mình; hãy dùng chức năng đổi mật khẩu':
    'You cannot reset your own password; use "Change password"',
  'Tên đăng nhập hoặc mật khẩu không đúng': 'Wrong username or password',
  'Tài khoản đã bị vô hiệu hóa, liên hệ quản trị hệ thống':
    'This account is disabled; contact the administrator',
  'Mật khẩu hiện tại không đúng': 'The current password is wrong',
  'Mật khẩu mới phải khác mật khẩu cũ': 'The new password must differ from the old one',
  'Tài khoản chưa đăng ký xác thực hai lớp': 'This account has not set up two-factor authentication',
  'Mã xác thực không đúng': 'Wrong verification code',
  'Mã xác thực không đúng hoặc đã hết hạn': 'Wrong or expired verification code',
  'Xác thực hai lớp đã được bật; liên hệ quản trị hệ thống để đặt lại nếu mất thiết bị':
    'Two-factor authentication is already on; ask the administrator to reset it if you lost your device',
  'Chưa bắt đầu đăng ký xác thực hai lớp': 'Two-factor enrolment has not been started',
  'Mã truy cập API không hợp lệ': 'Invalid API token',
  'Mã phiên không hợp lệ': 'Invalid session id',
  'Mã truy cập API không hợp lệ hoặc đã hết hạn': 'Invalid or expired API token',
  'Phiên làm việc không hợp lệ (CSRF), vui lòng tải lại trang': 'Invalid session (CSRF), reload the page',
  'Thao tác này chỉ dùng khi đăng nhập trên trình duyệt': 'This action needs a browser session',
  'Cần hoàn tất xác thực hai lớp': 'Complete two-factor authentication first',
  'Cần đổi mật khẩu trước khi tiếp tục': 'Change your password before continuing',
  'Dữ liệu không hợp lệ, kiểm tra các trường được nêu': 'Invalid data, check the fields listed',
  'Dữ liệu gửi lên quá lớn': 'The request is too large',
  'Định dạng dữ liệu không được hỗ trợ, hãy gửi JSON': 'Unsupported media type, send JSON',
  'Độ dài dữ liệu không hợp lệ': 'Invalid content length',
  'Thiếu nội dung JSON': 'Missing JSON body',
  'Nội dung JSON không hợp lệ': 'Invalid JSON',
  'Dữ liệu không hợp lệ': 'Invalid data',
  'Quá nhiều yêu cầu, vui lòng thử lại sau': 'Too many requests, try again later',
  'Yêu cầu không hợp lệ': 'Invalid request',
  'Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị kèm mã yêu cầu':
    'System error: try again or report it to the administrator with the request id',
  'Không tìm thấy địa chỉ yêu cầu': 'No such address',
  'Mật khẩu không đúng': 'Wrong password',
  'Tài khoản chưa bật xác thực hai lớp, hãy nhập mật khẩu':
    'Two-factor authentication is not on for this account; enter your password',
  'Thao tác này cần xác nhận lại mật khẩu trên trình duyệt, không dùng mã truy cập API':
    'This action needs your password again in a browser session; API tokens cannot do it',
  'Vui lòng nhập lại mật khẩu hoặc mã xác thực để tiếp tục':
    'Enter your password or a verification code again to continue',
  'Nhập mật khẩu hoặc mã xác thực (một trong hai)': 'Enter either the password or a verification code',
  'Có ký tự điều khiển hoặc ký tự không hợp lệ (không được phép)':
    'Contains a control character or an invalid character (not allowed)',
  'Đường dẫn yêu cầu quá dài': 'The request URL is too long',
  'Yêu cầu quá thời gian chờ': 'The request timed out',
  'Tiêu đề HTTP của yêu cầu quá lớn': 'The request headers are too large',
  'Mã bản ghi không hợp lệ': 'Invalid record id',
  'phải là 32 byte mã hóa base64': 'must be 32 bytes, base64-encoded',
  'phải là khóa riêng Ed25519 (PKCS#8 DER, base64)': 'must be an Ed25519 private key (PKCS#8 DER, base64)',
  'activeKeyId không có trong dataKeys': 'activeKeyId is not among dataKeys',
  'Phương thức không được hỗ trợ': 'Method not supported',
  // Files platform (attachments).
  'Loại tệp không được phép: chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF, DOCX, XLSX':
    'File type not allowed: only JPEG, PNG and WebP photos and PDF, DOCX and XLSX documents are accepted',
  'Tệp rỗng, hãy chọn lại tệp': 'The file is empty; choose the file again',
  'Ảnh có kích thước điểm ảnh quá lớn (tối đa 64 megapixel)':
    'The image has too many pixels (at most 64 megapixels)',
  'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng':
    'The image cannot be read: the file is damaged or not what it claims to be',
  'Bạn không có quyền đính kèm tệp vào bản ghi này': 'You may not attach files to this record',
  'Không tìm thấy tệp đính kèm': 'Attachment not found',
  'Chưa chọn tệp để tải lên (trường file)': 'No file chosen (field file)',
  'Tệp phải được gửi trong trường file': 'Send the file in the field named file',
  'Chỉ gửi một tệp, trong trường file': 'Send exactly one file, in the field named file',
  'Hãy gửi tệp dạng multipart/form-data (trường file)': 'Send the file as multipart/form-data (field file)',
};

// Bridge while services move to message ids: every catalogue text reads as a legacy sentence too.
const escapeRegExp = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
const catalogued: [RegExp, (m: RegExpExecArray) => string][] = [];
for (const [, t] of Object.entries(messageCatalogue)) {
  const names = placeholdersOf(t.vi);
  if (!names.length) {
    exact[t.vi] ??= t.en;
    continue;
  }
  const order: string[] = [];
  const source = escapeRegExp(t.vi).replace(/\{(\w+)\}/g, (_w, n: string) => {
    order.push(n);
    return '(.+?)';
  });

  catalogued.push([
    new RegExp(`^${source}$`),
    (m) => t.en.replace(/\{(\w+)\}/g, (_w, n: string) => m[order.indexOf(n) + 1] ?? ''),
  ]);
}

const things: Record<string, string> = {
  'bản ghi': 'record',
  'cơ quan': 'agency',
  'người dùng': 'user',
  'mã truy cập': 'API token',
  'phiên đăng nhập': 'session',
  'đơn vị hành chính': 'administrative unit',
  'điểm, tụ điểm': 'hotspot',
};

const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^Không tìm thấy (.+)$/,
    (m) => `${(things[m[1]!] ?? m[1]!).replace(/^./, (c) => c.toUpperCase())} not found`,
  ],
  [
    /^Không thể chuyển từ «(.+?)» sang «(.+?)»\. Từ «.+?» chỉ có thể chuyển sang: (.+)$/,
    (m) => `Cannot move from “${m[1]}” to “${m[2]}”. From “${m[1]}” the allowed moves are: ${m[3]}`,
  ],
  [/^Có thể chuyển sang: (.+)$/, (m) => `Allowed moves: ${m[1]}`],
  [
    /^Đăng nhập sai nhiều lần từ địa chỉ này, thử lại sau (.+)$/,
    (m) => `Too many failed sign-ins from this address; try again after ${m[1]}`,
  ],
  [
    /^Trường (.+): Có ký tự điều khiển hoặc ký tự không hợp lệ \(không được phép\)$/,
    (m) => `Field ${m[1]}: contains a control character or an invalid character (not allowed)`,
  ],
  [
    /^Tài khoản tạm khóa do nhập sai nhiều lần, thử lại sau (.+)$/,
    (m) => `Account locked after repeated failures; try again after ${m[1]}`,
  ],
  [/^Tệp quá lớn \(tối đa ([\d.]+) MB\)$/, (m) => `The file is too large (at most ${m[1]} MB)`],
];

const allPatterns = [...patterns, ...catalogued];

export function toEnglish(vi: string): string {
  const hit = exact[vi];
  if (hit) return hit;
  for (const [re, render] of allPatterns) {
    const m = re.exec(vi);
    if (m) return render(m);
  }
  return vi;
}

export const hasEnglish = (vi: string) => toEnglish(vi) !== vi;
