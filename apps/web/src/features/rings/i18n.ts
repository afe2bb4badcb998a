import { ringKindLabel } from '@pcmt/contracts';
import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';

const kinds = (lang: 'vi' | 'en') =>
  Object.fromEntries(Object.entries(ringKindLabel).map(([k, v]) => [k, v[lang]])) as Record<
    keyof typeof ringKindLabel,
    string
  >;

/** Texts of the ring pages (đường dây, ổ nhóm); field names as the contract's labels say them. */
export const vi = {
  rings: {
    kind: kinds('vi'),
    field: {
      kind: 'Loại',
      name: 'Tên gọi',
      description: 'Mô tả',
      detectedOn: 'Ngày phát hiện',
      dismantledOn: 'Ngày triệt phá',
      unit: 'Địa bàn (xã, phường)',
      agency: 'Cơ quan quản lý',
      members: 'Thành viên hiện tại',
    },
    list: {
      search: 'Tìm theo tên đường dây, ổ nhóm (không cần dấu)',
      allKinds: 'Mọi loại',
      allCommunes: 'Mọi xã, phường',
      create: 'Lập hồ sơ đường dây, ổ nhóm',
      empty: 'Chưa có đường dây, ổ nhóm nào',
      label: 'Danh sách đường dây, ổ nhóm',
      open: 'Xem',
      active: 'Đang hoạt động',
      dismantled: 'Đã triệt phá {{date}}',
    },
    detail: {
      general: 'Thông tin chung',
      members: 'Thành viên',
      noMembers: 'Chưa có thành viên',
      addMember: 'Thêm thành viên',
      removeMember: 'Cho ra khỏi',
      removeConfirm: '{{name}} rời đường dây, ổ nhóm?',
      leftOn: 'Ngày rời',
      hiddenPerson: 'Người ngoài quyền xem của bạn',
      role: 'Vai trò',
      period: 'Từ {{from}} đến {{to}}',
      now: 'nay',
      edit: 'Sửa',
      timeline: 'Lịch sử',
      notFound: 'Không tìm thấy đường dây, ổ nhóm',
      back: 'Về danh sách',
      former: 'Thành viên cũ',
    },
    member: {
      person: 'Người (hồ sơ trong địa bàn được giao)',
      personHint: 'Gõ tên không cần dấu để tìm',
      role: 'Vai trò',
      rolePlaceholder: 'Ví dụ: cầm đầu, vận chuyển, bán lẻ',
      fromOn: 'Từ ngày',
      added: 'Đã thêm thành viên',
      removed: 'Đã cho thành viên ra khỏi đường dây, ổ nhóm',
    },
    form: {
      required: 'Vui lòng nhập',
      requiredSelect: 'Vui lòng chọn',
      save: 'Lưu hồ sơ',
      cancel: 'Hủy',
      saved: 'Đã lưu',
      created: 'Đã lập hồ sơ đường dây, ổ nhóm',
    },
  },
};

export const en: typeof vi = {
  rings: {
    kind: kinds('en'),
    field: {
      kind: 'Kind',
      name: 'Name',
      description: 'Description',
      detectedOn: 'Detected on',
      dismantledOn: 'Dismantled on',
      unit: 'Commune',
      agency: 'Managing agency',
      members: 'Current members',
    },
    list: {
      search: 'Search by ring name (diacritics optional)',
      allKinds: 'All kinds',
      allCommunes: 'All communes',
      create: 'New ring',
      empty: 'No rings yet',
      label: 'Rings',
      open: 'Open',
      active: 'Active',
      dismantled: 'Dismantled {{date}}',
    },
    detail: {
      general: 'General',
      members: 'Members',
      noMembers: 'No members yet',
      addMember: 'Add a member',
      removeMember: 'Remove',
      removeConfirm: 'Does {{name}} leave the ring?',
      leftOn: 'Left on',
      hiddenPerson: 'A person outside what you may read',
      role: 'Role',
      period: 'From {{from}} to {{to}}',
      now: 'now',
      edit: 'Edit',
      timeline: 'History',
      notFound: 'Ring not found',
      back: 'Back to the list',
      former: 'Former members',
    },
    member: {
      person: 'Person (a record of your jurisdiction)',
      personHint: 'Type a name, diacritics optional',
      role: 'Role',
      rolePlaceholder: 'E.g. leader, courier, street seller',
      fromOn: 'From',
      added: 'Member added',
      removed: 'Member removed from the ring',
    },
    form: {
      required: 'Required',
      requiredSelect: 'Please choose',
      save: 'Save',
      cancel: 'Cancel',
      saved: 'Saved',
      created: 'Ring recorded',
    },
  },
};

// Loaded with the ring pages (lazy), not with the first download.
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export type RingTextKey = TextPaths<(typeof vi)['rings']>;

export function useRingText() {
  const { tx, language } = useFeatureText<RingTextKey>('rings');
  return { rt: tx, language };
}
