import { type Agency, type AgencyKind, agencyCreate, agencyKinds } from '@pcmt/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { type AgencyBody, adminApi, agenciesKey } from './admin-api.ts';
import { AgencyUnitsField } from './agency-units-field.tsx';
import { useEditMutation } from './use-edit-mutation.ts';

const FIELDS = ['code', 'name', 'kind', 'unitIds'] as const;
const toValues = (a: Agency): AgencyBody => ({
  code: a.code,
  name: a.name,
  kind: a.kind,
  unitIds: a.unitIds,
});

interface Props {
  /** null: a new agency. */
  agency: Agency | null;
  /** The same agency as the list now has it, to reload after a conflict. */
  latest: Agency | undefined;
  onClosed: () => void;
}

export function AgencyFormModal({ agency, latest, onClosed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyBody>();
  const [open, setOpen] = useState(true);
  const [version, setVersion] = useState(agency?.version ?? 0);
  const { mutation, extra, showSummary } = useEditMutation<AgencyBody, Agency>({
    form,
    fields: FIELDS,
    listKey: agenciesKey,
    save: (body) =>
      agency ? adminApi.updateAgency(agency.id, { ...body, version }) : adminApi.createAgency(body),
    onSaved: (saved) => {
      void message.success(t(agency ? 'agencies.savedNamed' : 'agencies.createdNamed', { name: saved.name }));
      setOpen(false);
    },
  });

  // Names for the units on the form, whichever version (the opened one or the reloaded one) it holds.
  const known = useMemo(() => [...(latest?.units ?? []), ...(agency?.units ?? [])], [latest, agency]);

  const reload = () => {
    if (!latest) return;
    form.setFieldsValue(toValues(latest));
    setVersion(latest.version);
    mutation.reset();
  };

  return (
    <Modal
      open={open}
      title={agency ? t('agencies.edit', { name: agency.name }) : t('agencies.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={() => setOpen(false)}
      afterClose={onClosed}
      confirmLoading={mutation.isPending}
      mask={{ closable: false }}
      width={720}
      centered
      styles={{ body: { maxHeight: 'calc(100dvh - 190px)', overflowY: 'auto', paddingInlineEnd: 4 } }}
      forceRender
    >
      <Form<AgencyBody>
        form={form}
        layout="vertical"
        initialValues={agency ? toValues(agency) : { unitIds: [] }}
        onFinish={(v) => mutation.mutate({ ...v, code: v.code.trim(), name: v.name.trim() })}
        disabled={mutation.isPending}
      >
        {showSummary && (
          <Form.Item>
            <ErrorAlert error={mutation.error} extra={extra} onReload={latest ? reload : undefined} />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('agencies.code')}
          rules={contractRules(agencyCreate.shape.code, t('validation.required'))}
        >
          <Input autoComplete="off" maxLength={maxLengthOf(agencyCreate.shape.code)} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('agencies.name')}
          rules={contractRules(agencyCreate.shape.name, t('validation.required'))}
        >
          <Input autoComplete="off" maxLength={maxLengthOf(agencyCreate.shape.name)} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('agencies.kind')}
          rules={[{ required: true, message: t('validation.requiredSelect') }]}
        >
          <Select<AgencyKind> options={agencyKinds.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('agencies.units')}
          extra={t('agencies.unitsHelp')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('agencies.unitsRequired') },
            { type: 'array', max: 500, message: t('validation.maxItems', { max: 500 }) },
          ]}
        >
          <AgencyUnitsField known={known} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
