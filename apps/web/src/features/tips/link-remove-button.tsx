import type { TipLink } from '@pcmt/contracts';
import { App, Button, Popconfirm } from 'antd';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { i18n } from '../../i18n/index.ts';
import { type TextPaths, useFeatureText } from '../key-areas/feature-text.ts';
import { useRemoveLink } from './tips-api.ts';

const vi = {
  tipUnlink: {
    action: 'Gỡ',
    named: 'Gỡ liên kết với {{name}}',
    confirm: 'Gỡ liên kết với “{{name}}”?',
    hint: 'Hồ sơ kia không bị xóa; việc gỡ được ghi vào nhật ký của tin báo.',
    done: 'Đã gỡ liên kết',
    gone: 'Liên kết này đã được gỡ trước đó',
    cancel: 'Hủy',
  },
};
const en: typeof vi = {
  tipUnlink: {
    action: 'Unlink',
    named: 'Unlink {{name}}',
    confirm: 'Unlink “{{name}}”?',
    hint: 'The other record is not deleted; the unlinking is kept in the tip’s history.',
    done: 'Link removed',
    gone: 'This link had already been removed',
    cancel: 'Cancel',
  },
};
i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
type Key = TextPaths<(typeof vi)['tipUnlink']>;

/**
 * Removes one of the tip's links (a link made in error), confirmed first; for officers who may link (the server
 * checks again and audits the removal with what the link pointed to).
 */
export function LinkRemoveButton({ tipId, link }: { tipId: string; link: TipLink }) {
  const { tx, t } = useFeatureText<Key>('tipUnlink');
  const { message } = App.useApp();
  const remove = useRemoveLink(tipId);
  const name = link.label ?? link.targetId;
  return (
    <Popconfirm
      title={tx('confirm', { name })}
      description={tx('hint')}
      okText={tx('action')}
      okButtonProps={{ danger: true }}
      cancelText={tx('cancel')}
      onConfirm={() =>
        remove
          .mutateAsync({ kind: link.kind, targetId: link.targetId })
          .then(() => void message.success(tx('done')))
          // 404: removed meanwhile (another officer, another tab); the refreshed tip shows the truth.
          .catch((e) => void message.error(isApiError(e) && e.status === 404 ? tx('gone') : errorText(e, t)))
      }
    >
      <Button type="link" size="small" danger loading={remove.isPending} aria-label={tx('named', { name })}>
        {tx('action')}
      </Button>
    </Popconfirm>
  );
}
