import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import exif from 'exif-reader';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyring, newAuditKeys } from '../crypto/keys.ts';
import { AppError } from '../errors.ts';
import { addressOf, openFile, sealFile, sha256Of } from './file-crypto.ts';
import { checkUpload, defaultFileLimits } from './file-validation.ts';
import { createFileVault } from './file-vault.ts';
import { asciiFilename, contentDisposition, downloadName, sanitizeFilename } from './filename.ts';
import { createLocalFileStore } from './local-store.ts';

const keyring = () =>
  createKeyring({
    activeKeyId: 'k1',
    dataKeys: { k1: randomBytes(32).toString('base64') },
    hmacKey: randomBytes(32).toString('base64'),
    ...newAuditKeys(),
  });

/** A photo as a phone takes it: GPS position, camera, rotated by EXIF, with ICC and XMP blocks. */
export async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PCMT-Phone', Model: 'Thử nghiệm' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '14/1 21/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '108/1 0/1 0/1',
      },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
    )
    .jpeg()
    .toBuffer();
}

/** The first bytes of a Windows executable (DOS stub and PE header), as a renamed `.exe` starts. */
export function executableBytes(): Buffer {
  const b = Buffer.alloc(1024);
  b.write('MZ', 0, 'ascii');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'binary');
  return b;
}

