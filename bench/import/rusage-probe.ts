/**
 * Preloaded into the importer's process by the benchmark (node --import): on exit, writes
 * the process's resource usage (peak RSS, CPU time) to $BENCH_RUSAGE_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRssBytes: u.maxRSS * 1024,
        cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6,
      }),
    );
  });
}
