import type { Unit } from '@pcmt/contracts';
import { fold } from '../../i18n/format.ts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

// One collator each, made on first use: `localeCompare(x, 'vi', …)` builds a new one on every comparison
// (~10 ms for the province's units, at every page's first render through the header's unit picker).
let collators: { code: Intl.Collator; name: Intl.Collator } | undefined;
const byCodeThenName = (a: UnitNode, b: UnitNode) => {
  collators ??= { code: new Intl.Collator('vi', { numeric: true }), name: new Intl.Collator('vi') };
  return collators.code.compare(a.unit.code, b.unit.code) || collators.name.compare(a.unit.name, b.unit.name);
};

/**
 * The flat list of units valid on one date, as a forest. A unit whose parent is not in the list
 * (a jurisdiction subset, or data of another era) becomes a root rather than disappearing.
 */
export function buildUnitForest(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { unit: u, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort(byCodeThenName);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Keeps nodes whose name or code matches, with their ancestors (for context) and all their descendants. */
export function filterForest(forest: readonly UnitNode[], text: string): UnitNode[] {
  const needle = fold(text);
  if (!needle) return [...forest];
  const walk = (nodes: readonly UnitNode[]): UnitNode[] =>
    nodes.flatMap((n) => {
      if (fold(n.unit.name).includes(needle) || n.unit.code.includes(needle)) return [n];
      const children = walk(n.children);
      return children.length > 0 ? [{ unit: n.unit, children }] : [];
    });
  return walk(forest);
}

/** The sub-forest a user may work in: their jurisdiction units (and what lies below them) on that date. */
export function scopeForest(forest: readonly UnitNode[], allowed: ReadonlySet<string>): UnitNode[] {
  return forest.flatMap((n) => (allowed.has(n.unit.id) ? [n] : scopeForest(n.children, allowed)));
}

export const countNodes = (forest: readonly UnitNode[]): number =>
  forest.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);

export const allIds = (forest: readonly UnitNode[]): string[] =>
  forest.flatMap((n) => [n.unit.id, ...allIds(n.children)]);