/** A PNG that only declares its size: enough for a decoder to refuse it before allocating anything. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (grey), default compression, filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const refusal = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('upload checks', () => {
  it('re-encodes a phone photo without EXIF, GPS, XMP or ICC, orientation applied', async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(exif(before.exif!).GPSInfo?.GPSLatitude).toEqual([14, 21, 0]);
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    const checked = await checkUpload(input, defaultFileLimits);
    expect(checked.mediaType).toBe('image/jpeg');
    const after = await sharp(checked.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Orientation 6 (rotate 90°) applied to the pixels: the 40×20 photo is now upright 20×40.
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(checked.bytes.includes(Buffer.from('PCMT-Phone'))).toBe(false);
  });

  it('turns PNG into lossless WebP and keeps at most 4096 px on the long side', async () => {
    const png = await sharp({ create: { width: 5000, height: 100, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const checked = await checkUpload(png, defaultFileLimits);
    expect(checked).toMatchObject({
      mediaType: 'image/webp',
      extension: 'webp',
      uploadedMediaType: 'image/png',
    });
    const m = await sharp(checked.bytes).metadata();
    expect([m.format, m.width]).toEqual(['webp', 4096]);
  });

  it('refuses an executable renamed .jpg, plain text and HTML, naming the field', async () => {
    for (const bytes of [
      executableBytes(),
      Buffer.from('ghi chú'),
      Buffer.from('<html><script>x</script></html>'),
    ]) {
      const e = await refusal(checkUpload(bytes, defaultFileLimits));
      expect(e.code).toBe('validation_failed');
      expect(e.message).toMatch(/^Loại tệp không được phép/);
      expect(e.details).toEqual([{ path: 'file', messageId: e.messageId }]);
    }
  });

  it('refuses files over the limit of their kind', async () => {
    const limits = { maxImageBytes: 1000, maxDocumentBytes: 5000 };
    const photo = await phoneJpeg();
    const bigPhoto = Buffer.concat([photo, Buffer.alloc(2000)]);
    const e = await refusal(checkUpload(bigPhoto, limits));
    expect([e.code, e.message, e.details?.[0]?.path]).toEqual([
      'payload_too_large',
      'Tệp quá lớn (tối đa 0 MB)',
      'file',
    ]);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6000)]);
    expect((await refusal(checkUpload(pdf, limits))).code).toBe('payload_too_large');
    expect((await refusal(checkUpload(Buffer.alloc(0), limits))).message).toBe('Tệp rỗng, hãy chọn lại tệp');
    const atDefaults = await refusal(
      checkUpload(Buffer.concat([photo, Buffer.alloc(11 * 1024 * 1024)]), defaultFileLimits),
    );
    expect(atDefaults.message).toBe('Tệp quá lớn (tối đa 10 MB)');
  });

  it('refuses a damaged photo and a decompression bomb', async () => {
    const photo = await phoneJpeg();
    const damaged = Buffer.concat([photo.subarray(0, 200), Buffer.alloc(300, 0x55)]);
    expect((await refusal(checkUpload(damaged, defaultFileLimits))).message).toMatch(/^Không đọc được ảnh/);
    const bomb = pngHeader(10_000, 10_000);
    expect((await refusal(checkUpload(bomb, defaultFileLimits))).code).toBe('payload_too_large');
  });

  it('keeps a PDF as uploaded', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const checked = await checkUpload(pdf, defaultFileLimits);
    expect([checked.mediaType, checked.bytes.equals(pdf)]).toEqual(['application/pdf', true]);
  });
});

describe('file names', () => {
  it('sanitises NUL, control, bidi and path characters, NFC, length', () => {
    expect(sanitizeFilename('bi\u0000en\u0007 ban.jpg')).toBe('bien ban.jpg');
    expect(sanitizeFilename('anh\u202Egpj.exe')).toBe('anhgpj.exe');
    expect(sanitizeFilename('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFilename('C:\\Users\\a<b>|c?.pdf')).toBe('C__Users_a_b__c_.pdf');
    expect(sanitizeFilename('...')).toBe('tep-dinh-kem');
    expect(sanitizeFilename(null)).toBe('tep-dinh-kem');
    expect(sanitizeFilename('  .ẩn  ')).toBe('ẩn');
    const decomposed = 'Bie\u0302n ba\u0309n.pdf';
    expect(sanitizeFilename(decomposed)).toBe('Biên bản.pdf'.normalize('NFC'));
    const long = sanitizeFilename(`${'đ'.repeat(300)}.docx`);
    expect([...long].length).toBe(150);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('downloads under the stored type and quotes safely', () => {
    expect(downloadName('virus.exe', 'jpg')).toBe('virus.jpg');
    expect(downloadName('ảnh', 'webp')).toBe('ảnh.webp');
    expect(asciiFilename('Biên bản "số 1".pdf')).toBe('Bien ban _so 1_.pdf');
    expect(contentDisposition("Đơn (1)'x.pdf")).toBe(
      `attachment; filename="Don _1__x.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%281%29%27x.pdf`,
    );
  });
});

describe('encrypted, content-addressed local store', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pcmt-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores sealed bytes once per content, owner-only, and opens them again', async () => {
    const keys = keyring().files;
    const vault = createFileVault(createLocalFileStore(path.join(root, 'files')), keys);
    const plaintext = Buffer.from('Biên bản kiểm tra hành chính — bằng chứng số 17. '.repeat(50));
    const first = await vault.save(plaintext);
    const second = await vault.save(Buffer.from(plaintext));
    expect([first.stored, second.stored, first.sha256]).toEqual([true, false, sha256Of(plaintext)]);
    const address = addressOf(keys, first.sha256);
    expect(address).not.toBe(first.sha256);
    const file = path.join(root, 'files', address.slice(0, 2), address.slice(2, 4), address);
    const onDisk = readFileSync(file);
    expect(onDisk.includes(Buffer.from('bằng chứng'))).toBe(false);
    expect(onDisk.includes(plaintext.subarray(0, 16))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const dir of [path.join(root, 'files'), path.dirname(path.dirname(file)), path.dirname(file)])
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(path.dirname(file))).toEqual([address]);
    expect((await vault.load(first.sha256)).equals(plaintext)).toBe(true);
  });

  it('refuses a tampered object, one moved to another address, or one sealed under another key', async () => {
    const keys = keyring().files;
    const a = addressOf(keys, sha256Of(Buffer.from('a')));
    const b = addressOf(keys, sha256Of(Buffer.from('b')));
    const sealed = sealFile(keys, a, Buffer.from('nội dung'));
    expect(openFile(keys, a, sealed).toString()).toBe('nội dung');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 20]! ^= 1;
    expect(() => openFile(keys, a, flipped)).toThrow(/không mở được/);
    expect(() => openFile(keys, b, sealed)).toThrow(/không mở được/);
    expect(() => openFile(keyring().files, a, sealed)).toThrow();
  });

  it('detects an object replaced on disk by another valid one', async () => {
    const keys = keyring().files;
    const store = createLocalFileStore(path.join(root, 'swap'));
    const vault = createFileVault(store, keys);
    const one = await vault.save(Buffer.from('một'));
    const two = await vault.save(Buffer.from('hai'));
    const fileOf = (sha: string) => {
      const ad = addressOf(keys, sha);
      return path.join(root, 'swap', ad.slice(0, 2), ad.slice(2, 4), ad);
    };
    writeFileSync(fileOf(one.sha256), readFileSync(fileOf(two.sha256)));
    await expect(vault.load(one.sha256)).rejects.toThrow();
  });
});
