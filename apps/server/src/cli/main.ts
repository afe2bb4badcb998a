import { type Role, roles } from '@pcmt/contracts';
import { Command, InvalidArgumentError, Option } from 'commander';
import { keyringFor, openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config/env.ts';
import { OWNER_ONLY_UMASK } from '../platform/data-dir-permissions.ts';
import { createServices } from '../services.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { refuseDemoInProduction, seedDemo } from './demo-seed.ts';
import { readInitialPassword } from './password-input.ts';
import { createTokenCommand, createUserCommand, resetPasswordCommand } from './user-commands.ts';

// Everything this process creates (key file, database files, secrets) is for the service user alone.
process.umask(OWNER_ONLY_UMASK);

/** `pcmt`: operations on the configured database (the server must not be running on the same PGlite dir). */
const program = new Command('pcmt').description('Công cụ quản trị PCMT').showHelpAfterError();

const withDatabase = async <T>(fn: (ctx: Awaited<ReturnType<typeof open>>) => Promise<T>) => {
  const ctx = await open();
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
};
async function open() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  return { config, database, services: createServices(database.db, keyringFor(config)) };
}

const role = (value: string, previous: Role[] = []): Role[] => {
  if (!(roles as readonly string[]).includes(value))
    throw new InvalidArgumentError(`vai trò phải là một trong: ${roles.join(', ')}`);
  return [...previous, value as Role];
};

program
  .command('migrate')
  .description('Áp dụng các migration còn thiếu và nạp dữ liệu đơn vị hành chính')
  .action(() => withDatabase(async () => console.log('Cơ sở dữ liệu đã được cập nhật.')));

const user = program.command('user').description('Tài khoản người dùng');
user
  .command('create')
  .requiredOption('--username <username>', 'tên đăng nhập')
  .requiredOption('--role <role>', 'vai trò (lặp lại để gán nhiều vai trò)', role)
  .requiredOption('--agency <code>', 'mã cơ quan')
  .option('--name <displayName>', 'họ tên hiển thị')
  .option('--password-stdin', 'đọc mật khẩu ban đầu từ một dòng của đầu vào chuẩn')
  // Kept hidden only to refuse it in Vietnamese: a password in argv is visible in `ps` and shell history.
  .addOption(new Option('--password <password>').hideHelp())
  .description(
    'Tạo tài khoản; mật khẩu ban đầu: --password-stdin, hoặc nhập (không hiện) khi chạy trên terminal, hoặc sinh ngẫu nhiên; phải đổi ở lần đăng nhập đầu',
  )
  .action(async (opts) => {
    if (opts.password !== undefined)
      throw new Error(
        '--password không còn được dùng: mật khẩu trên dòng lệnh lộ qua danh sách tiến trình và lịch sử shell. Dùng --password-stdin, hoặc nhập khi được hỏi, hoặc bỏ trống để hệ thống sinh ngẫu nhiên.',
      );
    const password = await readInitialPassword(opts);
    await withDatabase(({ database, services }) =>
      createUserCommand(services, database.db, { ...opts, password }),
    );
  });
user
  .command('reset-password')
  .requiredOption('--username <username>', 'tên đăng nhập')
  .description(
    'Cấp lại mật khẩu dùng một lần (in ra một lần) cho tài khoản bị quên mật khẩu; kết thúc mọi phiên và thu hồi mã truy cập API của tài khoản; phải đổi ở lần đăng nhập đầu',
  )
  .action((opts: { username: string }) =>
    withDatabase(({ database, services }) => resetPasswordCommand(services, database.db, opts)),
  );

program
  .command('token')
  .description('Mã truy cập API cá nhân')
  .command('create')
  .requiredOption('--username <username>', 'tên đăng nhập')
  .option('--name <name>', 'tên gợi nhớ của mã', 'CLI')
  .option('--days <days>', 'số ngày hiệu lực', (v) => Number.parseInt(v, 10))
  .action((opts) =>
    withDatabase(({ database, services }) => createTokenCommand(services, database.db, opts)),
  );

registerAuditCommands(program, withDatabase, loadConfig);

program
  .command('seed')
  .description('Nạp dữ liệu')
  .requiredOption(
    '--demo',
    'cơ quan và tài khoản MẪU cho một vài xã (đánh dấu "Dữ liệu mẫu"); in mật khẩu dùng một lần của từng tài khoản',
  )
  .option('--force', 'vẫn nạp khi NODE_ENV=production hoặc khi cơ sở dữ liệu đã có dữ liệu thật')
  .action((opts: { force?: boolean }) => {
    const force = opts.force === true;
    refuseDemoInProduction(loadConfig().env, force); // before the production database is even opened
    return withDatabase(({ config, database, services }) =>
      seedDemo(services, database.db, { env: config.env, force }),
    );
  });

program.parseAsync().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
