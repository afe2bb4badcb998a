/** Texts of the page kit; `i18n/vi.ts` and `en.ts` assemble the features. */
export const vi = {
  kit: {
    reauth: {
      title: 'Xác nhận lại danh tính',
      intro:
        'Thao tác này cần xác nhận lại bạn là chủ tài khoản. Nhập mật khẩu hoặc mã xác thực, sau đó thao tác sẽ được thực hiện tiếp.',
      usePassword: 'Dùng mật khẩu thay cho mã',
      useCode: 'Dùng mã xác thực thay cho mật khẩu',
      confirm: 'Xác nhận và tiếp tục',
    },
    transition: {
      current: 'Trạng thái hiện tại:',
      to: 'Chuyển sang',
      on: 'Ngày',
      reason: 'Lý do, căn cứ',
      citation: 'Văn bản căn cứ',
      submit: 'Chuyển trạng thái',
      done: 'Đã chuyển sang “{{status}}”',
      noMoves: 'Không có bước chuyển nào từ trạng thái này',
    },
  },
};

export const en: typeof vi = {
  kit: {
    reauth: {
      title: 'Confirm it is you',
      intro:
        'This action needs you to confirm you own this account. Enter your password or an authenticator code; the action then continues.',
      usePassword: 'Use my password instead',
      useCode: 'Use an authenticator code instead',
      confirm: 'Confirm and continue',
    },
    transition: {
      current: 'Current status:',
      to: 'Move to',
      on: 'Date',
      reason: 'Reason, basis',
      citation: 'Document cited',
      submit: 'Change status',
      done: 'Moved to “{{status}}”',
      noMoves: 'No move is possible from this status',
    },
  },
};
