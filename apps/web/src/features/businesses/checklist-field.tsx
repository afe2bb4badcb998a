import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { ChecklistItemInfo } from './businesses-api.ts';
import { useBusinessText } from './i18n.ts';

export type Answers = Record<string, 'met' | 'not_met'>;

/**
 * The line's checklist as large yes/no toggles, one item per block, thumb-sized (48 px) and full width on a
 * phone. Tapping the chosen answer again clears it: an item left blank is not recorded. A form control
 * (`value`/`onChange` come from Form.Item).
 */
export function ChecklistField({
  items,
  value = {},
  onChange,
}: {
  items: readonly ChecklistItemInfo[];
  value?: Answers;
  onChange?: (next: Answers) => void;
}) {
  const { bt, language } = useBusinessText();
  const set = (id: string, result: 'met' | 'not_met') => {
    const next = { ...value };
    if (next[id] === result) delete next[id];
    else next[id] = result;
    onChange?.(next);
  };
  const done = items.filter((i) => value[i.id]).length;
  const allMet = () => {
    const next = { ...value };
    for (const i of items) next[i.id] ??= 'met';
    onChange?.(next);
  };
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" aria-live="polite">
          {bt('inspection.answered', { done, total: items.length })}
        </Typography.Text>
        <Button onClick={allMet} disabled={done === items.length} icon={<CheckOutlined aria-hidden />}>
          {bt('inspection.allMet')}
        </Button>
      </Flex>
      {items.map((item) => {
        const answer = value[item.id];
        const label = item.label[language];
        return (
          <fieldset
            key={item.id}
            aria-label={label}
            data-item={item.id}
            data-answer={answer ?? ''}
            style={{
              border: '1px solid #f0f0f0',
              borderInlineStart: `4px solid ${answer === 'not_met' ? '#cf1322' : answer === 'met' ? '#389e0d' : '#d9d9d9'}`,
              borderRadius: 8,
              padding: 12,
              background: answer === 'not_met' ? '#fff1f0' : '#fff',
              margin: 0,
              minWidth: 0,
            }}
          >
            <Flex vertical gap={10}>
              <Typography.Text style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                {label}
                {item.drugs && (
                  <Tag color="red" style={{ marginInlineStart: 6 }}>
                    {bt('inspection.drugItem')}
                  </Tag>
                )}
              </Typography.Text>
              {item.confidence !== 'confirmed' && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {bt('inspection.unconfirmed')} ({item.source})
                </Typography.Text>
              )}
              <Flex gap={8} style={{ maxWidth: 520 }}>
                <Button
                  block
                  aria-pressed={answer === 'met'}
                  type={answer === 'met' ? 'primary' : 'default'}
                  icon={<CheckOutlined aria-hidden />}
                  onClick={() => set(item.id, 'met')}
                  style={{
                    height: 48,
                    fontSize: 16,
                    ...(answer === 'met' ? { background: '#389e0d', borderColor: '#389e0d' } : {}),
                  }}
                >
                  {bt('inspection.met')}
                </Button>
                <Button
                  block
                  danger
                  aria-pressed={answer === 'not_met'}
                  type={answer === 'not_met' ? 'primary' : 'default'}
                  icon={<CloseOutlined aria-hidden />}
                  onClick={() => set(item.id, 'not_met')}
                  style={{ height: 48, fontSize: 16 }}
                >
                  {bt('inspection.notMet')}
                </Button>
              </Flex>
            </Flex>
          </fieldset>
        );
      })}
    </Flex>
  );
}
