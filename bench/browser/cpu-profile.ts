/**
 * `--profile`: a CPU profile of each interaction (Chrome's Profiler over CDP), reduced to
 * the functions with the most self time, so a change is aimed at what measurably costs.
 * Build without minification (the benchmark does so with --profile) for readable names.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<HotFunction[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return hottest(profile);
}

export async function profiled<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
): Promise<{ result: T; hot: HotFunction[] }> {
  await startProfile(cdp);
  const result = await run();
  return { result, hot: await stopProfile(cdp) };
}

function hottest(profile: Profile, top = 15): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, HotFunction>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName}@${file}:${frame.lineNumber}`;
    const entry = self.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      where: `${file}:${frame.lineNumber + 1}`,
      selfMs: 0,
    };
    entry.selfMs += (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, entry);
  });
  return [...self.values()]
    .filter((f) => f.name !== '(idle)')
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top)
    .map((f) => ({ ...f, selfMs: Math.round(f.selfMs) }));
}
