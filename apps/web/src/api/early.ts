/**
 * Answers the page-preload script asked for before the app's code ran (`page-preload.ts`: the session check
 * on every signed-in page, and the data a page declares, e.g. the hotspot map's boundaries and points). The
 * script keeps each pending response under its URL in `window.__pcmtEarly`; `request` (client.ts) takes it
 * instead of asking again — once, only a successful answer (an error is asked again, so it is handled
 * exactly as before), and only within EARLY_MS of the page's load.
 */
type Early = { at: number; response: Promise<Response> };
type EarlyHost = { __pcmtEarly?: Record<string, Early> };

const EARLY_MS = 15_000;

export function takeEarlyResponse(url: string): Promise<Response | undefined> | undefined {
  const all = (globalThis as EarlyHost).__pcmtEarly;
  const entry = all?.[url];
  if (!all || !entry) return undefined;
  delete all[url];
  if (Date.now() - entry.at >= EARLY_MS) return undefined;
  return entry.response.then(
    (r) => (r.ok ? r : undefined),
    () => undefined,
  );
}

/** Sign-in or sign-out: nothing asked for the previous session is used for the next. */
export function dropEarlyResponses(): void {
  delete (globalThis as EarlyHost).__pcmtEarly;
}
