import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type CommitteeMember,
  type CommitteeMemberInput,
  committeeMemberInput,
  committeeMemberKinds,
  committeeRoles,
} from '@pcmt/contracts';
import { Button, Card, Col, Empty, Form, Input, Row, Select } from 'antd';
import { contractRules, maxLengthOf } from '../../kit/form/contract-rules.ts';
import { useProgrammeText } from './i18n.ts';

const shape = committeeMemberInput.shape;

/** A committee member as the form holds it (organisation and position as plain text). */
export type MemberValues = {
  name: string;
  kind: CommitteeMemberInput['kind'];
  role: CommitteeMemberInput['role'];
  organisation?: string;
  title?: string;
};

export const memberValues = (m: CommitteeMember): MemberValues => ({
  name: m.name,
  kind: m.kind,
  role: m.role,
  organisation: m.organisation ?? m.agency?.name ?? undefined,
  title: m.title ?? undefined,
});

export const memberInput = (m: MemberValues): CommitteeMemberInput => ({
  name: m.name.trim(),
  kind: m.kind,
  role: m.role,
  organisation: m.organisation?.trim() || null,
  title: m.title?.trim() || null,
});

/**
 * The steering committee as a list of small cards (one per member, stacked on a phone): name, position,
 * agency or organisation, type (agency, mass organisation, prestigious person) and role on the committee.
 */
export function MembersFields({ name = 'members' }: { name?: string }) {
  const { pt } = useProgrammeText();
  const required = pt('form.required');
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pt('form.noMembers')} />
          )}
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              type="inner"
              title={`${i + 1}.`}
              style={{ marginBottom: 12 }}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={pt('form.removeMember')}
                  onClick={() => remove(f.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[f.name, 'name']}
                    label={pt('form.memberName')}
                    rules={contractRules(shape.name, required)}
                  >
                    <Input maxLength={maxLengthOf(shape.name)} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={pt('form.memberTitle')}
                    rules={contractRules(shape.title, required)}
                  >
                    <Input maxLength={maxLengthOf(shape.title)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[f.name, 'organisation']}
                    label={pt('form.memberOrganisation')}
                    rules={contractRules(shape.organisation, required)}
                  >
                    <Input maxLength={maxLengthOf(shape.organisation)} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item
                    name={[f.name, 'kind']}
                    label={pt('form.memberKind')}
                    rules={[{ required: true, message: pt('form.requiredSelect') }]}
                  >
                    <Select
                      options={committeeMemberKinds.map((k) => ({ value: k, label: pt(`memberKind.${k}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item
                    name={[f.name, 'role']}
                    label={pt('form.memberRole')}
                    rules={[{ required: true, message: pt('form.requiredSelect') }]}
                  >
                    <Select
                      options={committeeRoles.map((r) => ({ value: r, label: pt(`memberRole.${r}`) }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'agency', role: 'member' })}>
            {pt('form.addMember')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
