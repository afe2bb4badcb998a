import {
  type Difficulty,
  type DifficultyStatus,
  type DifficultyTopic,
  difficultyAnswer,
  difficultyContract,
  difficultyTransition,
} from '@pcmt/contracts';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DemoTag } from '../../components/demo-tag.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { DATE_FORMAT, formatDate, todayIso } from '../../i18n/format.ts';
import { DetailPage } from '../../kit/detail-page.tsx';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useServerErrors } from '../../kit/form/use-server-errors.ts';
import { usePermission } from '../../kit/permissions.ts';
import { TransitionDialog } from '../../kit/transition-dialog.tsx';
import { TimelineSlot } from '../key-areas/records/timeline-card.tsx';
import { useAnswerDifficulty, useDifficulty, useTransitionDifficulty } from './grassroots-api.ts';
import { useGrassrootsText } from './i18n.ts';
import { RecordState } from './record-state.tsx';
import { DifficultyStatusTag, difficultyStatusColor } from './tags.tsx';

const answerShape = difficultyAnswer.shape;
type AnswerValues = { on: Dayjs; answer: string; answeredBy: string };

/** The provincial answer (or a further one replacing it): date, text, the answering body. */
function AnswerForm({ d, onDone }: { d: Difficulty; onDone: () => void }) {
  const { gt } = useGrassrootsText();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerDifficulty(d.id);
  const errors = useServerErrors(form, ['on', 'answer', 'answeredBy']);
  const submit = (v: AnswerValues) => {
    errors.clear();
    answer.mutate(
      {
        on: v.on.format('YYYY-MM-DD'),
        answer: v.answer.trim(),
        answeredBy: v.answeredBy.trim(),
        version: d.version,
      },
      {
        onSuccess: () => {
          void message.success(gt('difficulties.answered'));
          onDone();
        },
        onError: errors.onError,
      },
    );
  };
  return (
    <Card size="small" title={gt('difficulties.answerTitle')} data-testid="answer-form">
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(todayIso()), answer: d.answer ?? '', answeredBy: d.answeredBy ?? '' }}
        onFinish={submit}
      >
        {errors.summary !== null && <ErrorAlert error={errors.summary} extra={errors.extra} />}
        <Form.Item
          name="answer"
          label={gt('field.answer')}
          rules={contractRules(answerShape.answer, gt('common.required'))}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={maxLengthOf(answerShape.answer)}
          />
        </Form.Item>
        <Form.Item
          name="answeredBy"
          label={gt('field.answeredBy')}
          rules={contractRules(answerShape.answeredBy, gt('common.required'))}
        >
          <Input maxLength={maxLengthOf(answerShape.answeredBy)} />
        </Form.Item>
        <Form.Item
          name="on"
          label={gt('field.answeredOn')}
          rules={[{ required: true, message: gt('common.requiredSelect') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            inputReadOnly
            allowClear={false}
            style={{ width: '100%' }}
            disabledDate={(x) => x.format('YYYY-MM-DD') > todayIso()}
          />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onDone}>{gt('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={answer.isPending}>
            {gt('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** `/difficulties/:id`: the difficulty and proposal, the answer, status moves and the history. */
export default function DifficultyDetailPage() {
  const { id = '' } = useParams();
  const query = useDifficulty(id);
  return <RecordState query={query} back="/difficulties" render={(d) => <Record d={d} />} />;
}

function Record({ d }: { d: Difficulty }) {
  const { gt } = useGrassrootsText();
  const navigate = useNavigate();
  const canRaise = usePermission('difficulty.raise');
  const canAnswer = usePermission('difficulty.answer');
  const [moving, setMoving] = useState(false);
  const [answering, setAnswering] = useState(false);
  const move = useTransitionDifficulty(d.id);
  const none = gt('common.none');
  const timelineValue = (field: string, v: unknown): ReactNode | undefined => {
    if ((field === 'status' || field === 'to' || field === 'from') && typeof v === 'string')
      return gt(`difficultyStatus.${v as DifficultyStatus}`);
    if (field === 'topic' && typeof v === 'string') return gt(`topic.${v as DifficultyTopic}`);
    if (field === 'unitId' && v === d.unit.id) return d.unit.name;
    if (field === 'unit' && v && typeof v === 'object' && 'name' in v) return String(v.name);
    return undefined;
  };
  const moves = d.allowedTransitions.filter((s): s is 'open' | 'closed' => s !== 'answered');
  const answerable = d.status !== 'closed';
  return (
    <>
      <DetailPage
        title={gt(`topic.${d.topic}`)}
        status={
          <>
            <DifficultyStatusTag status={d.status} overdue={d.overdue} />
            {d.isDemo && <DemoTag />}
          </>
        }
        actions={
          <>
            {canAnswer && answerable && !answering && (
              <Button type="primary" onClick={() => setAnswering(true)}>
                {d.answer ? gt('difficulties.answerAgain') : gt('difficulties.answer')}
              </Button>
            )}
            {canRaise && moves.length > 0 && (
              <Button onClick={() => setMoving(true)}>{gt('common.transition')}</Button>
            )}
            {canRaise && (
              <Button onClick={() => navigate(`/difficulties/${d.id}/edit`)}>{gt('common.edit')}</Button>
            )}
          </>
        }
        timelineTitle={gt('common.timeline')}
        timeline={
          <TimelineSlot
            path="/difficulties"
            id={d.id}
            value={timelineValue}
            shownField={(f) => f in difficultyContract.fieldLabels}
          />
        }
      >
        <Card size="small" title={gt('common.general')}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              { key: 'agency', label: gt('field.raisedBy'), children: d.agency.name },
              { key: 'unit', label: gt('field.unit'), children: d.unit.name },
              { key: 'raisedOn', label: gt('field.raisedOn'), children: formatDate(d.raisedOn) },
              { key: 'topic', label: gt('field.topic'), children: gt(`topic.${d.topic}`) },
              { key: 'addressedTo', label: gt('field.addressedTo'), children: d.addressedTo ?? none },
              {
                key: 'status',
                label: gt('field.status'),
                children: (
                  <Flex gap={6} wrap align="center">
                    <DifficultyStatusTag status={d.status} overdue={d.overdue} />
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {d.status === 'open'
                        ? gt('difficulties.dueOn', { date: formatDate(d.answerDueOn) })
                        : `${gt('field.statusSince')} ${formatDate(d.statusSince)}`}
                    </span>
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={gt('field.content')}>
          <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.content}</div>
        </Card>
        {d.proposal && (
          <Card size="small" title={gt('field.proposal')}>
            <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.proposal}</div>
          </Card>
        )}
        {d.answer && !answering && (
          <Card size="small" title={gt('field.answer')} data-testid="answer">
            <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.answer}</div>
            <div style={{ marginTop: 8, color: '#595959' }}>
              {d.answeredBy} · {formatDate(d.answeredOn)}
            </div>
          </Card>
        )}
        {answering && <AnswerForm d={d} onDone={() => setAnswering(false)} />}
      </DetailPage>
      {moving && (
        <TransitionDialog
          title={gt('difficulties.transitionTitle')}
          current={<DifficultyStatusTag status={d.status} />}
          allowed={moves}
          version={d.version}
          statusLabel={(s) => gt(`difficultyStatus.${s}`)}
          statusColor={difficultyStatusColor}
          reasonSchema={difficultyTransition.shape.reason}
          mutation={move}
          onClose={() => setMoving(false)}
        />
      )}
    </>
  );
}
