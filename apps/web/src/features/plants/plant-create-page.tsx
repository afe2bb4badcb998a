import { PageHeader } from '../../components/page-header.tsx';
import { plantTitle } from './nav.ts';
import { PlantForm } from './plant-form.tsx';

/** `/plants/new`: record narcotic plants found (species, amount, place, who). */
export default function PlantCreatePage() {
  return (
    <>
      <PageHeader title={plantTitle('create')} />
      <PlantForm />
    </>
  );
}
