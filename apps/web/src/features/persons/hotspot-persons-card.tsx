import type { HotspotPersonLinks } from '@pcmt/contracts';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format.ts';
import { usePersonLinksText } from './links-i18n.ts';

/**
 * On a hotspot's page: the person records linked to it, as the person lists show them (CCCD masked), each a
 * link to the profile — only those the reader may read; the others are a count (leadership sees only that).
 */
export function HotspotPersonsCard({ links }: { links: HotspotPersonLinks | undefined }) {
  const { lt } = usePersonLinksText();
  if (!links) return null;
  const { data, hiddenPersons } = links;
  return (
    <Card size="small" title={lt('hotspotPersons.title')} data-testid="hotspot-person-links">
      <Flex vertical gap={8}>
        {data.length === 0 && hiddenPersons === 0 && (
          <Typography.Text type="secondary">{lt('hotspotPersons.none')}</Typography.Text>
        )}
        {data.length > 0 && (
          <Flex vertical gap={8} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
            {data.map(({ person, role, linkedOn }) => (
              <Flex key={person.id} component="li" vertical style={{ overflowWrap: 'anywhere' }}>
                <Flex gap={8} wrap align="baseline">
                  <Link to={`/persons/${person.id}`}>{person.fullName}</Link>
                  {person.cccdMasked && (
                    <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 13 }}>
                      {person.cccdMasked}
                    </Typography.Text>
                  )}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[
                    person.unit.name,
                    role && lt('hotspotPersons.role', { role }),
                    lt('hotspotPersons.since', { date: formatDate(linkedOn) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
        {hiddenPersons > 0 && (
          <Typography.Text type="secondary">
            {lt('hotspotPersons.hidden', { count: hiddenPersons })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
