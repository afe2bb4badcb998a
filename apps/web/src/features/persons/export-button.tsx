import type { PersonExportRequest } from '@pcmt/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { saveFile, useExportPersons } from './links-api.ts';
import { usePersonLinksText } from './links-i18n.ts';

/**
 * "Xuất danh sách": the list's current filters as a CSV file, after the officer gives a reason (audited with
 * the row count). Shown only to roles holding `person.export` (PC04, commune police chiefs).
 */
export function ExportButton({
  filters,
  total,
}: {
  filters: Omit<PersonExportRequest, 'reason'>;
  total?: number;
}) {
  const { lt } = usePersonLinksText();
  const allowed = usePermission('person.export');
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{lt('export.button')}</Button>
      {open && <ExportModal filters={filters} total={total} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportModal({
  filters,
  total,
  onClose,
}: {
  filters: Omit<PersonExportRequest, 'reason'>;
  total?: number;
  onClose: () => void;
}) {
  const { lt } = usePersonLinksText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const run = useExportPersons();
  const errors = useServerErrors(form, ['reason']);
  return (
    <Modal
      open
      title={lt('export.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={lt('export.ok')}
      cancelText={lt('cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
    >
      {total !== undefined && (
        <Typography.Paragraph>{lt('export.intro', { count: formatNumber(total) })}</Typography.Paragraph>
      )}
      {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          errors.clear();
          run.mutate(
            { ...filters, reason: v.reason.trim() },
            {
              onSuccess: (file) => {
                saveFile(file.blob, file.filename);
                void message.success(lt('export.done', { rows: formatNumber(file.rows) }));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={lt('export.reason')}
          rules={[{ required: true, min: 10, whitespace: true, message: lt('export.reasonShort') }]}
        >
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={lt('export.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
