import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/error-text.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { type ApiTokenCreateBody, type ApiTokenCreated, tokensApi, tokensKey } from './tokens-api.ts';

const FIELDS = ['name', 'days'] as const;
/** The server accepts 1–366 days; these are the lifetimes people actually ask for. */
const DAY_CHOICES = [30, 90, 180, 366] as const;
const DEFAULT_DAYS = 90;

export interface CreatedToken extends ApiTokenCreated {
  name: string;
}

interface Props {
  onCreated: (token: CreatedToken) => void;
  onClosed: () => void;
}

export function TokenCreateModal({ onCreated, onClosed }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ApiTokenCreateBody>();
  const [open, setOpen] = useState(true);
  const [extra, setExtra] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: tokensApi.create,
    onMutate: () => setExtra([]),
    onSuccess: (created, body) => {
      void queryClient.invalidateQueries({ queryKey: tokensKey });
      onCreated({ ...created, name: body.name });
      setOpen(false);
    },
    onError: (e) => setExtra(applyFieldErrors(form, e, FIELDS)),
  });

  return (
    <Modal
      open={open}
      title={t('tokens.create')}
      okText={t('tokens.createAction')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => setOpen(false)}
      afterClose={onClosed}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      forceRender
    >
      <Form<ApiTokenCreateBody>
        form={form}
        layout="vertical"
        initialValues={{ days: DEFAULT_DAYS }}
        onFinish={(v) => mutation.mutate({ name: v.name.trim(), days: v.days })}
        disabled={mutation.isPending}
      >
        {mutation.isError && (
          <Form.Item>
            <ErrorAlert error={mutation.error} extra={extra} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('tokens.name')}
          extra={t('tokens.nameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 100, message: t('validation.max', { max: 100 }) },
          ]}
        >
          <Input autoComplete="off" placeholder={t('tokens.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="days" label={t('tokens.lifetime')} extra={t('tokens.lifetimeHelp')}>
          <Select<number>
            options={DAY_CHOICES.map((d) => ({ value: d, label: t('tokens.days', { count: d }) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
