import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useServerErrors } from './form/use-server-errors.ts';
import { type Gate, usePermission } from './permissions.ts';

/** The register's own words for its export (the kit cannot know what the file holds). */
export type ExportTexts = {
  button: string;
  title: string;
  /** The line above the reason: what the file holds and that the export is logged. */
  intro?: string;
  reason: string;
  reasonPlaceholder: string;
  /** Shown when the reason is missing or shorter than 10 characters. */
  reasonShort: string;
  ok: string;
  /** The success message, given the row count already formatted. */
  done: (rows: string) => string;
};

export type ExportButtonProps<F extends object> = {
  /** Who may export (the route's permission); the button is hidden from others, the server refuses anyway. */
  gate: Gate;
  /** `POST` address of the export, e.g. `/persons/export`: answers the file, its name and `x-pcmt-rows`. */
  path: string;
  /** The file's name when the server sends none. */
  fallbackName: string;
  /** The list's current filters; the body is these plus `reason`. */
  filters: F;
  texts: ExportTexts;
};

/**
 * "Xuất danh sách": the list's current filters as a file, after the officer gives a reason (the server audits
 * it with the row count). The reason's rule (at least 10 characters) is the export contracts' own.
 */
export function ExportButton<F extends object>(props: ExportButtonProps<F>) {
  const allowed = usePermission(props.gate);
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{props.texts.button}</Button>
      {open && <ExportModal {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportModal<F extends object>({
  path,
  fallbackName,
  filters,
  texts,
  onClose,
}: ExportButtonProps<F> & { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const run = useFileExport<F & { reason: string }>(path, fallbackName);
  const errors = useServerErrors(form, REASON);
  return (
    <Modal
      open
      title={texts.title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={texts.ok}
      cancelText={t('common.cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
    >
      {texts.intro !== undefined && <Typography.Paragraph>{texts.intro}</Typography.Paragraph>}
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
                void message.success(texts.done(formatNumber(file.rows)));
                onClose();
              },
              onError: errors.onError,
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={texts.reason}
          rules={[{ required: true, min: 10, whitespace: true, message: texts.reasonShort }]}
        >
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={texts.reasonPlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const REASON = ['reason'] as const;

/** The export request: the file, its name from `content-disposition`, and the row count the server sends. */
function useFileExport<B>(path: string, fallbackName: string) {
  return useMutation({
    mutationFn: async (body: B) => {
      const res = await api.post<Response>(path, body, { raw: true });
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
      return {
        blob: await res.blob(),
        filename: name ?? fallbackName,
        rows: Number(res.headers.get('x-pcmt-rows') ?? 0),
      };
    },
  });
}

/** Hands a downloaded file to the browser. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
