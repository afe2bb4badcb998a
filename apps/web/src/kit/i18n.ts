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
  },
};
