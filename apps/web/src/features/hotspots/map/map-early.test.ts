import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { earlyRequests } from '../../../../page-preload.ts';
import { todayIso } from '../../../i18n/format.ts';
import { boundariesPath, hotspotMapPath } from '../hotspot-paths.ts';
import { earlyPaths } from './map-early.ts';
import { mapParams, mapStateOf } from './map-state.ts';

const addresses = [
  '',
  '?focus=0b9f1c1e-7a53-4c61-9d52-3a0c8f1e2d44',
  '?at=2025-01-01',
  '?at=2025-02-30&from=2024-13-01&to=nope',
  '?from=2024-03-01&to=2024-12-31&status=active,eliminated&kind=spot',
  '?status=&kind=&period=month&heat=0&unitId=x',
];

describe('the map requests asked for before the app runs', () => {
  it.each(addresses)('are the ones the page asks for at %s', (search) => {
    const params = new URLSearchParams(search);
    const state = mapStateOf(params);
    expect(earlyPaths(params, todayIso())).toEqual([
      boundariesPath(state.at),
      hotspotMapPath(mapParams(state)),
    ]);
  });

  it('are sent by the page-preload script, once each, with the session check', async () => {
    const web = fileURLToPath(new URL('../../../../', import.meta.url));
    const code = await earlyRequests(
      {
        shell: ['/auth/me'],
        pages: { '/hotspots/map': 'src/features/hotspots/map/map-early.ts' },
        timeZone: 'Asia/Ho_Chi_Minh',
      },
      (m) => path.resolve(web, m),
    );
    const run = (matched: string | null, search: string) => {
      const sent: string[] = [];
      const window: { __pcmtEarly?: Record<string, { at: number; response: unknown }> } = {};
      const fetch = (url: string, init: object) => {
        expect(init).toMatchObject({ credentials: 'same-origin', priority: 'high' });
        sent.push(url);
        return Promise.resolve(url);
      };
      new Function('m', 'window', 'location', 'fetch', code)(matched, window, { search }, fetch);
      // A second run (the script is never loaded twice, but nothing would be asked twice).
      new Function('m', 'window', 'location', 'fetch', code)(matched, window, { search }, fetch);
      return { sent, kept: Object.keys(window.__pcmtEarly ?? {}) };
    };
    const today = todayIso();
    const onMap = run('/hotspots/map', '?kind=spot');
    const state = mapStateOf(new URLSearchParams('?kind=spot'));
    expect(state.at).toBe(today);
    expect(onMap.sent).toEqual([
      '/api/v1/auth/me',
      `/api/v1${boundariesPath(state.at)}`,
      `/api/v1${hotspotMapPath(mapParams(state))}`,
    ]);
    expect(onMap.kept).toEqual(onMap.sent);
    // Any other signed-in page: the session check only.
    expect(run('/hotspots', '').sent).toEqual(['/api/v1/auth/me']);
    expect(run(null, '').sent).toEqual(['/api/v1/auth/me']);
  });

  it('refuses a page module that imports anything', async () => {
    await expect(
      earlyRequests({ shell: [], pages: { '/x': 'map-state.ts' }, timeZone: 'Asia/Ho_Chi_Minh' }, (m) =>
        fileURLToPath(new URL(m, import.meta.url)),
      ),
    ).rejects.toThrow(/must not import/);
  });
});
