import { Alert, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { isRealDate, todayIso } from '../../i18n/format.ts';
import { ReorganisationTable } from './reorganisation-table.tsx';
import { UnitBrowser } from './unit-browser.tsx';

/** State lives in the URL (?at=&unit=&tab=) so a view of history can be bookmarked and shared. */
export default function UnitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.units'));
  const [params, setParams] = useSearchParams();
  const rawAt = params.get('at');
  // A hand-edited date that is not a real day falls back to today, and the page says so.
  const badAt = rawAt !== null && !isRealDate(rawAt);
  const at = isRealDate(rawAt) ? rawAt : todayIso();
  const tab = params.get('tab') === 'reorg' ? 'reorg' : 'tree';

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('nav.units')}
      </Typography.Title>
      {badAt && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => update({ at: null }) }}
          title={t('units.badDate', { value: rawAt })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'reorg' ? 'reorg' : null })}
        items={[
          {
            key: 'tree',
            label: t('units.tabTree'),
            children: (
              <UnitBrowser
                at={at}
                unitId={params.get('unit')}
                onChange={(c) =>
                  update({
                    ...(c.at !== undefined ? { at: c.at, unit: null } : {}),
                    ...(c.unitId !== undefined ? { unit: c.unitId } : {}),
                  })
                }
              />
            ),
          },
          {
            key: 'reorg',
            label: t('units.tabReorg'),
            children: <ReorganisationTable />,
            destroyOnHidden: true,
          },
        ]}
      />
    </>
  );
}
