import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { HotspotForm } from './hotspot-form.tsx';
import { useHotspot } from './hotspots-api.ts';
import { useHotspotText } from './i18n.ts';
import { hotspotTitle } from './nav.ts';

/** `/hotspots/:id/edit`: the record's facts (the status changes through transitions, not here). */
export default function HotspotEditPage() {
  const { id = '' } = useParams();
  const { ht } = useHotspotText();
  const hotspot = useHotspot(id);
  if (hotspot.isPending) return <Skeleton active />;
  if (hotspot.isError)
    return hotspot.error && 'status' in hotspot.error && hotspot.error.status === 404 ? (
      <Result status="404" title={ht('detail.notFound')} />
    ) : (
      <ErrorAlert error={hotspot.error} onRetry={() => void hotspot.refetch()} />
    );
  return (
    <>
      <PageHeader title={`${hotspotTitle('edit')}: ${hotspot.data.name}`} />
      {/* Keyed by version: after a reload the form starts again from the fresh record. */}
      <HotspotForm
        key={hotspot.data.version}
        hotspot={hotspot.data}
        onReload={() => void hotspot.refetch()}
      />
    </>
  );
}
