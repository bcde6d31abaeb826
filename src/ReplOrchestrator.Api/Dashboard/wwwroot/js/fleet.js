import { read } from './api.js';
import { h, fill, health, duration, ago, vmHref, keepFocus } from './dom.js';

const PAGE_SIZE = 50;
const RANK = { Critical: 0, Warning: 1, Normal: 2 };

const ALERT_LEVEL = { Critical: 'Critical', Warning: 'Warning', Info: 'Normal' };

// Health judges finished cycles; an open alert (a disk stalled now) can be worse, and the row shows the worse of the two.
function status(vm) {
  const alert = ALERT_LEVEL[vm.worstOpenAlert];
  return alert && (RANK[alert] ?? 3) < (RANK[vm.health] ?? 3) ? alert : vm.health;
}

// One row per VM, with what the filters and the worst-first order need precomputed once per change of data.
function rows(fleet) {
  const now = Date.now();
  return fleet.appliances.flatMap((a) => a.vms.map((vm) => ({
    appliance: a,
    vm,
    status: status(vm),
    rpoSeconds: vm.lastSuccessfulCycleAt ? (now - Date.parse(vm.lastSuccessfulCycleAt)) / 1000 : null,
  })));
}

function worstFirst(x, y) {
  return (RANK[x.status] ?? 3) - (RANK[y.status] ?? 3)
    || y.vm.openAlerts - x.vm.openAlerts
    || (y.rpoSeconds ?? Infinity) - (x.rpoSeconds ?? Infinity)
    || `${x.appliance.applianceId}/${x.vm.vmId}`.localeCompare(`${y.appliance.applianceId}/${y.vm.vmId}`);
}

function options(select, values, all) {
  const current = select.value;
  fill(select, h('option', { value: '' }, all), [...values].sort().map((v) => h('option', { value: v }, v)));
  select.value = [...values].includes(current) ? current : '';
}

function rpoCell(row) {
  const target = row.vm.rpoTargetSeconds;
  if (row.rpoSeconds === null) return h('td', {}, 'no good cycle yet');
  const over = target && row.rpoSeconds > target;
  return h('td', { class: over ? 'over' : '' },
    over ? h('span', { 'aria-hidden': 'true' }, '⚠ ') : null,
    `${duration(row.rpoSeconds)} / ${duration(target)}`, over ? ' (over target)' : '');
}

function phaseCell(cycle) {
  if (!cycle) return h('td', {}, 'between cycles');
  const pct = Math.max(0, Math.min(100, cycle.progressPercent));
  return h('td', {},
    `${cycle.phase} `,
    cycle.phase === 'Upload' ? h('progress', { max: 100, value: pct, 'aria-label': `upload ${pct} %` }) : null,
    cycle.phase === 'Upload' ? ` ${pct} %` : '');
}

function vmRow(row) {
  const { appliance, vm } = row;
  return h('tr', { class: `row-${(row.status ?? '').toLowerCase()}`, 'data-vm': `${appliance.applianceId}/${vm.vmId}` },
    h('td', {}, health(row.status), row.status !== vm.health ? h('small', { class: 'why' }, ` open ${vm.worstOpenAlert} alert; health ${vm.health}`) : null),
    h('th', { scope: 'row' }, h('a', { href: vmHref(appliance.applianceId, vm.vmId), 'data-key': `vm:${appliance.applianceId}/${vm.vmId}` }, vm.name ?? vm.vmId)),
    h('td', {}, appliance.applianceId, (vm.sources?.names?.length ?? 0) > 1
      ? h('small', { class: 'why', title: 'Azure Resource Manager shows this VM too; the heartbeat speaks for it' }, ' + ARM') : null),
    h('td', {}, vm.host ?? '—'),
    h('td', {}, vm.replicationState ?? '—'),
    phaseCell(vm.currentCycle),
    rpoCell(row),
    h('td', { class: 'num' }, vm.openAlerts ? h('a', { href: '#/alerts' }, `${vm.openAlerts} open`) : '0'));
}

function applianceRow(a) {
  const down = a.connection !== 'Connected';
  return h('tr', {},
    h('th', { scope: 'row' }, a.applianceId),
    h('td', {}, a.kind === 'HyperVReplica' ? 'Hyper-V Replica' : a.kind === 'AzureMigrateVMware' ? 'Azure Migrate (VMware)' : '—'),
    h('td', { class: down ? 'over' : '' }, down ? h('span', { 'aria-hidden': 'true' }, '⚠ ') : null, a.connection),
    h('td', {}, `heartbeat ${ago(a.lastHeartbeatAt)}`),
    h('td', { class: 'num' }, a.vms.length),
    h('td', {}, a.openAlerts.length ? a.openAlerts.join(', ') : 'none'));
}

