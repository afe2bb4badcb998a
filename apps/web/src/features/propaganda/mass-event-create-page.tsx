import { PageHeader } from '../../components/page-header.tsx';
import { MassEventForm } from './mass-event-form.tsx';
import { propagandaTitle } from './nav.ts';

/** `/mass-events/new`: record a mass-movement event. */
export default function MassEventCreatePage() {
  return (
    <>
      <PageHeader title={propagandaTitle('eventCreate')} />
      <MassEventForm />
    </>
  );
}
