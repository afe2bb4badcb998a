import type { HotspotKind } from '@pcmt/contracts';
import { isRealDate, todayIso } from '../../../i18n/format.ts';

export const PERIODS = ['year', 'quarter', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The map's state in the URL (a link shows the same map): date of the units, period, filters, layers. */
export function mapStateOf(params: URLSearchParams) {
  const today = todayIso();
  const get = (k: string) => params.get(k) ?? undefined;
  const date = (k: string, fallback: string) => {
    const v = get(k);
    return isRealDate(v) ? v : fallback;
  };
  const period = get('period');
  return {
    at: date('at', today),
    from: date('from', `${Number(today.slice(0, 4)) - 3}-01-01`),
    to: date('to', today),
    status: get('status'),
    kind: get('kind') as HotspotKind | undefined,
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
