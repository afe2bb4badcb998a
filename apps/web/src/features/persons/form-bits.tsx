import { DatePicker, type DatePickerProps, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';

export const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const text = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

/** A date of the past (dd/mm/yyyy, calendar on phones: the input is read-only). */
export function PastDate({ allowClear = false, ...rest }: DatePickerProps) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMAT}
      allowClear={allowClear}
      inputReadOnly
      style={{ width: '100%' }}
      disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
    />
  );
}

/** Any date (a measure's planned end or next review lies ahead). Form.Item passes value and onChange. */
export function AnyDate({ allowClear = true, ...rest }: DatePickerProps) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMAT}
      allowClear={allowClear}
      inputReadOnly
      style={{ width: '100%' }}
    />
  );
}

/** The persons register's modal forms: the footer stays on screen, the body scrolls (kit rule). */
export function FormModal({
  title,
  onClose,
  onOk,
  okText,
  cancelText,
  busy,
  children,
}: {
  title: string;
  onClose: () => void;
  onOk: () => void;
  okText: string;
  cancelText: string;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={onOk}
      okText={okText}
      cancelText={cancelText}
      confirmLoading={busy}
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100dvh - 220px)', overflowY: 'auto', overflowX: 'hidden' } }}
    >
      {children}
    </Modal>
  );
}
