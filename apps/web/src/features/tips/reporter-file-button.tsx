import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useRef } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { i18n } from '../../i18n/index.ts';
import { useSession } from '../auth/session.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';
import { filesKey } from '../key-areas/records/attachments-api.ts';

const vi = {
  tipReporterFile: {
    action: 'Gửi tệp cho người tố giác',
    hint: 'Người tố giác tải tệp về bằng mã tra cứu; ảnh được làm sạch thông tin vị trí.',
    sent: 'Đã gửi “{{name}}” cho người tố giác',
  },
};
const en: typeof vi = {
  tipReporterFile: {
    action: 'Send a file to the reporter',
    hint: 'The reporter downloads it with the receipt code; photos are cleaned of location data.',
    sent: '“{{name}}” sent to the reporter',
  },
};
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
type Key = TextPaths<(typeof vi)['tipReporterFile']>;

const ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx';

async function send(tipId: string, file: File, csrfToken: string, language: string) {
  const body = new FormData();
  body.append('file', file, file.name);
  const res = await fetch(`/api/v1/tips/${encodeURIComponent(tipId)}/reporter-files`, {
    method: 'POST',
    headers: { accept: 'application/json', 'accept-language': language, 'x-csrf-token': csrfToken },
    body,
    credentials: 'same-origin',
  });
  const json = (await res.json().catch(() => null)) as {
    name?: string;
    error?: {
      code: string;
      message: string;
      details?: { path: string; message: string }[];
      requestId: string;
    };
  } | null;
  if (!res.ok || !json)
    throw new ApiError({
      status: res.status,
      code: json?.error?.code ?? 'bad_request',
      message: json?.error?.message ?? '',
      details: json?.error?.details,
      requestId: json?.error?.requestId ?? null,
    });
  return json;
}

/**
 * An officer's file to the reporter, through the anonymous conversation (`POST /tips/:id/reporter-files`): the
 * server checks the type and size, re-encodes photos and audits it; it then shows among the tip's files.
 */
export function ReporterFileButton({ tipId }: { tipId: string }) {
  const { tx, t, language } = useFeatureText<Key>('tipReporterFile');
  const { message } = App.useApp();
  const me = useSession();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: (file: File) => send(tipId, file, me.csrfToken ?? '', language),
    onSuccess: (_r, file) => {
      void message.success(tx('sent', { name: file.name }));
      void client.invalidateQueries({ queryKey: filesKey({ path: '/tips', recordType: 'tip', id: tipId }) });
      void client.invalidateQueries({ queryKey: ['timeline', '/tips', tipId] });
    },
    onError: (e) => void message.error(errorText(e, t)),
  });
  return (
    <div>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        style={{ display: 'none' }}
        data-testid="reporter-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
          e.target.value = '';
        }}
      />
      <Button loading={upload.isPending} onClick={() => input.current?.click()} title={tx('hint')}>
        {tx('action')}
      </Button>
    </div>
  );
}
