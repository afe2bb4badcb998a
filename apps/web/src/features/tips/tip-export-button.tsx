import type { TipExportRequest } from '@pcmt/contracts';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { saveFile } from '../persons/links-api.ts';
import { useTipText } from './i18n.ts';
import { useExportTips } from './tips-api.ts';

type Filters = Omit<TipExportRequest, 'reason'>;
const MANY = new Set(['status', 'deadlineState']);

/** The inbox's URL filters as the export's body (several statuses are `a,b` in our URL); paging left out. */
export function exportFiltersOf(params: Record<string, string | number | undefined>): Filters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '' || k === 'page' || k === 'pageSize') continue;
    out[k] = MANY.has(k) ? String(v).split(',') : v;
  }
  return out as Filters;
}

/**
 * "Xuất danh sách": the inbox with its current filters as a CSV file, after the officer gives a reason (audited
 * with the row count; the reporter is never in the file). Shown only to unit heads and PC04 (`tip.supervise`).
 */
export function TipExportButton({ filters, total }: { filters: Filters; total?: number }) {
  const { tt } = useTipText();
  const allowed = usePermission('tip.supervise');
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{tt('review.exportButton')}</Button>
      {open && <ExportModal filters={filters} total={total} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportModal({ filters, total, onClose }: { filters: Filters; total?: number; onClose: () => void }) {
  const { tt } = useTipText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const run = useExportTips();
  const errors = useServerErrors(form, ['reason']);
  return (
    <Modal
      open
      title={tt('review.exportTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={tt('review.exportOk')}
      cancelText={tt('review.cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {total !== undefined
          ? tt('review.exportIntro', { count: formatNumber(total) })
          : tt('review.exportIntroNoCount')}
      </Typography.Paragraph>
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
                void message.success(tt('review.exportDone', { rows: formatNumber(file.rows) }));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={tt('review.exportReason')}
          rules={[{ required: true, min: 10, whitespace: true, message: tt('review.exportReasonShort') }]}
        >
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={tt('review.exportReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
