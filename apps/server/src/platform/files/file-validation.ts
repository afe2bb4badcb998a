import type { MessageArgs, MessageId } from '@pcmt/contracts';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { fieldError } from '../errors.ts';

/**
 * What may be attached, decided from the bytes (never from the name or the client's Content-Type):
 * - photos (JPEG, PNG, WebP), re-encoded below so no EXIF, GPS, XMP, IPTC or ICC data survives;
 * - documents (PDF, DOCX, XLSX), stored as uploaded.
 * Not allowed: HEIC (the prebuilt sharp decodes AVIF but not HEVC, so the photo could not be cleaned; phones
 * send JPEG to a browser upload), plain text (no signature to sniff: HTML or SVG could pose as text),
 * GIF/TIFF/SVG, legacy Office and macro-enabled formats, archives, executables.
 */
export const allowedTypes = {
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/png': { kind: 'image', extension: 'png' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'application/pdf': { kind: 'document', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'document',
    extension: 'docx',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    kind: 'document',
    extension: 'xlsx',
  },
} as const;
export type AllowedType = keyof typeof allowedTypes;

export type FileLimits = { maxImageBytes: number; maxDocumentBytes: number };
export const defaultFileLimits: FileLimits = {
  maxImageBytes: 10 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
};

/** Longest side kept: enough to read a house number on an evidence photo, small enough to view on a phone. */
export const MAX_IMAGE_SIDE = 4096;
/** Decoding cap: a small file that declares a huge canvas (a decompression bomb) is refused before decoding. */
export const MAX_IMAGE_PIXELS = 64_000_000;

export type CheckedFile = {
  bytes: Buffer;
  mediaType: AllowedType;
  extension: string;
  /** What was uploaded, when re-encoding changed it (PNG → WebP). */
  uploadedMediaType: AllowedType;
};

// libvips' operation cache only helps repeated work on the same input; uploads are each seen once.
sharp.cache(false);

const FIELD = 'file';
const fileError = <I extends Extract<MessageId, `file.${string}`>>(
  code: 'validation_failed' | 'payload_too_large',
  id: I,
  ...params: MessageArgs<I>
) => fieldError(code, FIELD, id, ...params);

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
export const tooLarge = (limitBytes: number) =>
  fileError('payload_too_large', 'file.tooLarge', { megabytes: megabytes(limitBytes) });
export const emptyFile = () => fileError('validation_failed', 'file.empty');

/** Checks an upload against the allow-list and limits; photos come back re-encoded without metadata. */
export async function checkUpload(bytes: Buffer, limits: FileLimits): Promise<CheckedFile> {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > Math.max(limits.maxImageBytes, limits.maxDocumentBytes))
    throw tooLarge(Math.max(limits.maxImageBytes, limits.maxDocumentBytes));
  const sniffed = await fileTypeFromBuffer(bytes);
  const mime = sniffed?.mime as AllowedType | undefined;
  if (!mime || !Object.hasOwn(allowedTypes, mime))
    throw fileError('validation_failed', 'file.typeNotAllowed');
  const { kind, extension } = allowedTypes[mime];
  const limit = kind === 'image' ? limits.maxImageBytes : limits.maxDocumentBytes;
  if (bytes.length > limit) throw tooLarge(limit);
  if (kind === 'document') return { bytes, mediaType: mime, extension, uploadedMediaType: mime };
  return reencode(bytes, mime);
}

/**
 * Decodes and re-encodes a photo: EXIF orientation is applied to the pixels, then every metadata block is
 * dropped (sharp writes none unless asked); colours are converted to sRGB. JPEG stays JPEG; PNG and WebP
 * become WebP (PNG losslessly: screenshots of messages must stay legible).
 */
async function reencode(bytes: Buffer, uploaded: AllowedType): Promise<CheckedFile> {
  const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', animated: false })
    .autoOrient()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
  try {
    if (uploaded === 'image/jpeg') {
      const out = await pipeline.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
      return { bytes: out, mediaType: 'image/jpeg', extension: 'jpg', uploadedMediaType: uploaded };
    }
    const out = await pipeline
      .webp(uploaded === 'image/png' ? { lossless: true } : { quality: 85 })
      .toBuffer();
    return { bytes: out, mediaType: 'image/webp', extension: 'webp', uploadedMediaType: uploaded };
  } catch (error) {
    if (/pixel limit/i.test(String((error as Error).message)))
      throw fileError('payload_too_large', 'file.tooManyPixels');
    throw fileError('validation_failed', 'file.unreadableImage');
  }
}
