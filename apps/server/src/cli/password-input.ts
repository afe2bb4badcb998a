/**
 * The initial password of `pcmt user create` never travels in argv, where `ps`, /proc and the shell history
 * show it to others: it is read from one line of stdin (`--password-stdin`, for scripts), typed at a prompt
 * that does not echo (on a terminal), or else generated and printed once by the caller.
 */
export async function readInitialPassword(opts: { passwordStdin?: boolean }): Promise<string | undefined> {
  if (opts.passwordStdin) {
    const line = await readStdinLine();
    if (!line) throw new Error('--password-stdin: đầu vào chuẩn không có mật khẩu (cần một dòng)');
    return line;
  }
  if (!process.stdin.isTTY) return undefined;
  const first = await promptHidden(
    'Mật khẩu ban đầu (không hiện khi gõ; Enter để hệ thống sinh ngẫu nhiên): ',
  );
  if (!first) return undefined;
  const again = await promptHidden('Nhập lại mật khẩu: ');
  if (again !== first) throw new Error('Hai lần nhập mật khẩu không khớp; chưa tạo tài khoản.');
  return first;
}

/** The first line of stdin, without its line ending (the rest, if any, is ignored). */
async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

/** Reads one line from the terminal in raw mode, echoing nothing; the question goes to stderr. */
function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  // Echo goes off before the question is shown: an answer typed (or pasted) at once must not appear.
  stdin.setRawMode(true);
  stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new Error('Đã hủy.')); // Ctrl-C
        if (ch === '\u0004' && value === '') return finish(); // Ctrl-D on an empty line
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}
