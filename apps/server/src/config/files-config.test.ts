import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './env.ts';

describe('PCMT_FILES_* configuration', () => {
  it('stores under DATA_DIR/files with 10 MB photos and 20 MB documents by default', () => {
    const c = loadConfig({ DATA_DIR: '/srv/pcmt' });
    expect(c.files).toEqual({
      dir: path.resolve('/srv/pcmt/files'),
      maxImageBytes: 10 * 1024 * 1024,
      maxDocumentBytes: 20 * 1024 * 1024,
      s3: undefined,
    });
  });

  it('uses a bucket only when it is fully configured, and refuses half a configuration', () => {
    const s3 = {
      PCMT_FILES_S3_ENDPOINT: 'https://s3.noi-bo.vn',
      PCMT_FILES_S3_BUCKET: 'pcmt-tep',
      PCMT_FILES_S3_ACCESS_KEY_ID: 'AKIA',
      PCMT_FILES_S3_SECRET_ACCESS_KEY: 'bi-mat',
      PCMT_FILES_MAX_IMAGE_MB: '5',
    };
    expect(loadConfig(s3).files).toMatchObject({
      maxImageBytes: 5 * 1024 * 1024,
      s3: { endpoint: 'https://s3.noi-bo.vn', bucket: 'pcmt-tep', region: 'us-east-1' },
    });
    expect(() => loadConfig({ PCMT_FILES_S3_BUCKET: 'pcmt-tep' })).toThrow(/PCMT_FILES_S3_ACCESS_KEY_ID/);
    expect(() => loadConfig({ PCMT_FILES_MAX_DOCUMENT_MB: '0' })).toThrow(/PCMT_FILES_MAX_DOCUMENT_MB/);
  });
});
