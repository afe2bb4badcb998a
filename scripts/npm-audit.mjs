// `npm audit --omit=dev` for CI: fails on any high or critical advisory in what ships (production
// dependencies). A registry mirror that does not serve the advisory endpoint (it answers 405 here) cannot say
// anything either way: that is printed loudly and, unless PCMT_AUDIT_STRICT=1, does not fail the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// PCMT_AUDIT_REPORT=<file>: read a saved `npm audit --json` report instead (to check this script itself).
const r = process.env.PCMT_AUDIT_REPORT
  ? { stdout: readFileSync(process.env.PCMT_AUDIT_REPORT, 'utf8'), stderr: '' }
  : spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(`✗ npm audit: không đọc được kết quả\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? report.error?.summary ?? 'không rõ';
  console.warn(`⚠ npm audit: máy chủ npm không trả lời kiểm tra lỗ hổng (${why}); chưa kiểm tra được`);
  process.exit(process.env.PCMT_AUDIT_STRICT === '1' ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (--omit=dev): ${counts.critical ?? 0} nghiêm trọng, ${counts.high ?? 0} cao, ${counts.moderate ?? 0} trung bình, ${counts.low ?? 0} thấp`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical')
      console.error(`  ${v.severity}: ${name} (${v.range})`);
  process.exit(1);
}
