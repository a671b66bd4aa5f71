// Summary of a V8 CPU profile (the format of node --cpu-prof and the inspector's
// Profiler.stop): self time per function and per owner (an npm package, one of our libs or
// apps, Node's own code, or the engine's pseudo-frames such as garbage collection), so a run says
// where the gateway's CPU went without opening the profile in a viewer.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number; // µs
  endTime: number; // µs
  samples?: number[];
  timeDeltas?: number[]; // µs before each sample
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  share: number; // of the busy time (idle excluded)
}

export interface ProfileSummary {
  wallMs: number;
  busyMs: number; // all samples except (idle)
  owners: ProfileEntry[];
  functions: ProfileEntry[];
}

// `node_modules/@prisma/client/...` -> @prisma/client; `/libs/audit/src/...` -> #gw/audit
export function ownerOf(frame: CpuProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return '(node)';
  const ours = /\/(libs|apps|bench)\/([^/]+)\//.exec(url);
  if (ours) return ours[1] === 'libs' ? `#gw/${ours[2]}` : `${ours[1]}/${ours[2]}`;
  return '(other)';
}

function frameName(frame: CpuProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const modules = frame.url.lastIndexOf('node_modules/');
  const file =
    modules >= 0
      ? frame.url.slice(modules + 'node_modules/'.length)
      : frame.url.replace(/^.*?\/(?=(libs|apps|bench)\/)/, '');
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

// Self time from the samples and their time deltas when present (exact), else hit counts spread
// over the wall time.
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  if (samples && timeDeltas && samples.length === timeDeltas.length && samples.length > 0) {
    // delta i is the time before sample i: it belongs to the previous sample's frame
    for (let i = 1; i < samples.length; i++)
      times.set(samples[i - 1], (times.get(samples[i - 1]) ?? 0) + timeDeltas[i] / 1000);
    return times;
  }
  const hits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const per = hits > 0 ? (profile.endTime - profile.startTime) / 1000 / hits : 0;
  for (const node of profile.nodes) times.set(node.id, (node.hitCount ?? 0) * per);
  return times;
}

function top(map: Map<string, number>, busyMs: number, limit: number): ProfileEntry[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, selfMs: Math.round(ms * 10) / 10, share: busyMs > 0 ? ms / busyMs : 0 }));
}

export function summariseProfile(profile: CpuProfile, limit = 20): ProfileSummary {
  const times = selfTimes(profile);
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyMs = 0;
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    if (ms === 0 || node.callFrame.functionName === '(idle)') continue;
    busyMs += ms;
    const owner = ownerOf(node.callFrame);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    const name = frameName(node.callFrame);
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  return {
    wallMs: Math.round((profile.endTime - profile.startTime) / 1000),
    busyMs: Math.round(busyMs),
    owners: top(owners, busyMs, limit),
    functions: top(functions, busyMs, limit),
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

export function profileMarkdown(title: string, s: ProfileSummary, verifications: number): string {
  const perVerification = verifications > 0 ? (s.busyMs / verifications).toFixed(2) : '–';
  return [
    `### ${title}`,
    '',
    `Profiled ${s.wallMs} ms of wall time; the gateway was busy ${s.busyMs} ms (${perVerification} ms per verification over ${verifications} verifications).`,
    '',
    '| owner | self ms | share |',
    '|---|---:|---:|',
    ...s.owners.map((e) => `| ${e.name} | ${e.selfMs} | ${pct(e.share)} |`),
    '',
    '| function | self ms | share |',
    '|---|---:|---:|',
    ...s.functions.map((e) => `| \`${e.name.replace(/\|/g, '\\|')}\` | ${e.selfMs} | ${pct(e.share)} |`),
    '',
  ].join('\n');
}
