import {
  type Difficulty,
  type DifficultyCreate,
  type DifficultyTopic,
  difficultyCreate,
  difficultyTopics,
} from '@pcmt/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { useSaveDifficulty } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { useUnitChoices } from './unit-choices.ts';

const shape = difficultyCreate.shape;
const FIELDS = ['unitId', 'raisedOn', 'topic', 'content', 'proposal', 'addressedTo'] as const;
type Values = {
  unitId?: string;
  raisedOn: Dayjs;
  topic?: DifficultyTopic;
  content: string;
  proposal?: string;
  addressedTo?: string;
};
const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Raise (no `record`) or edit a difficulty. `quick`: the one-handed phone entry for commune officers in the field
 * — big touch targets, topics as buttons, the area left to the officer's own, the send button at the thumb.
 */
export function DifficultyEditor({
  record,
  onReload,
  quick = false,
}: {
  record?: Difficulty;
  onReload?: () => void;
  quick?: boolean;
}) {
  const { gt, t } = useGrassrootsText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const save = useSaveDifficulty(record?.id ?? null);
  const errors = useServerErrors(form, FIELDS);
  const units = useUnitChoices();
  // A commune officer with one commune sees it chosen (the server would default to it anyway).
  useEffect(() => {
    if (!record && units.onlyOne && !form.getFieldValue('unitId'))
      form.setFieldValue('unitId', units.onlyOne);
  }, [record, units.onlyOne, form]);

  const initial: Partial<Values> = record
    ? {
        unitId: record.unit.id,
        raisedOn: dayjs(record.raisedOn),
        topic: record.topic,
        content: record.content,
        proposal: record.proposal ?? undefined,
        addressedTo: record.addressedTo ?? undefined,
      }
    : { raisedOn: dayjs(todayIso()) };

  const submit = (v: Values) => {
    errors.clear();
    const body: DifficultyCreate = {
      ...(v.unitId ? { unitId: v.unitId } : {}),
      raisedOn: v.raisedOn.format('YYYY-MM-DD'),
      topic: v.topic as DifficultyTopic,
      content: v.content.trim(),
      proposal: text(v.proposal),
      addressedTo: text(v.addressedTo),
    };
    save.mutate(record ? { ...body, version: record.version } : body, {
      onSuccess: (saved) => {
        void message.success(record ? gt('common.saved') : gt('difficulties.sent'));
        navigate(`/difficulties/${saved.id}`);
      },
      onError: errors.onError,
    });
  };
  const rules = (key: keyof typeof shape) => contractRules(shape[key], gt('common.required'));
  const pickOne = [{ required: true, message: gt('common.requiredSelect') }];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size={quick && phone ? 'large' : 'middle'}
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap={12} style={{ maxWidth: 720 }}>
        {quick && <Typography.Text type="secondary">{gt('difficulties.reportIntro')}</Typography.Text>}
        {errors.summary !== null &&
          (isConflict(errors.summary) ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={gt('common.conflict')}
              action={onReload && <Button onClick={onReload}>{t('common.reload')}</Button>}
            />
          ) : (
            <ErrorAlert error={errors.summary} extra={errors.extra} />
          ))}
        <Card size="small">
          <Form.Item name="topic" label={gt('field.topic')} rules={pickOne}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}
              options={difficultyTopics.map((k) => ({
                value: k,
                label: gt(`topic.${k}`),
                style: {
                  whiteSpace: 'normal',
                  height: 'auto',
                  minHeight: 40,
                  lineHeight: 1.3,
                  padding: '8px 12px',
                  borderRadius: 6,
                },
              }))}
            />
          </Form.Item>
          <Form.Item name="content" label={gt('field.content')} rules={rules('content')}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={maxLengthOf(shape.content)}
              placeholder={gt('difficulties.contentPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="proposal" label={gt('field.proposal')} rules={rules('proposal')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={maxLengthOf(shape.proposal)}
              placeholder={gt('difficulties.proposalPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="addressedTo" label={gt('field.addressedTo')} rules={rules('addressedTo')}>
            <Input maxLength={maxLengthOf(shape.addressedTo)} />
          </Form.Item>
          <Form.Item name="raisedOn" label={gt('field.raisedOn')} rules={pickOne}>
            <DatePicker
              format={DATE_FORMAT}
              inputReadOnly
              allowClear={false}
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
            />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={gt('field.unit')}
            extra={gt('hint.unitDefault')}
            style={{ marginBottom: 0 }}
          >
            <Select
              allowClear
              showSearch={units.search}
              placeholder={gt('common.unitPlaceholder')}
              options={units.writable}
              loading={units.loading}
            />
          </Form.Item>
        </Card>
        {/* On a phone the send button stays within the thumb's reach at the bottom of the screen. */}
        <div
          style={{
            position: quick && phone ? 'sticky' : 'static',
            bottom: 0,
            zIndex: 2,
            background: '#fff',
            padding: '12px 0',
            borderTop: quick ? '1px solid #f0f0f0' : undefined,
          }}
        >
          <Flex gap={8} justify={quick ? undefined : 'end'}>
            <Button onClick={() => navigate(record ? `/difficulties/${record.id}` : '/difficulties')}>
              {gt('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" block={quick} loading={save.isPending}>
              {quick ? gt('difficulties.send') : gt('common.save')}
            </Button>
          </Flex>
        </div>
      </Flex>
    </Form>
  );
}
