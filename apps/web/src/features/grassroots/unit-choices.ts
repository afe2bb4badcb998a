import { fold, todayIso } from '../../i18n/format.ts';
import { useSession } from '../auth/session.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';

/**
 * The areas a record may belong to: the communes, and (for commendations and difficulties) the province units
 * of the officer's own jurisdiction. `writable` is what the officer may write in (a commune officer their
 * communes; a provincial unit its province and every commune); `onlyOne` when there is exactly one.
 */
export function useUnitChoices(opts: { communesOnly?: boolean } = {}) {
  const me = useSession();
  const communes = useCommuneOptions(todayIso());
  const communeIds = new Set(communes.options.map((o) => o.value));
  const upper = opts.communesOnly
    ? []
    : me.jurisdiction
        .filter((u) => !communeIds.has(u.id) && u.validTo === null)
        .map((u) => ({ value: u.id, label: u.name, search: fold(`${u.name} ${u.code}`) }));
  const own = new Set(me.jurisdiction.map((u) => u.id));
  const mine = communes.options.filter((o) => own.has(o.value));
  const writable = [...upper, ...(upper.length > 0 || mine.length === 0 ? communes.options : mine)];
  return {
    all: [...upper, ...communes.options],
    writable,
    onlyOne: writable.length === 1 ? writable[0]?.value : undefined,
    loading: communes.loading,
    search: communeSearch,
  };
}
