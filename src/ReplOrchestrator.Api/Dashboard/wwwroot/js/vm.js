import { read } from './api.js';
import { h, fill, health, duration, bytes, time, keepFocus } from './dom.js';
import { timeline, lines } from './charts.js';
import { alertCard } from './alertcard.js';
import { phases, diskSeries, stalls, rpoSeries } from './vmhistory.js';

const OUTCOME = { Succeeded: ['✔', 'ok'], Failed: ['✖', 'failed'], Missed: ['○', 'missed'], Superseded: ['↷', 'superseded'] };

function cycleRows(vm, now) {
  const rows = vm.recentCycles.slice(0, 8).reverse().filter((c) => c.startedAt || c.endedAt).map((c) => {
    const from = Date.parse(c.startedAt ?? c.endedAt);
    const [icon, css] = OUTCOME[c.outcome] ?? ['?', 'missed'];
    const errors = [c.errorCode ? `error ${c.errorCode}` : null, ...c.problems].filter(Boolean).join(', ');
    return {
      label: `${icon} ${c.cycleId ?? 'missed'}`,
      segments: [{ from, to: Date.parse(c.endedAt), css: `bar ${css}`, text: `${c.cycleId ?? 'missed cycle'}: ${c.outcome}${errors ? ` (${errors})` : ''}` }],
    };
  });
  const latest = phases(vm.trail, vm.phaseLimits, now);
  if (latest.length && vm.currentCycle) {
    rows.push({
      label: `▶ ${vm.currentCycle.cycleId}`,
      segments: latest.map((p) => ({ from: p.from, to: Math.max(p.to, p.from + 500), css: `bar phase-${p.phase}`, text: `${p.phase} ${duration((p.to - p.from) / 1000)}` })),
      marks: latest.filter((p) => p.limitAt).map((p) => ({ at: p.limitAt, text: `${p.phase} deadline` })),
    });
  }
  return rows;
}

