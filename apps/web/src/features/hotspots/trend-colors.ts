import type { hotspotTrendCategories } from '@pcmt/contracts';

export type TrendCategory = (typeof hotspotTrendCategories)[number];

/** Trend categories of the statistics (Gi* over successive periods): hotter reds for growing hotspots. */
export const trendColor: Record<TrendCategory, string> = {
  insufficient_data: '#d9d9d9',
  not_significant: '#bfbfbf',
  new: '#ffc53d',
  emerging: '#fa8c16',
  intensifying: '#f5222d',
  persistent: '#a8071a',
  cooling: '#4096ff',
  sporadic: '#9254de',
};
