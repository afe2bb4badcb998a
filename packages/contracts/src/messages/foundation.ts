import { defineMessages } from './kit.ts';

/**
 * The foundation's messages (sign-in, users, agencies, units, files, the HTTP layer, dates and the record kit).
 * A register's own messages live in its contract's `messages`, prefixed by its record type. Ids are stable:
 * clients may key on them; a text can be reworded without changing its id.
 */
export const foundationMessages = defineMessages({
  // ---- The record kit (every register) ----
  'common.notFound': { vi: 'Không tìm thấy bản ghi', en: 'Record not found' },
  'common.staleVersion': {
    vi: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
    en: 'Someone else changed this record. Reload it and try again.',
  },
  'common.invalidRecordId': { vi: 'Mã bản ghi không hợp lệ', en: 'Invalid record id' },
  'common.transitionRefused': {
    vi: 'Không thể chuyển từ «{from}» sang «{to}». Từ «{from}» chỉ có thể chuyển sang: {allowed}',
    en: 'Cannot move from “{from}” to “{to}”. From “{from}” the allowed moves are: {allowed}',
  },
  'common.allowedMoves': { vi: 'Có thể chuyển sang: {allowed}', en: 'Allowed moves: {allowed}' },
  /** A parameter of the two above, when the status is final. */
  'common.noMovesFinal': { vi: 'không có (trạng thái cuối)', en: 'none (final status)' },

  // ---- Dates of records ----
  'date.notAfterToday': { vi: 'Ngày không được sau ngày hôm nay', en: 'The date cannot be later than today' },
  'date.beforeUnitData': {
    vi: 'Ngày quá xa: dữ liệu đơn vị hành chính bắt đầu từ 31/08/2004',
    en: 'The date is too early: administrative unit data start on 31/08/2004',
  },
  'date.endBeforeStart': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu',
    en: 'The end date must be after the start date',
  },
  'date.notBeforeCurrentStatus': {
    vi: 'Ngày không được trước ngày của trạng thái hiện tại ({date})',
    en: 'The date cannot be before the date of the current status ({date})',
  },
  'date.watchNotOver': {
    vi: 'Chưa hết thời gian theo dõi (đến {until})',
    en: 'The watch period has not ended (until {until})',
  },

  // ---- Administrative units ----
  'unit.notFound': { vi: 'Không tìm thấy đơn vị hành chính', en: 'Administrative unit not found' },
  'unit.doesNotExist': { vi: 'Đơn vị hành chính không tồn tại', en: 'Administrative unit does not exist' },
  'unit.someDoNotExist': {
    vi: 'Có đơn vị hành chính không tồn tại',
    en: 'Some administrative units do not exist',
  },
  'unit.invalidId': { vi: 'Mã đơn vị không hợp lệ', en: 'Invalid unit id' },
  'unit.outsideJurisdiction': {
    vi: 'Đơn vị hành chính nằm ngoài địa bàn phụ trách của cơ quan bạn',
    en: "This administrative unit is outside your agency's jurisdiction",
  },
  'unit.notCommuneOnDate': {
    vi: 'Đơn vị đã chọn không phải xã, phường, thị trấn còn hiệu lực vào ngày {date}',
    en: 'The unit chosen is not a commune in force on {date}',
  },

  // ---- Signing in, sessions, API tokens ----
  'auth.signInRequired': { vi: 'Bạn cần đăng nhập', en: 'You need to sign in' },
  'auth.forbidden': {
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  },
  'auth.wrongCredentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Wrong username or password',
  },
  'auth.lockedUntil': {
    vi: 'Tài khoản tạm khóa do nhập sai nhiều lần, thử lại sau {until}',
    en: 'Account locked after repeated failures; try again after {until}',
  },
  'auth.throttledUntil': {
    vi: 'Đăng nhập sai nhiều lần từ địa chỉ này, thử lại sau {until}',
    en: 'Too many failed sign-ins from this address; try again after {until}',
  },
  'auth.wrongPassword': { vi: 'Mật khẩu không đúng', en: 'Wrong password' },
  'auth.wrongCurrentPassword': { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  'auth.newPasswordSameAsOld': {
    vi: 'Mật khẩu mới phải khác mật khẩu cũ',
    en: 'The new password must differ from the old one',
  },
  'auth.invalidApiToken': { vi: 'Mã truy cập API không hợp lệ', en: 'Invalid API token' },
  'auth.expiredApiToken': {
    vi: 'Mã truy cập API không hợp lệ hoặc đã hết hạn',
    en: 'Invalid or expired API token',
  },
  'auth.csrfFailed': {
    vi: 'Phiên làm việc không hợp lệ (CSRF), vui lòng tải lại trang',
    en: 'Invalid session (CSRF), reload the page',
  },
  'auth.browserSessionOnly': {
    vi: 'Thao tác này chỉ dùng khi đăng nhập trên trình duyệt',
    en: 'This action needs a browser session',
  },
  'auth.mfaRequired': { vi: 'Cần hoàn tất xác thực hai lớp', en: 'Complete two-factor authentication first' },
  'auth.passwordChangeRequired': {
    vi: 'Cần đổi mật khẩu trước khi tiếp tục',
    en: 'Change your password before continuing',
  },
  'auth.reauthInBrowser': {
    vi: 'Thao tác này cần xác nhận lại mật khẩu trên trình duyệt, không dùng mã truy cập API',
    en: 'This action needs your password again in a browser session; API tokens cannot do it',
  },
  'auth.reauthRequired': {
    vi: 'Vui lòng nhập lại mật khẩu hoặc mã xác thực để tiếp tục',
    en: 'Enter your password or a verification code again to continue',
  },
  /** zod (the re-authentication body): see `messageIdOfText`. */
  'auth.passwordOrCode': {
    vi: 'Nhập mật khẩu hoặc mã xác thực (một trong hai)',
    en: 'Enter either the password or a verification code',
  },
  'session.notFound': { vi: 'Không tìm thấy phiên đăng nhập', en: 'Session not found' },
  'session.invalidId': { vi: 'Mã phiên không hợp lệ', en: 'Invalid session id' },
  'token.notFound': { vi: 'Không tìm thấy mã truy cập', en: 'API token not found' },
  'token.invalidId': { vi: 'Mã không hợp lệ', en: 'Invalid id' },

  // ---- Two-factor authentication ----
  'mfa.notEnabledEnterPassword': {
    vi: 'Tài khoản chưa bật xác thực hai lớp, hãy nhập mật khẩu',
    en: 'Two-factor authentication is not on for this account; enter your password',
  },
  'mfa.wrongCode': { vi: 'Mã xác thực không đúng', en: 'Wrong verification code' },
  'mfa.wrongOrExpiredCode': {
    vi: 'Mã xác thực không đúng hoặc đã hết hạn',
    en: 'Wrong or expired verification code',
  },
  'mfa.notEnrolled': {
    vi: 'Tài khoản chưa đăng ký xác thực hai lớp',
    en: 'This account has not set up two-factor authentication',
  },
  'mfa.alreadyEnabled': {
    vi: 'Xác thực hai lớp đã được bật; liên hệ quản trị hệ thống để đặt lại nếu mất thiết bị',
    en: 'Two-factor authentication is already on; ask the administrator to reset it if you lost your device',
  },
  'mfa.enrolmentNotStarted': {
    vi: 'Chưa bắt đầu đăng ký xác thực hai lớp',
    en: 'Two-factor enrolment has not been started',
  },
  /** zod (a code field). */
  'mfa.codeFormat': {
    vi: 'Mã gồm 6 chữ số hoặc mã khôi phục dạng xxxx-xxxx',
    en: 'The code has 6 digits, or is a recovery code like xxxx-xxxx',
  },

  // ---- Passwords (the policy, and zod's length check) ----
  'password.tooShort': {
    vi: 'Mật khẩu phải có ít nhất 12 ký tự',
    en: 'The password must have at least 12 characters',
  },
  'password.tooLong': {
    vi: 'Mật khẩu dài tối đa 256 ký tự',
    en: 'The password may have at most 256 characters',
  },
  'password.containsUsername': {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'The password must not contain the username',
  },
  'password.oneCharacter': {
    vi: 'Mật khẩu không được lặp một ký tự',
    en: 'The password must not repeat a single character',
  },
  'password.tooCommon': {
    vi: 'Mật khẩu quá phổ biến, hãy chọn mật khẩu khác',
    en: 'This password is too common, choose another one',
  },
  'password.commonWithAffixes': {
    vi: 'Mật khẩu chỉ là một mật khẩu phổ biến thêm chữ số hoặc ký hiệu, hãy chọn mật khẩu khác',
    en: 'This password is a common password with digits or symbols added, choose another one',
  },

  // ---- Users and agencies ----
  'user.notFound': { vi: 'Không tìm thấy người dùng', en: 'User not found' },
  'user.invalidId': { vi: 'Mã người dùng không hợp lệ', en: 'Invalid user id' },
  'user.usernameTaken': { vi: 'Tên đăng nhập đã tồn tại', en: 'This username already exists' },
  /** zod (the username field). */
  'user.usernameFormat': {
    vi: 'Tên đăng nhập gồm 3–50 ký tự a-z, 0-9, dấu chấm, gạch',
    en: 'A username has 3–50 characters: a-z, 0-9, dot, underscore or hyphen',
  },
  'user.cannotDemoteSelf': {
    vi: 'Không thể tự bỏ quyền quản trị hoặc tự khóa tài khoản của mình',
    en: 'You cannot remove your own administrator role or disable your own account',
  },
  'user.cannotResetOwnPassword': {
    vi: 'Không thể tự đặt lại mật khẩu của mình; hãy dùng chức năng đổi mật khẩu',
    en: 'You cannot reset your own password; use "Change password"',
  },
  'agency.notFound': { vi: 'Không tìm thấy cơ quan', en: 'Agency not found' },
  'agency.doesNotExist': { vi: 'Cơ quan không tồn tại', en: 'Agency does not exist' },
  'agency.invalidId': { vi: 'Mã cơ quan không hợp lệ', en: 'Invalid agency id' },
  'agency.codeTaken': { vi: 'Mã cơ quan đã được dùng', en: 'This agency code is already used' },

  // ---- Attachments (the files platform) ----
  'attachment.notFound': { vi: 'Không tìm thấy tệp đính kèm', en: 'Attachment not found' },
  'attachment.invalidId': { vi: 'Mã tệp đính kèm không hợp lệ', en: 'Invalid attachment id' },
  'attachment.invalidRecordType': { vi: 'Loại bản ghi không hợp lệ', en: 'Invalid record type' },
  'attachment.forbidden': {
    vi: 'Bạn không có quyền đính kèm tệp vào bản ghi này',
    en: 'You may not attach files to this record',
  },
  'file.typeNotAllowed': {
    vi: 'Loại tệp không được phép: chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF, DOCX, XLSX',
    en: 'File type not allowed: only JPEG, PNG and WebP photos and PDF, DOCX and XLSX documents are accepted',
  },
  'file.tooLarge': {
    vi: 'Tệp quá lớn (tối đa {megabytes} MB)',
    en: 'The file is too large (at most {megabytes} MB)',
  },
  'file.empty': { vi: 'Tệp rỗng, hãy chọn lại tệp', en: 'The file is empty; choose the file again' },
  'file.tooManyPixels': {
    vi: 'Ảnh có kích thước điểm ảnh quá lớn (tối đa 64 megapixel)',
    en: 'The image has too many pixels (at most 64 megapixels)',
  },
  'file.unreadableImage': {
    vi: 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng',
    en: 'The image cannot be read: the file is damaged or not what it claims to be',
  },
  'file.missing': { vi: 'Chưa chọn tệp để tải lên (trường file)', en: 'No file chosen (field file)' },
  'file.wrongField': {
    vi: 'Tệp phải được gửi trong trường file',
    en: 'Send the file in the field named file',
  },
  'file.onlyOne': {
    vi: 'Chỉ gửi một tệp, trong trường file',
    en: 'Send exactly one file, in the field named file',
  },
  'file.notMultipart': {
    vi: 'Hãy gửi tệp dạng multipart/form-data (trường file)',
    en: 'Send the file as multipart/form-data (field file)',
  },

  // ---- The HTTP layer (requests refused before any service) ----
  'request.invalidFields': {
    vi: 'Dữ liệu không hợp lệ, kiểm tra các trường được nêu',
    en: 'Invalid data, check the fields listed',
  },
  'request.invalidValue': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'request.forbiddenCharacters': {
    vi: 'Có ký tự điều khiển hoặc ký tự không hợp lệ (không được phép)',
    en: 'Contains a control character or an invalid character (not allowed)',
  },
  'request.forbiddenCharactersIn': {
    vi: 'Trường {field}: Có ký tự điều khiển hoặc ký tự không hợp lệ (không được phép)',
    en: 'Field {field}: contains a control character or an invalid character (not allowed)',
  },
  'request.tooLarge': { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request is too large' },
  'request.unsupportedMediaType': {
    vi: 'Định dạng dữ liệu không được hỗ trợ, hãy gửi JSON',
    en: 'Unsupported media type, send JSON',
  },
  'request.invalidContentLength': { vi: 'Độ dài dữ liệu không hợp lệ', en: 'Invalid content length' },
  'request.emptyJson': { vi: 'Thiếu nội dung JSON', en: 'Missing JSON body' },
  'request.invalidJson': { vi: 'Nội dung JSON không hợp lệ', en: 'Invalid JSON' },
  'request.invalidData': { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' },
  'request.tooMany': {
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
    en: 'Too many requests, try again later',
  },
  'request.invalid': { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' },
  'request.urlTooLong': { vi: 'Đường dẫn yêu cầu quá dài', en: 'The request URL is too long' },
  'request.timeout': { vi: 'Yêu cầu quá thời gian chờ', en: 'The request timed out' },
  'request.headersTooLarge': {
    vi: 'Tiêu đề HTTP của yêu cầu quá lớn',
    en: 'The request headers are too large',
  },
  'request.noSuchAddress': { vi: 'Không tìm thấy địa chỉ yêu cầu', en: 'No such address' },
  'request.internal': {
    vi: 'Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị kèm mã yêu cầu',
    en: 'System error: try again or report it to the administrator with the request id',
  },
});