function cycleSection(vm, now) {
  const rows = cycleRows(vm, now);
  const starts = rows.flatMap((r) => r.segments.map((s) => s.from).concat((r.marks ?? []).map((m) => m.at)));
  const latest = phases(vm.trail, vm.phaseLimits, now);
  return h('section', { 'aria-labelledby': 'cycles-title' },
    h('h2', { id: 'cycles-title' }, 'Cycles'),
    rows.length ? timeline('Recent cycles and the phases of the current one against their deadlines', rows, Math.min(...starts), Math.max(now, ...starts)) : h('p', {}, 'No cycle reported yet.'),
    latest.length && vm.currentCycle ? h('table', { class: 'grid compact', id: 'phases' },
      h('caption', {}, `Phases of ${vm.currentCycle.cycleId}`),
      h('thead', {}, h('tr', {}, ['Phase', 'Began', 'Took', 'Limit'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, latest.map((p) => {
        const over = p.limitAt && p.to > p.limitAt;
        return h('tr', {},
          h('td', {}, p.phase), h('td', {}, time(new Date(p.from).toISOString())), h('td', {}, duration((p.to - p.from) / 1000)),
          h('td', { class: over ? 'over' : '' }, p.limitAt ? `${duration((p.limitAt - p.from) / 1000)}${over ? ' ⚠ overran' : ''}` : '—'));
      }))) : null,
    h('table', { class: 'grid compact', id: 'cycles' },
      h('caption', {}, 'Recent cycles, newest first'),
      h('thead', {}, h('tr', {}, ['Cycle', 'Type', 'Outcome', 'Started', 'Took', 'Error / problems'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, vm.recentCycles.map((c) => {
        const [icon, css] = OUTCOME[c.outcome] ?? ['?', 'missed'];
        return h('tr', { class: css === 'failed' ? 'failed' : '' },
          h('td', {}, c.cycleId ?? '—'), h('td', {}, c.type ?? '—'),
          h('td', {}, h('span', { 'aria-hidden': 'true' }, `${icon} `), c.outcome),
          h('td', {}, time(c.startedAt)), h('td', {}, duration(c.durationSeconds)),
          h('td', {}, [c.errorCode ? `error ${c.errorCode}` : null, ...c.problems].filter(Boolean).join(', ') || '—'));
      }))));
}

function diskSection(vm, now) {
  const series = diskSeries(vm.trail);
  // Keys as the trail spells them (see below for the camel-casing of dictionary keys).
  const totals = new Map(vm.disks.flatMap((d) => [[d.diskId, d.totalBytes], [d.diskId.charAt(0).toLowerCase() + d.diskId.slice(1), d.totalBytes]]));
  const stalled = stalls(vm.trail, totals);
  const bands = [...stalled.values()].flat();
  const times = vm.trail.map((t) => Date.parse(t.at));
  return h('section', { 'aria-labelledby': 'disks-title' },
    h('h2', { id: 'disks-title' }, 'Upload per disk'),
    series.size ? lines('Bytes uploaded per disk; shaded spans are stalls', {
      series: [...series].map(([disk, points], i) => ({ name: disk, css: `s${i % 4}`, points })),
      bands, format: bytes, t0: Math.min(...times), t1: Math.max(now, ...times),
    }) : null,
    h('table', { class: 'grid compact', id: 'disks' },
      h('thead', {}, h('tr', {}, ['Disk', 'Uploaded', 'Of', 'Progress', 'Standing still'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, vm.disks.map((d) => {
        // The API writes dictionary keys camel-cased: disk-0 stays, Disk-0 arrives as disk-0.
        const spans = stalled.get(d.diskId) ?? stalled.get(d.diskId.charAt(0).toLowerCase() + d.diskId.slice(1)) ?? [];
        const last = spans[spans.length - 1];
        const still = last && last[1] === Math.max(...times) ? (last[1] - last[0]) / 1000 : 0;
        const over = still >= vm.phaseLimits.uploadStallSeconds;
        return h('tr', { class: still ? 'stalled' : '', 'data-disk': d.diskId },
          h('th', { scope: 'row' }, d.diskId), h('td', {}, bytes(d.uploadedBytes)), h('td', {}, bytes(d.totalBytes)),
          h('td', {}, `${d.totalBytes ? ((100 * d.uploadedBytes) / d.totalBytes).toFixed(1) : 0} %`),
          h('td', { class: over ? 'over' : '' }, still
            ? [h('span', { 'aria-hidden': 'true' }, '⏸ '), `stalled for ${duration(still)}${over ? ` (limit ${duration(vm.phaseLimits.uploadStallSeconds)})` : ''}`]
            : d.uploadedBytes >= d.totalBytes ? '✔ done' : 'moving'));
      }))),
    vm.disks.length ? null : h('p', {}, 'No upload in progress.'));
}

function rpoSection(vm, now) {
  const points = rpoSeries(vm.recentCycles, vm.rpo.lastSuccessfulCycleAt, now);
  return h('section', { 'aria-labelledby': 'rpo-title' },
    h('h2', { id: 'rpo-title' }, 'RPO'),
    h('p', { id: 'rpo-now' }),
    points.length > 1 ? lines('RPO over time against its target', {
      series: [{ name: 'RPO', css: 's0', points }], target: vm.rpo.targetSeconds, format: duration, t0: points[0][0], t1: now,
    }) : null);
}

// The API sends when the last good cycle ended, not its age, so an unchanged VM keeps its ETag; the age is counted here.
function rpoNow(vm, now) {
  const last = vm.rpo.lastSuccessfulCycleAt;
  if (!last) return ['No successful cycle yet.'];
  const age = (now - Date.parse(last)) / 1000;
  return [`${duration(age)} since the last good cycle; target ${duration(vm.rpo.targetSeconds)}.`,
    age > vm.rpo.targetSeconds ? h('strong', { class: 'over' }, ' ⚠ over target') : null];
}

function eventSection(vm) {
  return h('section', { 'aria-labelledby': 'events-title' },
    h('h2', { id: 'events-title' }, 'Events'),
    vm.events.length ? h('table', { class: 'grid compact' },
      h('thead', {}, h('tr', {}, ['Time', 'Id', 'Level', 'Source', 'Message'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, vm.events.map((e) => h('tr', {},
        h('td', {}, time(e.timeCreated)), h('td', { class: 'num' }, e.eventId), h('td', {}, e.level), h('td', {}, e.source), h('td', {}, e.message)))))
      : h('p', {}, 'No events in the last minutes.'));
}

const RANK = { Critical: 0, Warning: 1, Normal: 2 };

// As on the fleet page: the worse of health (finished cycles) and the open alerts' severity (what is wrong now).
function worst(vm) {
  const levels = [vm.health.level, ...vm.openAlerts.map((a) => (a.severity === 'Info' ? 'Normal' : a.severity))];
  return levels.sort((x, y) => (RANK[x] ?? 3) - (RANK[y] ?? 3))[0];
}

function header(vm) {
  return h('header', {},
    h('h1', {}, vm.name ?? vm.vmId, ' ', health(worst(vm)), worst(vm) !== vm.health.level ? h('small', { class: 'why' }, `open ${worst(vm)} alert; health ${vm.health.level}`) : null),
    h('p', { class: 'meta' }, `${vm.vmId} on ${vm.host ?? 'unknown host'} · ${vm.kind} · replication ${vm.replicationState ?? 'unknown'} · last report ${time(vm.lastReportedAt)}`,
      vm.currentCycle ? ` · cycle ${vm.currentCycle.cycleId} in ${vm.currentCycle.phase} (${vm.currentCycle.progressPercent} %)` : ''),
    sources(vm),
    vm.health.reasons.length ? h('ul', { class: 'reasons' }, vm.health.reasons.map((r) => h('li', {}, health(r.level), ' ', r.message))) : null);
}

const SOURCE_NAMES = { heartbeat: 'appliance heartbeat', arm: 'Azure Resource Manager' };

// Where the facts come from: an appliance's heartbeat, a vault read through ARM, or both (then the heartbeat speaks for the VM).
function sources(vm) {
  const names = vm.sources?.names ?? [];
  if (!names.length) return null;
  const seen = { heartbeat: vm.sources.heartbeatLastSeen, arm: vm.sources.armLastSeen };
  return h('p', { class: 'meta', id: 'vm-sources' },
    `Facts from ${names.map((n) => `${SOURCE_NAMES[n] ?? n} (last ${time(seen[n])})`).join(' and ')}`,
    names.length > 1 ? '; the heartbeat speaks for this VM, so one condition raises one alert.' : '.');
}

function alertSection(vm) {
  return h('section', { 'aria-labelledby': 'alerts-title' },
    h('h2', { id: 'alerts-title' }, `Open alerts (${vm.openAlerts.length})`),
    vm.openAlerts.length ? vm.openAlerts.map((a) => alertCard(a, { showVm: false })) : h('p', {}, 'None.'));
}

// Each part of the page with the slice of the view it draws: a part is rebuilt only when its slice changed, so a
// heartbeat that moved one disk leaves the alerts, the events and whatever has focus in them alone.
const PARTS = [
  [header, (vm) => [vm.name, vm.vmId, vm.host, vm.kind, vm.replicationState, vm.lastReportedAt, vm.currentCycle, vm.health, vm.openAlerts.map((a) => a.severity), vm.sources]],
  [alertSection, (vm) => vm.openAlerts],
  [cycleSection, (vm) => [vm.recentCycles, vm.trail, vm.phaseLimits, vm.currentCycle?.cycleId]],
  [diskSection, (vm) => [vm.trail, vm.disks, vm.phaseLimits]],
  [rpoSection, (vm) => [vm.rpo, vm.recentCycles]],
  [eventSection, (vm) => vm.events],
];

/** One VM: health and why, cycles against deadlines, disks over time with stalls, RPO over time, alerts, events. */
export function mount(main, [applianceId, vmId]) {
  const path = `appliances/${encodeURIComponent(applianceId)}/vms/${encodeURIComponent(vmId)}`;
  const nodes = PARTS.map(() => h('section'));
  const drawn = PARTS.map(() => null);
  fill(main, h('p', { class: 'crumbs' }, h('a', { href: '#/fleet', id: 'vm-fleet-link' }, 'Fleet'), ` / ${applianceId} / `), nodes);
  return {
    async refresh() {
      const { data: vm, changed } = await read(path);
      const now = Date.now();
      if (changed) {
        keepFocus(() => PARTS.forEach(([draw, slice], i) => {
          const key = JSON.stringify(slice(vm));
          if (key === drawn[i]) return;
          const node = draw(vm, now);
          nodes[i].replaceWith(node);
          nodes[i] = node;
          drawn[i] = key;
        }));
      }
      const rpo = main.querySelector('#rpo-now');
      if (rpo) fill(rpo, rpoNow(vm, now));
    },
  };
}
