import {
  type Document,
  type DocumentStatus,
  type DocumentTransition,
  documentTransition,
} from '@pcmt/contracts';
import { Form } from 'antd';
import { DocumentPicker } from '../../kit/cited-documents/document-picker.tsx';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { useTransitionDocument } from './documents-api.ts';
import { useDocumentText } from './i18n.ts';
import { DocumentStatusTag, documentStatusColor } from './status-tag.tsx';

/** In force → replaced (with the replacing document from the register) or expired; back in force corrects. */
export function TransitionModal({ document, onClose }: { document: Document; onClose: () => void }) {
  const { dt } = useDocumentText();
  const move = useTransitionDocument(document.id);
  return (
    <TransitionDialog<DocumentStatus, DocumentTransition>
      title={dt('transition.title')}
      current={<DocumentStatusTag status={document.status} />}
      allowed={document.allowedTransitions}
      version={document.version}
      statusLabel={(s) => dt(`status.${s}`)}
      statusColor={documentStatusColor}
      reasonSchema={documentTransition.shape.reason}
      mutation={move}
      onClose={onClose}
      extra={{
        names: ['replacedById'],
        fields: (to) =>
          to === 'replaced' && (
            <Form.Item
              name="replacedById"
              label={dt('transition.replacedBy')}
              rules={[{ required: true, message: dt('form.requiredSelect') }]}
            >
              <DocumentPicker
                exclude={[document.id]}
                placeholder={dt('transition.replacedByPlaceholder')}
                ariaLabel={dt('transition.replacedBy')}
              />
            </Form.Item>
          ),
        body: (v) => (v.to === 'replaced' ? { replacedById: v.replacedById as string } : {}),
      }}
    />
  );
}
