import { useEffect } from 'react';

/** Tab titles tell apart the several PCMT windows an officer keeps open. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · PCMT` : 'PCMT';
  }, [title]);
}
