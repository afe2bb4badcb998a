/** Texts of this feature; `i18n/vi.ts` and `en.ts` assemble the features. */
export const vi = {
  home: {
    welcome: 'Xin chào, {{name}}',
    todo: 'Việc cần làm',
    todoEmpty:
      'Không có việc nào đang chờ. Khi các sổ theo dõi (điểm, tụ điểm, người sử dụng ma túy, tin báo) được đưa vào, nhiệm vụ đến hạn và thời hạn luật định của bạn sẽ hiện ở đây.',
    todoMfa: 'Bật xác thực hai lớp cho tài khoản của bạn',
    todoLocked_one: '{{count}} tài khoản đang bị tạm khóa, cần xem xét mở khóa',
    todoLocked_other: '{{count}} tài khoản đang bị tạm khóa, cần xem xét mở khóa',
    figures: 'Số liệu địa bàn',
    figuresHint: 'Trong địa bàn được giao, tính đến hôm nay.',
    figure: {
      communes: 'Đơn vị hành chính cấp xã',
      agencies: 'Cơ quan',
      users: 'Tài khoản đang hoạt động',
      usersLocked: 'Tài khoản đang bị tạm khóa',
      usersWithoutMfa: 'Tài khoản chưa bật xác thực hai lớp',
      auditToday: 'Sự kiện nhật ký hôm nay',
    },
    figuresLater:
      'Số điểm, tụ điểm, người sử dụng ma túy và tin báo sẽ hiện ở đây khi các sổ theo dõi tương ứng được đưa vào.',
    shortcuts: 'Truy cập nhanh',
    unitsHint: 'Cây đơn vị hành chính theo từng thời điểm, đối chiếu sắp xếp năm 2025.',
    usersHint: 'Tài khoản, vai trò, mở khóa, cấp lại mật khẩu và xác thực hai lớp.',
    agenciesHint: 'Cơ quan, đơn vị và địa bàn được giao.',
    auditHint: 'Tra cứu ai đã làm gì, khi nào; kiểm tra tính toàn vẹn của nhật ký.',
    accountHint: 'Đổi mật khẩu, xác thực hai lớp, các phiên đăng nhập.',
  },
};

export const en: typeof vi = {
  home: {
    welcome: 'Hello, {{name}}',
    todo: 'To do',
    todoEmpty:
      'Nothing is waiting. Once the registers (hotspots, drug users, tips) are in, your due tasks and legal deadlines will appear here.',
    todoMfa: 'Turn on two-factor authentication for your account',
    todoLocked_one: '{{count}} account is temporarily locked and may need unlocking',
    todoLocked_other: '{{count}} accounts are temporarily locked and may need unlocking',
    figures: 'Jurisdiction figures',
    figuresHint: 'Within your jurisdiction, as of today.',
    figure: {
      communes: 'Communes',
      agencies: 'Agencies',
      users: 'Active accounts',
      usersLocked: 'Temporarily locked accounts',
      usersWithoutMfa: 'Accounts without two-factor authentication',
      auditToday: 'Audit events today',
    },
    figuresLater: 'Hotspot, drug-user and tip figures will appear here once those registers are in.',
    shortcuts: 'Shortcuts',
    unitsHint: 'Administrative unit tree at any date, the 2025 reorganisation.',
    usersHint: 'Accounts, roles, unlocking, one-time passwords and two-factor authentication.',
    agenciesHint: 'Agencies and their jurisdictions.',
    auditHint: 'Who did what and when; check the integrity of the trail.',
    accountHint: 'Change password, two-factor authentication, sessions.',
  },
};
