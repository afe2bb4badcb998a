import type { HotspotKind, HotspotStatus } from '@pcmt/contracts';
import { statusColor } from '../status-colors.tsx';
import type { Group, PointSet } from './cluster.ts';
import { L } from './leaflet.ts';

// The map's markers and popups as plain DOM: pin and group icons in the status colours, a record's popup
// (status at once, name and kind when read) and the list of records at one place. Used by the map view.

export type Labels = {
  map: string;
  status: (s: HotspotStatus) => string;
  kind: (k: HotspotKind) => string;
  open: string;
  loading: string;
  failed: string;
  together: (n: number) => string;
  cluster: (n: number) => string;
};

/** What a popup shows of a record, read when it is opened (the map data carries no names). */
export type PointDetail = { name: string; kind: HotspotKind; status: HotspotStatus };

export type Latest = {
  labels: Labels;
  onOpen: (id: string) => void;
  loadDetail: (id: string) => Promise<PointDetail>;
  statuses: readonly HotspotStatus[];
};

const pinIcons = new Map<HotspotStatus, L.DivIcon>();
export const pinIcon = (status: HotspotStatus) => {
  let icon = pinIcons.get(status);
  if (!icon) {
    icon = L.divIcon({
      className: 'pcmt-hs-pin',
      html: `<span data-status="${status}" style="background:${statusColor[status]}"></span>`,
      // 28 px: a fingertip's target, around an 18 px dot.
      iconSize: [28, 28],
    });
    pinIcons.set(status, icon);
  }
  return icon;
};

/** A group as a ring of its statuses' colours (a conic gradient, no image), with the count in the middle. */
export function groupIcon(g: Group, statuses: readonly HotspotStatus[], label: string): L.DivIcon {
  const n = g.members.length;
  const order = [...g.counts.keys()]
    .filter((s) => g.counts[s]! > 0)
    .sort((a, b) => g.counts[b]! - g.counts[a]!);
  let at = 0;
  const stops: string[] = [];
  for (const s of order) {
    const end = at + (g.counts[s]! / n) * 360;
    stops.push(`${statusColor[statuses[s]!]} ${at.toFixed(1)}deg ${end.toFixed(1)}deg`);
    at = end;
  }
  const size = n < 10 ? 36 : n < 100 ? 42 : n < 1000 ? 50 : 58;
  return L.divIcon({
    className: 'pcmt-hs-cluster',
    html: `<div role="img" aria-label="${label}" style="background:conic-gradient(${stops.join(',')})"><span>${n.toLocaleString('vi-VN')}</span></div>`,
    iconSize: [size, size],
  });
}

/** A status chip in the status's colour. */
function chip(status: HotspotStatus, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.dataset.status = status;
  el.textContent = text;
  Object.assign(el.style, {
    display: 'inline-block',
    margin: '6px 0',
    padding: '0 7px',
    borderRadius: '4px',
    color: '#fff',
    background: statusColor[status],
  });
  return el;
}

/** One record's popup: its status at once, its name and kind as soon as they are read (then `loaded`). */
export function pointPopup(
  id: string,
  status: HotspotStatus,
  latest: Latest,
  loaded: () => void,
): HTMLElement {
  const { labels } = latest;
  const box = document.createElement('div');
  box.dataset.testid = 'map-popup';
  const name = document.createElement('strong');
  name.textContent = labels.loading;
  const kind = document.createElement('div');
  kind.style.color = '#595959';
  const state = chip(status, labels.status(status));
  box.append(name, kind, state, document.createElement('br'), openLink(id, labels.open, latest));
  latest.loadDetail(id).then(
    (d) => {
      name.textContent = d.name;
      kind.textContent = labels.kind(d.kind);
      if (d.status !== status) state.replaceWith(chip(d.status, labels.status(d.status)));
      loaded();
    },
    () => {
      name.textContent = labels.failed;
      loaded();
    },
  );
  return box;
}

/** Records at one place: each with its status colour and name, and a link to open it. */
export function listPopup(set: PointSet, g: Group, latest: Latest, loaded: () => void): HTMLElement {
  const { labels, statuses } = latest;
  const box = document.createElement('div');
  box.dataset.testid = 'map-popup';
  const title = document.createElement('strong');
  title.textContent = labels.together(g.members.length);
  const list = document.createElement('ul');
  Object.assign(list.style, { margin: '6px 0 0', padding: 0, listStyle: 'none' });
  for (const i of g.members) {
    const id = set.id[i]!;
    const status = statuses[set.status[i]!]!;
    const item = document.createElement('li');
    item.style.padding = '4px 0';
    const dot = document.createElement('i');
    Object.assign(dot.style, {
      display: 'inline-block',
      width: '10px',
      height: '10px',
      borderRadius: '50%',
      marginInlineEnd: '6px',
      background: statusColor[status],
    });
    const link = openLink(id, labels.loading, latest);
    link.title = labels.status(status);
    item.append(dot, link);
    list.append(item);
    latest.loadDetail(id).then(
      (d) => {
        link.textContent = d.name;
        loaded();
      },
      () => {
        link.textContent = labels.open;
      },
    );
  }
  box.append(title, list);
  return box;
}

function openLink(id: string, text: string, latest: Latest): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `/hotspots/${id}`;
  link.textContent = text;
  link.style.display = 'inline-block';
  link.style.padding = '6px 0';
  link.addEventListener('click', (e) => {
    e.preventDefault();
    latest.onOpen(id);
  });
  return link;
}
