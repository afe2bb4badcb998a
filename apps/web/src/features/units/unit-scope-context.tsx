import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/**
 * The unit the user is working on (chosen in the header); registers read it to pre-filter their lists.
 * null means "the whole jurisdiction". Kept per user in localStorage so a reload keeps the choice.
 */
export interface UnitScope {
  unitId: string | null;
  setUnitId: (id: string | null) => void;
}

const UnitScopeContext = createContext<UnitScope | null>(null);

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string | null): void => {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // not persisted: the choice lasts for this tab
  }
};

/** Mount with `key={userId}` so that another user on the same browser starts from their own choice. */
export function UnitScopeProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const storageKey = `pcmt.unit.${userId}`;
  const [unitId, setState] = useState<string | null>(() => read(storageKey));
  const setUnitId = useCallback(
    (id: string | null) => {
      setState(id);
      write(storageKey, id);
    },
    [storageKey],
  );
  const value = useMemo(() => ({ unitId, setUnitId }), [unitId, setUnitId]);
  return <UnitScopeContext value={value}>{children}</UnitScopeContext>;
}

export function useUnitScope(): UnitScope {
  const scope = useContext(UnitScopeContext);
  if (!scope) throw new Error('useUnitScope outside <UnitScopeProvider>');
  return scope;
}
