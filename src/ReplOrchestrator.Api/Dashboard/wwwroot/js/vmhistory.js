// Pure reshaping of the VM view into what the charts draw; no DOM here.

const PHASE_LIMIT = { Snapshot: 'snapshotSeconds', DisposeArtefacts: 'disposeArtefactsSeconds' };

/** The latest cycle's phases from its trail: [{ phase, from, to, limitAt }], to = the next phase's start or now. */
export function phases(trail, limits, now) {
  const out = [];
  for (const sample of trail) {
    const at = Date.parse(sample.at);
    const last = out[out.length - 1];
    if (last && last.phase === sample.phase) continue;
    if (last) last.to = at;
    const limit = limits?.[PHASE_LIMIT[sample.phase]];
    out.push({ phase: sample.phase, from: at, to: now, limitAt: limit ? at + limit * 1000 : null });
  }
  const last = out[out.length - 1];
  if (last && (last.phase === 'Completed' || last.phase === 'Failed')) last.to = last.from;
  return out;
}

/** Per disk, [[t, uploaded bytes]] over the trail. */
export function diskSeries(trail) {
  const disks = new Map();
  for (const sample of trail) {
    for (const [disk, uploaded] of Object.entries(sample.uploaded ?? {})) {
      if (!disks.has(disk)) disks.set(disk, []);
      disks.get(disk).push([Date.parse(sample.at), uploaded]);
    }
  }
  return disks;
}

/**
 * Per disk, the spans of the upload phase in which its bytes did not move: [[from, to]], adjacent ones merged. A disk
 * that has uploaded all of its totals (by disk id) is done, not stalled.
 */
export function stalls(trail, totals = new Map()) {
  const spans = new Map();
  for (let i = 1; i < trail.length; i++) {
    const [before, after] = [trail[i - 1], trail[i]];
    if (before.phase !== 'Upload' || after.phase !== 'Upload') continue;
    for (const [disk, uploaded] of Object.entries(after.uploaded ?? {})) {
      if (before.uploaded?.[disk] !== uploaded || uploaded >= (totals.get(disk) ?? Infinity)) continue;
      const list = spans.get(disk) ?? [];
      const from = Date.parse(before.at);
      const to = Date.parse(after.at);
      const last = list[list.length - 1];
      if (last && last[1] === from) last[1] = to; else list.push([from, to]);
      spans.set(disk, list);
    }
  }
  return spans;
}

/**
 * RPO over time, as the server counts it (time since the last successful cycle ended): a saw that drops to 0 at each
 * success and climbs until now.
 */
export function rpoSeries(recentCycles, lastSuccessfulCycleAt, now) {
  const successes = recentCycles.filter((c) => c.outcome === 'Succeeded').map((c) => Date.parse(c.endedAt));
  if (lastSuccessfulCycleAt) successes.push(Date.parse(lastSuccessfulCycleAt));
  const ends = [...new Set(successes)].sort((a, b) => a - b);
  const points = [];
  ends.forEach((end, i) => {
    if (i > 0) points.push([end, (end - ends[i - 1]) / 1000]);
    points.push([end, 0]);
  });
  if (ends.length) points.push([now, (now - ends[ends.length - 1]) / 1000]);
  return points;
}
