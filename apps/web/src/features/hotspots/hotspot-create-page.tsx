import { PageHeader } from '../../components/page-header.tsx';
import { HotspotForm } from './hotspot-form.tsx';
import { hotspotTitle } from './nav.ts';

/** `/hotspots/new`: record a hotspot (place by a tap on the map, or the commune). */
export default function HotspotCreatePage() {
  return (
    <>
      <PageHeader title={hotspotTitle('create')} />
      <HotspotForm />
    </>
  );
}
