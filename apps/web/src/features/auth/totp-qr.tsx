import { Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SIZE = 200;

/** The otpauth:// URL as a QR image; the encoder is loaded only on this rarely visited step. */
export function TotpQr({ url }: { url: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setSrc(null);
    import('qrcode')
      .then(({ toDataURL }) => toDataURL(url, { width: SIZE, margin: 1, errorCorrectionLevel: 'M' }))
      .then((data) => live && setSrc(data))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [url]);

  if (failed) return null; // the secret is shown as text next to it
  if (!src) return <Skeleton.Image active style={{ width: SIZE, height: SIZE }} />;
  return (
    <img
      src={src}
      width={SIZE}
      height={SIZE}
      alt={t('auth.enrolQrAlt')}
      style={{ imageRendering: 'pixelated' }}
    />
  );
}
