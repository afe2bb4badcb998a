import {
  type DeterminationCreate,
  determinationCreate,
  determinationResults,
  determinationTriggers,
} from '@pcmt/contracts';
import { App, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { FormModal, iso, PastDate } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { useAddDetermination } from './persons-api.ts';

type Values = Omit<DeterminationCreate, 'determinedOn'> & { determinedOn: Dayjs };
const FIELDS = ['determinedOn', 'trigger', 'performedBy', 'result'] as const;
const shape = determinationCreate.shape;

/** An addiction determination (Điều 27): "nghiện" makes the person a người nghiện from that day. */
export function DeterminationModal({
  personId,
  trigger,
  onClose,
}: {
  personId: string;
  trigger?: DeterminationCreate['trigger'];
  onClose: () => void;
}) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddDetermination(personId);
  const errors = useServerErrors(form, FIELDS);
  const submit = (v: Values) => {
    errors.clear();
    add.mutate(
      { ...v, determinedOn: iso(v.determinedOn) ?? todayIso(), performedBy: v.performedBy.trim() },
      {
        onSuccess: () => {
          void message.success(pt('determination.saved'));
          onClose();
        },
        onError: errors.onError,
      },
    );
  };
  return (
    <FormModal
      title={pt('determination.title')}
      onClose={onClose}
      onOk={() => form.submit()}
      okText={pt('form.save')}
      cancelText={pt('form.cancel')}
      busy={add.isPending}
    >
      <Flex vertical gap={12}>
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ determinedOn: dayjs(todayIso()), trigger }}
          onFinish={submit}
        >
          <Form.Item
            name="determinedOn"
            label={pt('determination.determinedOn')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <PastDate />
          </Form.Item>
          <Form.Item
            name="trigger"
            label={pt('determination.trigger')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <Select
              options={determinationTriggers.map((x) => ({ value: x, label: pt(`trigger.${x}`) }))}
              optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item
            name="performedBy"
            label={pt('determination.performedBy')}
            rules={contractRules(shape.performedBy, pt('form.required'))}
          >
            <Input maxLength={maxLengthOf(shape.performedBy)} />
          </Form.Item>
          <Form.Item
            name="result"
            label={pt('determination.result')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={determinationResults.map((r) => ({ value: r, label: pt(`determinationResult.${r}`) }))}
            />
          </Form.Item>
        </Form>
      </Flex>
    </FormModal>
  );
}
