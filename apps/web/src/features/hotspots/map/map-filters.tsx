import type { HotspotKind, HotspotStatus } from '@pcmt/contracts';
import { hotspotKinds, hotspotStatuses } from '@pcmt/contracts';
import { DatePicker, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { DATE_FORMAT, fold } from '../../../i18n/format.ts';
import { useHotspotText } from '../i18n.ts';
import { statusColor } from '../status-colors.tsx';
import type { MapState } from './map-state.ts';

/**
 * The map's filters: period, date of the units, status, kind, commune. Their own chunk (antd's date pickers
 * and selects weigh ~150 kB), loaded after the map is drawn: they change what is shown, not the first view.
 */
export default function MapFilters({
  state,
  update,
  communes,
}: {
  state: MapState;
  update: (change: Record<string, string | undefined>) => void;
  communes: { value: string; label: string; search: string }[];
}) {
  const { ht } = useHotspotText();
  const statuses = (state.status?.split(',') ?? []) as HotspotStatus[];
  return (
    <>
      <DatePicker.RangePicker
        aria-label={ht('map.period')}
        placeholder={[ht('list.from'), ht('list.to')]}
        format={DATE_FORMAT}
        inputReadOnly
        allowClear={false}
        classNames={{ popup: { root: 'pcmt-range-popup' } }}
        value={[dayjs(state.from), dayjs(state.to)]}
        onChange={(r) =>
          r?.[0] && r[1] && update({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })
        }
      />
      <DatePicker
        aria-label={ht('map.at')}
        prefix={<Typography.Text type="secondary">{ht('map.at')}:</Typography.Text>}
        format={DATE_FORMAT}
        inputReadOnly
        allowClear={false}
        value={dayjs(state.at)}
        onChange={(d) => d && update({ at: d.format('YYYY-MM-DD'), unitId: undefined })}
      />
      <Select<HotspotStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={ht('field.status')}
        placeholder={ht('list.allStatuses')}
        value={statuses}
        onChange={(v) => update({ status: v.length ? v.join(',') : undefined })}
        options={hotspotStatuses.map((s) => ({
          value: s,
          label: (
            <span>
              <i
                style={{
                  display: 'inline-block',
                  width: 10,
                  height: 10,
                  borderRadius: '50%',
                  background: statusColor[s],
                  marginInlineEnd: 6,
                }}
              />
              {ht(`status.${s}`)}
            </span>
          ),
        }))}
      />
      <Select<HotspotKind>
        allowClear
        aria-label={ht('field.kind')}
        placeholder={ht('list.allKinds')}
        value={state.kind}
        onChange={(v) => update({ kind: v })}
        options={hotspotKinds.map((k) => ({ value: k, label: ht(`kind.${k}`) }))}
      />
      <Select
        allowClear
        showSearch={{ filterOption: (input, o) => String(o?.search ?? '').includes(fold(input)) }}
        aria-label={ht('map.commune')}
        placeholder={ht('list.allCommunes')}
        value={state.unitId}
        onChange={(v) => update({ unitId: v })}
        options={communes}
      />
    </>
  );
}
