import type { ReactNode } from 'react';

/**
 * Label–figure pairs (a commune's figures): the label wraps, the figure stays whole on the right, so a long
 * Vietnamese label never squeezes a number onto two lines on a phone. Two columns on very wide screens.
 */
export function FigureList({ items }: { items: { key: string; label: string; value: ReactNode }[] }) {
  return (
    <dl className="pcmt-figures" style={{ margin: 0 }}>
      {items.map((i) => (
        <div
          key={i.key}
          style={{
            display: 'flex',
            gap: 12,
            justifyContent: 'space-between',
            alignItems: 'baseline',
            padding: '4px 0',
            borderBottom: '1px solid #f5f5f5',
          }}
        >
          <dt style={{ color: 'rgba(0,0,0,0.55)', minWidth: 0, overflowWrap: 'anywhere' }}>{i.label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'nowrap', fontWeight: 500 }}>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
