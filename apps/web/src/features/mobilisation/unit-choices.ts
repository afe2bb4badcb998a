import { todayIso } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { useCommuneOptions } from '../key-areas/on-date.tsx';

/**
 * The communes a writer may pick: a commune officer those of their jurisdiction, a provincial unit all of them;
 * `onlyOne` when there is exactly one (the form chooses it).
 */
export function useWritableCommunes() {
  const me = useSession();
  const communes = useCommuneOptions(todayIso());
  const own = new Set(me.jurisdiction.map((u) => u.id));
  const mine = communes.options.filter((o) => own.has(o.value));
  return {
    all: communes.options,
    options: mine.length > 0 ? mine : communes.options,
    onlyOne: mine.length === 1 ? mine[0]?.value : undefined,
    loading: communes.loading,
  };
}
