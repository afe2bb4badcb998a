import type { HotspotKind } from '@pcmt/contracts';
import { todayIso } from '../../../i18n/format.ts';
import { mapDataParams } from './map-early.ts';

export const PERIODS = ['year', 'quarter', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The map's state in the URL (a link shows the same map): date of the units, period, filters, layers. */
export function mapStateOf(params: URLSearchParams) {
  const get = (k: string) => params.get(k) ?? undefined;
  const period = get('period');
  const data = mapDataParams(params, todayIso());
  return {
    ...data,
    kind: data.kind as HotspotKind | undefined,
    unitId: get('unitId'),
    period: (PERIODS.includes(period as Period) ? period : 'year') as Period,
    heat: get('heat') !== '0',
    choropleth: get('choropleth') !== '0',
    focus: get('focus'),
  };
}
export type MapState = ReturnType<typeof mapStateOf>;

/** The points' request: the commune is chosen on the page (no new request), the rest on the server. */
export const mapParams = (s: MapState) => ({
  at: s.at,
  from: s.from,
  to: s.to,
  status: s.status,
  kind: s.kind,
});
