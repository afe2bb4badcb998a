import { Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ACCEPT, checkFiles, type FileProblem, PORTAL_FILE_LIMITS, sizeText } from './file-checks.ts';
import { usePortalText } from './i18n.ts';

/** Chooses photos and documents (a plain file input: no upload happens here), with the browser-side checks. */
export function FilePicker({
  files,
  onChange,
  label,
  already = 0,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  label: string;
  already?: number;
}) {
  const { pt } = usePortalText();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const problemText = (p: FileProblem) =>
    p.kind === 'type'
      ? pt('check.fileType', { name: p.name })
      : p.kind === 'size'
        ? pt('check.fileSize', { name: p.name, max: p.max })
        : pt('check.fileCount', { max: p.max });
  return (
    <Flex vertical gap={8}>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label={label}
        data-testid="portal-file-input"
        style={{ display: 'none' }}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          const { ok, problems: found } = checkFiles(chosen, already + files.length);
          setProblems(found);
          onChange([...files, ...ok]);
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()} style={{ alignSelf: 'flex-start' }}>
        {label}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {pt('field.filesHint', {
          image: PORTAL_FILE_LIMITS.imageMb,
          document: PORTAL_FILE_LIMITS.documentMb,
          max: PORTAL_FILE_LIMITS.maxFiles,
        })}
      </Typography.Text>
      {problems.map((p) => (
        <Typography.Text key={problemText(p)} type="danger" role="alert">
          {problemText(p)}
        </Typography.Text>
      ))}
      {files.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }} aria-label={pt('field.files')}>
          {files.map((f, i) => (
            <li key={`${f.name}-${f.size}-${f.lastModified}`}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {f.name} · {sizeText(f.size)}
                </Typography.Text>
                <Button
                  type="link"
                  danger
                  size="small"
                  aria-label={pt('field.removeFile', { name: f.name })}
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  ✕
                </Button>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
