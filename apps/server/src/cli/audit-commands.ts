import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../config/env.ts';
import {
  appendLines,
  checkpointLine,
  createCheckpoint,
  listCheckpoints,
  publicKeyLine,
  readCheckpointFile,
} from '../modules/audit/audit.checkpoint.ts';
import { auditKeys } from '../modules/audit/audit.recorder.ts';
import { verifyAuditChain } from '../modules/audit/audit.verifier.ts';
import { addAuditKeys } from '../platform/crypto/keys.ts';
import type { Database } from '../platform/db/client.ts';

type WithDatabase = <T>(fn: (ctx: { database: Database }) => Promise<T>) => Promise<T>;

/** `pcmt audit …`: check the trail, sign its head, export the signatures, add the audit keys. */
export function registerAuditCommands(
  program: Command,
  withDatabase: WithDatabase,
  loadConfig: () => Config,
): void {
  // `audit checkpoint --out` and `audit checkpoint export --out` share a flag: with positional options each
  // command only takes the options written before its subcommand (`pcmt` itself has none, so nothing changes
  // for the other commands).
  program.enablePositionalOptions();
  const audit = program.command('audit').description('Nhật ký truy cập');

  audit
    .command('verify')
    .description(
      'Kiểm tra chuỗi HMAC của nhật ký và các điểm kiểm tra đã ký; báo bản ghi hoặc điểm kiểm tra hỏng đầu tiên',
    )
    .option('--checkpoints <file>', 'tệp điểm kiểm tra đã xuất (JSONL) để đối chiếu thêm')
    .action((opts: { checkpoints?: string }) =>
      withDatabase(async ({ database }) => {
        const exported = opts.checkpoints ? readCheckpointFile(opts.checkpoints) : [];
        const r = await verifyAuditChain(database.db, 2000, exported);
        if (r.ok) {
          console.log(
            `Nhật ký toàn vẹn: đã kiểm tra ${r.checked.toLocaleString('vi-VN')} bản ghi và ${r.checkpoints.toLocaleString('vi-VN')} điểm kiểm tra đã ký` +
              (r.lastCheckpointHeadId === null
                ? ' (chưa có điểm kiểm tra nào).'
                : ` (điểm kiểm tra mới nhất: bản ghi ${r.lastCheckpointHeadId}).`),
          );
          return;
        }
        console.error(
          `NHẬT KÝ BỊ SỬA ĐỔI tại bản ghi ${r.brokenAt}: ${r.reason} (đã kiểm tra ${r.checked} bản ghi hợp lệ trước đó)`,
        );
        process.exitCode = 2;
      }),
    );

  const checkpoint = audit
    .command('checkpoint')
    .description('Ký điểm kiểm tra đầu chuỗi nhật ký; in ra một dòng JSON')
    .enablePositionalOptions()
    .option('--out <file>', 'nối thêm điểm kiểm tra vào tệp JSONL này (lưu ngoài máy chủ)')
    .action((opts: { out?: string }) =>
      withDatabase(async ({ database }) => {
        const c = await createCheckpoint(database.db, 'manual');
        const line = checkpointLine(c!);
        if (opts.out) appendLines(opts.out, [line]);
        console.log(line);
      }),
    );
  checkpoint
    .command('export')
    .description('Xuất mọi điểm kiểm tra đã ký cùng khóa công khai ra tệp JSONL')
    .requiredOption('--out <file>', 'tệp JSONL đích (ghi đè)')
    .action((opts: { out: string }) =>
      withDatabase(async ({ database }) => {
        const all = await listCheckpoints(database.db);
        writeFileSync(opts.out, '', { mode: 0o600 });
        appendLines(opts.out, [publicKeyLine(auditKeys()), ...all.map(checkpointLine)]);
        console.log(
          `Đã xuất ${all.length.toLocaleString('vi-VN')} điểm kiểm tra và khóa công khai vào ${opts.out}`,
        );
      }),
    );

  audit
    .command('add-keys')
    .description(
      'Thêm khóa HMAC và khóa ký Ed25519 của nhật ký vào tệp khóa hiện có (giữ nguyên các khóa khác)',
    )
    .action(() => {
      const file = loadConfig().keyFile;
      addAuditKeys(file);
      console.log(`Tệp khóa ${file} đã có khóa của nhật ký truy cập. Hãy sao lưu lại tệp khóa ngay.`);
    });
}
