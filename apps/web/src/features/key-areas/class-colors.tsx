import type { CommuneClassName, KeyAreaStatus } from '@pcmt/contracts';
import { Tag } from 'antd';
import { useAreaText } from './i18n.ts';

/** A commune's class, or `unclassified` when it was never classified up to the date. */
export type ClassKey = CommuneClassName | 'unclassified';

/**
 * One colour per class, shared by the choropleth, its legend, the counts and the tags: reds darkening with
 * the class (loại I the darkest), green for drug-free, blue-grey for "not a key commune", greys for no
 * decision. Text on each is chosen for contrast (dark on the light ones).
 */
export const classColor: Record<ClassKey, { fill: string; text: string }> = {
  class_1: { fill: '#a8071a', text: '#ffffff' },
  class_2: { fill: '#e8590c', text: '#ffffff' },
  class_3: { fill: '#f5b400', text: '#1f1f1f' },
  none: { fill: '#a9bad3', text: '#1f1f1f' },
  drug_free: { fill: '#2f9e44', text: '#ffffff' },
  not_classified: { fill: '#8c8c8c', text: '#ffffff' },
  unclassified: { fill: '#f0f0f0', text: '#1f1f1f' },
};

/** Worst first: the order of the legend, the counts and the list. */
export const classOrder: readonly ClassKey[] = [
  'class_1',
  'class_2',
  'class_3',
  'none',
  'drug_free',
  'not_classified',
  'unclassified',
];

export const isKeyClass = (c: ClassKey | null | undefined): boolean =>
  c === 'class_1' || c === 'class_2' || c === 'class_3';

/** A class as a tag in its colour, with the contract's label. */
export function ClassTag({ value }: { value: ClassKey | null }) {
  const { at } = useAreaText();
  const key = value ?? 'unclassified';
  const c = classColor[key];
  return (
    <Tag
      data-class={key}
      style={{
        marginInlineEnd: 0,
        whiteSpace: 'normal',
        background: c.fill,
        color: c.text,
        borderColor: key === 'unclassified' ? '#bfbfbf' : c.fill,
      }}
    >
      {at(`communeClass.${key}`)}
    </Tag>
  );
}

export function KeyAreaStatusTag({ status }: { status: KeyAreaStatus }) {
  const { at } = useAreaText();
  return (
    <Tag
      color={status === 'designated' ? 'volcano' : 'default'}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
    >
      {at(`status.${status}`)}
    </Tag>
  );
}
