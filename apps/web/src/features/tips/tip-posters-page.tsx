import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { toDataURL } from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { todayIso } from '../../i18n/format.ts';
import { useUnitsAt } from '../hotspots/hotspots-api.ts';
import { communeSearch, useCommuneOptions } from '../key-areas/on-date.tsx';
import { useTipText } from './i18n.ts';
import { tipTitle } from './nav.ts';

/** The portal address a poster opens: the place as the poster's reference, the commune by its code. */
export function posterUrl(origin: string, place: string, communeCode?: string): string {
  const q = new URLSearchParams({ noi: place });
  if (communeCode) q.set('xa', communeCode);
  return `${origin}/to-giac?${q.toString()}`;
}

/** The address as people read it (diacritics and spaces, not percent codes). */
const readable = (url: string) => {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return url;
  }
};

// When printing, only the poster: the app's menu and header, the form and this page's title stay on screen.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  .tip-poster, .tip-poster * { visibility: visible !important; }
  .tip-poster { position: absolute; left: 0; top: 0; width: 100%; border: none !important; box-shadow: none !important; }
  @page { size: A4 portrait; margin: 15mm; }
}`;

/**
 * `/tips/posters`: a printable A4 poster per place with a QR code that opens the public portal with that place
 * filled in (`/to-giac?noi=<place>&xa=<commune code>`). The QR image is drawn here (qrcode, no third party).
 */
export default function TipPostersPage() {
  const { tt } = useTipText();
  const [params, setParams] = useSearchParams();
  const place = params.get('noi') ?? '';
  const unitId = params.get('xa') ?? undefined;
  const communes = useCommuneOptions(todayIso());
  const units = useUnitsAt(todayIso());
  const code = units.data?.find((u) => u.id === unitId)?.code;
  const url = useMemo(
    () => (place.trim() ? posterUrl(window.location.origin, place.trim(), code) : ''),
    [place, code],
  );
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!url) return setQr(null);
    void toDataURL(url, { width: 640, margin: 1, errorCorrectionLevel: 'M' }).then((d) => live && setQr(d));
    return () => {
      live = false;
    };
  }, [url]);
  const set = (k: string, v: string | undefined) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        v ? p.set(k, v) : p.delete(k);
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader title={tipTitle('posters')} />
      <Typography.Paragraph type="secondary">{tt('posters.intro')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        <Card size="small">
          <Form layout="vertical">
            <Flex gap={12} wrap>
              <Form.Item label={tt('posters.place')} style={{ flex: '1 1 260px', marginBottom: 8 }}>
                <Input
                  value={place}
                  maxLength={100}
                  placeholder={tt('posters.placePlaceholder')}
                  onChange={(e) => set('noi', e.target.value || undefined)}
                />
              </Form.Item>
              <Form.Item label={tt('posters.commune')} style={{ flex: '1 1 260px', marginBottom: 8 }}>
                <Select
                  allowClear
                  showSearch={communeSearch}
                  value={unitId}
                  onChange={(v) => set('xa', v)}
                  options={communes.options}
                  loading={communes.loading}
                />
              </Form.Item>
            </Flex>
            {url && (
              <Typography.Paragraph style={{ margin: 0 }}>
                {tt('posters.link')}:{' '}
                <Typography.Text code copyable={{ text: url }} style={{ overflowWrap: 'anywhere' }}>
                  {readable(url)}
                </Typography.Text>
              </Typography.Paragraph>
            )}
          </Form>
        </Card>
        {!url ? (
          <Alert type="info" title={tt('posters.needPlace')} />
        ) : (
          <>
            <Button type="primary" onClick={() => window.print()} style={{ alignSelf: 'flex-start' }}>
              {tt('posters.print')}
            </Button>
            <Card
              className="tip-poster"
              data-testid="tip-poster"
              style={{ maxWidth: 620, textAlign: 'center' }}
            >
              <Flex vertical gap={12} align="center">
                <div style={{ fontSize: 30, fontWeight: 800, color: '#a8071a', lineHeight: 1.2 }}>
                  {tt('posters.heading')}
                </div>
                <div style={{ fontSize: 18 }}>{tt('posters.scan')}</div>
                {qr && (
                  <img
                    src={qr}
                    alt={url}
                    style={{ width: '70%', maxWidth: 360, imageRendering: 'pixelated' }}
                  />
                )}
                <div style={{ fontSize: 14, overflowWrap: 'anywhere' }}>
                  {tt('posters.or')} <strong>{`${window.location.origin}/to-giac`}</strong>
                </div>
                <div style={{ fontSize: 16 }}>{tt('posters.at', { place: place.trim() })}</div>
                <div style={{ fontSize: 16, fontWeight: 600 }}>{tt('posters.emergency')}</div>
              </Flex>
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
