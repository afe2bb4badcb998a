import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * `React.lazy` that does not suspend once its chunk is here. A lazy component suspends on its first render
 * even when its module was preloaded (`import()` answers with a promise), and React then holds the content
 * back until 300 ms after the spinner appeared (its FALLBACK_THROTTLE_MS), with nothing left to do: on a cold
 * start at a page's address (layout and page preloaded at boot) that was up to two such waits. Once `preload`
 * has resolved, the module is handed to React synchronously and the component renders at once.
 */
export function preloadable<M extends { default: ComponentType }>(
  load: () => Promise<M>,
): LazyExoticComponent<M['default']> & { preload: () => Promise<M> } {
  let loaded: M | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m;
      return m;
    });
  // A thenable that settles synchronously: React.lazy reads its value before deciding to suspend.
  const ready = (m: M) =>
    // biome-ignore lint/suspicious/noThenProperty: React.lazy takes any thenable; this one calls back at once
    ({ then: (resolve: (value: M) => void) => resolve(m) }) as unknown as Promise<M>;
  return Object.assign(
    lazy(() => (loaded ? ready(loaded) : preload())),
    { preload },
  );
}
