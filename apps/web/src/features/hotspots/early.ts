import { api } from '../../api/client.ts';

/**
 * Answers asked for before the page that needs them renders (`map/map-prefetch.ts`, sent at boot by the kit's
 * `preloadPageAt`), by path, each taken once by the query that needs it: already there when the page first
 * renders (`arrived`, a query's `initialData`: no loading pass, one render draws the map), or awaited
 * (`getOnce`). A failed early request (no session yet: 401) is simply asked again by that query, which
 * handles errors as usual; an answer not taken within EARLY_MS is stale and dropped.
 */
type Early = { at: number; answer: Promise<unknown>; value?: unknown };
const early = new Map<string, Early>();
const EARLY_MS = 15_000;

export function askEarly(path: string): void {
  const entry: Early = {
    at: Date.now(),
    answer: api.get(path, { handleUnauthorized: false }).then(
      (value) => {
        entry.value = value;
        return value;
      },
      () => undefined,
    ),
  };
  early.set(path, entry);
}

const takeEarly = (path: string): Early | undefined => {
  const entry = early.get(path);
  early.delete(path);
  return entry && Date.now() - entry.at < EARLY_MS ? entry : undefined;
};

/** The early answer to `path` if it has already arrived (then taken), for a query's `initialData`. */
export function arrived<T>(path: string): T | undefined {
  if (early.get(path)?.value === undefined) return undefined;
  return takeEarly(path)?.value as T | undefined;
}

/** `api.get`, unless the same path was asked for early: then that answer (once). */
export async function getOnce<T>(path: string, signal: AbortSignal): Promise<T> {
  const answer = (await takeEarly(path)?.answer) as T | undefined;
  return answer ?? api.get<T>(path, { signal });
}