/** The fleet: counts, appliances, and every VM worst first, filtered and a page at a time so 1,000 VMs stay quick. */
export function mount(main) {
  const state = { rows: [], page: 0 };
  const select = (label, id) => [h('label', { for: id }, label), h('select', { id })];
  const [healthLabel, healthFilter] = select('Status', 'f-health');
  const [productLabel, productFilter] = select('Product', 'f-product');
  const [applianceLabel, applianceFilter] = select('Appliance', 'f-appliance');
  const [hostLabel, hostFilter] = select('Host', 'f-host');
  const search = h('input', { id: 'f-search', type: 'search', placeholder: 'name or id' });
  const counts = h('ul', { class: 'counts', 'aria-label': 'Counts' });
  const appliances = h('tbody');
  const body = h('tbody');
  const pager = h('p', { class: 'pager' });
  const shown = h('span', { role: 'status' });
  fill(healthFilter, h('option', { value: '' }, 'any'), ['Critical', 'Warning', 'Normal'].map((v) => h('option', { value: v }, v)));

  fill(main,
    h('h1', {}, 'Fleet'),
    counts,
    h('h2', {}, 'Appliances'),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['Appliance', 'Product', 'Connection', 'Last heard', 'VMs', 'Open alerts'].map((c) => h('th', { scope: 'col' }, c)))),
      appliances),
    h('h2', {}, 'Virtual machines'),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
      healthLabel, healthFilter, productLabel, productFilter, applianceLabel, applianceFilter, hostLabel, hostFilter,
      h('label', { for: 'f-search' }, 'Find'), search, shown),
    h('table', { class: 'grid', id: 'vms' },
      h('thead', {}, h('tr', {}, ['Status', 'VM', 'Appliance', 'Host', 'Replication', 'Phase', 'RPO / target', 'Alerts'].map((c) => h('th', { scope: 'col' }, c)))),
      body),
    pager);

  function render() {
    const text = search.value.trim().toLowerCase();
    const matching = state.rows.filter((r) =>
      (!healthFilter.value || r.status === healthFilter.value)
      && (!productFilter.value || r.appliance.kind === productFilter.value)
      && (!applianceFilter.value || r.appliance.applianceId === applianceFilter.value)
      && (!hostFilter.value || r.vm.host === hostFilter.value)
      && (!text || `${r.vm.name ?? ''} ${r.vm.vmId}`.toLowerCase().includes(text)));
    const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const first = state.page * PAGE_SIZE;
    fill(body, matching.slice(first, first + PAGE_SIZE).map(vmRow));
    shown.textContent = `${matching.length} of ${state.rows.length} VMs`;
    const go = (delta) => { state.page += delta; keepFocus(render); };
    fill(pager,
      h('button', { type: 'button', id: 'page-previous', disabled: state.page === 0, onclick: () => go(-1) }, '← Previous'),
      h('span', { id: 'page-of' }, ` Page ${state.page + 1} of ${pages} `),
      h('button', { type: 'button', id: 'page-next', disabled: state.page >= pages - 1, onclick: () => go(1) }, 'Next →'));
  }

  for (const control of [healthFilter, productFilter, applianceFilter, hostFilter, search]) {
    control.addEventListener('input', () => { state.page = 0; render(); });
  }

  return {
    async refresh() {
      const { data, changed } = await read('fleet');
      if (!changed) return;
      state.rows = rows(data).sort(worstFirst);
      const by = (level) => state.rows.filter((r) => r.status === level).length;
      const alerts = data.appliances.reduce((n, a) => n + a.openAlerts.length + a.vms.reduce((m, v) => m + v.openAlerts, 0), 0);
      fill(counts,
        h('li', {}, h('strong', { id: 'count-vms' }, state.rows.length), ' VMs'),
        h('li', { class: 'critical' }, h('span', { 'aria-hidden': 'true' }, '✖ '), h('strong', { id: 'count-critical' }, by('Critical')), ' Critical'),
        h('li', { class: 'warning' }, h('span', { 'aria-hidden': 'true' }, '▲ '), h('strong', {}, by('Warning')), ' Warning'),
        h('li', { class: 'normal' }, h('span', { 'aria-hidden': 'true' }, '✔ '), h('strong', {}, by('Normal')), ' Normal'),
        h('li', {}, h('strong', {}, data.appliances.length), ' appliances'),
        h('li', {}, h('strong', { id: 'count-alerts' }, alerts), ' open alerts'));
      keepFocus(() => {
        fill(appliances, data.appliances.map(applianceRow));
        options(productFilter, new Set(data.appliances.map((a) => a.kind).filter(Boolean)), 'any');
        options(applianceFilter, new Set(data.appliances.map((a) => a.applianceId)), 'any');
        options(hostFilter, new Set(state.rows.map((r) => r.vm.host).filter(Boolean)), 'any');
        render();
      });
    },
  };
}
