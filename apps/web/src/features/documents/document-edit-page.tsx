import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { DocumentForm } from './document-form.tsx';
import { useDocument } from './documents-api.ts';
import { useDocumentText } from './i18n.ts';
import { documentTitle } from './nav.ts';

/** `/documents/:id/edit`: the document's facts (its status moves through transitions). */
export default function DocumentEditPage() {
  const { id = '' } = useParams();
  const { dt } = useDocumentText();
  const document = useDocument(id);
  if (document.isPending) return <Skeleton active />;
  if (document.isError)
    return isApiError(document.error) && document.error.status === 404 ? (
      <Result status="404" title={dt('detail.notFound')} />
    ) : (
      <ErrorAlert error={document.error} onRetry={() => void document.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${documentTitle('edit')}: ${document.data.number}`} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <DocumentForm
        key={document.data.version}
        document={document.data}
        onReload={() => void document.refetch()}
      />
    </>
  );
}
