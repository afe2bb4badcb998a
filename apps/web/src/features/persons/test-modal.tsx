import {
  type DrugTestCreate,
  drugTestCreate,
  substances,
  type TestMethod,
  testMethods,
} from '@pcmt/contracts';
import { Alert, App, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { FormModal, iso, PastDate, text } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { useAddTest } from './persons-api.ts';

type Values = {
  testedOn: Dayjs;
  method: TestMethod;
  result: DrugTestCreate['result'];
  substances?: DrugTestCreate['substances'];
  performedBy?: string;
  reason?: string;
};
const FIELDS = ['testedOn', 'method', 'result', 'substances', 'performedBy', 'reason'] as const;
const shape = drugTestCreate.shape;

/** A drug test result: a positive one makes the person a người sử dụng trái phép from the test date. */
export function TestModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddTest(personId);
  const errors = useServerErrors(form, FIELDS);
  const result = Form.useWatch('result', form);
  const submit = (v: Values) => {
    errors.clear();
    add.mutate(
      {
        testedOn: iso(v.testedOn) ?? todayIso(),
        method: v.method,
        result: v.result,
        substances: v.substances ?? [],
        performedBy: text(v.performedBy),
        reason: text(v.reason),
      },
      {
        onSuccess: () => {
          void message.success(pt('test.saved'));
          onClose();
        },
        onError: errors.onError,
      },
    );
  };
  return (
    <FormModal
      title={pt('test.title')}
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
          initialValues={{ testedOn: dayjs(todayIso()), method: 'rapid_urine' }}
          onFinish={submit}
        >
          <Form.Item
            name="testedOn"
            label={pt('test.testedOn')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <PastDate />
          </Form.Item>
          <Form.Item
            name="method"
            label={pt('test.method')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <Select options={testMethods.map((m) => ({ value: m, label: pt(`testMethod.${m}`) }))} />
          </Form.Item>
          <Form.Item
            name="result"
            label={pt('test.result')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'positive', label: pt('testResult.positive') },
                { value: 'negative', label: pt('testResult.negative') },
              ]}
            />
          </Form.Item>
          {result === 'positive' && (
            <Form.Item>
              <Alert type="warning" showIcon title={pt('test.positiveHint')} />
            </Form.Item>
          )}
          <Form.Item name="substances" label={pt('test.substances')}>
            <Select
              mode="multiple"
              allowClear
              options={substances.map((s) => ({ value: s, label: pt(`substance.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="performedBy"
            label={pt('test.performedBy')}
            rules={contractRules(shape.performedBy, pt('form.required'))}
          >
            <Input maxLength={maxLengthOf(shape.performedBy)} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={pt('test.reason')}
            rules={contractRules(shape.reason, pt('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={maxLengthOf(shape.reason)} />
          </Form.Item>
        </Form>
      </Flex>
    </FormModal>
  );
}
