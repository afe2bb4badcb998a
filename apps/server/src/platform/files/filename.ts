/**
 * Names users gave their files, made safe to store, show and send back. The name is only a label: objects are
 * stored by content address, so nothing here ever becomes a path.
 */
const MAX_LENGTH = 150;
const FALLBACK = 'tep-dinh-kem';

// C0/C1 controls and DEL; bidi overrides and isolates (a name could display "gpj.exe" as "exe.jpg");
// zero-width and other invisible format characters; lone surrogates.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Path separators and characters Windows refuses in names.
const RESERVED = /[/\\:*?"<>|]/g;

/** NFC, no invisible or reserved characters, no leading dots, at most 150 characters, never empty. */
export function sanitizeFilename(name: string | undefined | null): string {
  let s = (name ?? '').normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_');
  s = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if ([...s].length > MAX_LENGTH) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = [...s.slice(0, s.length - ext.length)].slice(0, MAX_LENGTH - ext.length).join('') + ext;
  }
  return s || FALLBACK;
}

/** The stored name with the extension of what is really stored (a JPEG named `x.exe` downloads as `x.jpg`). */
export function downloadName(stored: string, extension: string): string {
  const dot = stored.lastIndexOf('.');
  const base = dot > 0 ? stored.slice(0, dot) : stored;
  return `${base || FALLBACK}.${extension}`;
}

/** ASCII form for old clients: Vietnamese letters lose their marks (đ → d), anything else becomes `_`. */
export function asciiFilename(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
}

/** `Content-Disposition: attachment` with the RFC 6266/5987 UTF-8 name and an ASCII fallback. */
export function contentDisposition(name: string): string {
  const utf8 = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFilename(name)}"; filename*=UTF-8''${utf8}`;
}
