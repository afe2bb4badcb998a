import { type Measure, measureReviewCreate } from '@pcmt/contracts';
import { Alert, App, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { todayIso } from '../../i18n/format.ts';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { AnyDate, FormModal, iso, PastDate } from './form-bits.tsx';
import { usePersonText } from './i18n.ts';
import { useReviewMeasure } from './persons-api.ts';

type Values = { reviewedOn: Dayjs; outcome: string; nextReviewOn?: Dayjs | null };
const FIELDS = ['reviewedOn', 'outcome', 'nextReviewOn'] as const;
const shape = measureReviewCreate.shape;

/** A periodic review of a running measure (its outcome and the next review's date). */
export function MeasureReviewModal({
  personId,
  measure,
  onClose,
}: {
  personId: string;
  measure: Measure;
  onClose: () => void;
}) {
  const { pt } = usePersonText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const review = useReviewMeasure(personId, measure.id);
  const errors = useServerErrors(form, FIELDS);
  const conflict = isApiError(review.error) && review.error.status === 409 ? review.error : null;
  const submit = (v: Values) => {
    errors.clear();
    review.mutate(
      {
        reviewedOn: iso(v.reviewedOn) ?? todayIso(),
        outcome: v.outcome.trim(),
        nextReviewOn: iso(v.nextReviewOn),
        version: measure.version,
      },
      {
        onSuccess: () => {
          void message.success(pt('measure.reviewed'));
          onClose();
        },
        onError: (e) => {
          if (!(isApiError(e) && e.status === 409 && e.details.length === 0)) errors.onError(e);
        },
      },
    );
  };
  return (
    <FormModal
      title={pt('measure.reviewTitle')}
      onClose={onClose}
      onOk={() => form.submit()}
      okText={pt('form.save')}
      cancelText={pt('form.cancel')}
      busy={review.isPending}
    >
      <Flex vertical gap={12}>
        {conflict && (
          <Alert type="warning" showIcon role="alert" title={conflict.message || pt('measure.conflict')} />
        )}
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ reviewedOn: dayjs(todayIso()), nextReviewOn: null }}
          onFinish={submit}
        >
          <Form.Item
            name="reviewedOn"
            label={pt('measure.reviewedOn')}
            rules={[{ required: true, message: pt('form.requiredSelect') }]}
          >
            <PastDate />
          </Form.Item>
          <Form.Item
            name="outcome"
            label={pt('measure.outcome')}
            rules={contractRules(shape.outcome, pt('form.required'))}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={maxLengthOf(shape.outcome)} />
          </Form.Item>
          <Form.Item name="nextReviewOn" label={pt('measure.nextReviewOn')}>
            <AnyDate />
          </Form.Item>
        </Form>
      </Flex>
    </FormModal>
  );
}
