import {
  type PrestigiousPerson,
  type PreventionModel,
  prestigiousPersonTransition,
  preventionModelTransition,
} from '@pcmt/contracts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { useMobilisationText } from './i18n.ts';
import { useTransitionModel, useTransitionPerson } from './mobilisation-api.ts';
import { ModelStatusTag, modelStatusColor, PersonStatusTag, personStatusColor } from './tags.tsx';

/** A prestigious person's dated move (active ↔ inactive); the mutation lives here so each opening starts clean. */
export function PersonTransitionModal({
  person,
  onClose,
}: {
  person: PrestigiousPerson;
  onClose: () => void;
}) {
  const { mt } = useMobilisationText();
  const move = useTransitionPerson(person.id);
  return (
    <TransitionDialog
      title={mt('transition.personTitle')}
      current={<PersonStatusTag status={person.status} />}
      allowed={person.allowedTransitions}
      version={person.version}
      statusLabel={(s) => mt(`personStatus.${s}`)}
      statusColor={personStatusColor}
      reasonSchema={prestigiousPersonTransition.shape.reason}
      mutation={move}
      onClose={onClose}
    />
  );
}

/** A model's dated move (active → paused → ended). */
export function ModelTransitionModal({ model, onClose }: { model: PreventionModel; onClose: () => void }) {
  const { mt } = useMobilisationText();
  const move = useTransitionModel(model.id);
  return (
    <TransitionDialog
      title={mt('transition.modelTitle')}
      current={<ModelStatusTag status={model.status} />}
      allowed={model.allowedTransitions}
      version={model.version}
      statusLabel={(s) => mt(`modelStatus.${s}`)}
      statusColor={modelStatusColor}
      reasonSchema={preventionModelTransition.shape.reason}
      mutation={move}
      onClose={onClose}
    />
  );
}
