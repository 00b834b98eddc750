// Reading V8 CPU profiles (.cpuprofile, or Profiler.stop's answer).

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per node id, in ms, from the sample deltas. */
export function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, i) => times.set(id, (times.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return times;
}

/** The `top` largest entries of `totals`, as table rows of name and ms. */
export function topRows(totals: Map<string, number>, top: number): { cells: string[] }[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ cells: [name.slice(0, 100), `${ms.toFixed(1)} ms`] }));
}
