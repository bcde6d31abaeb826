import { h, severity, time, vmHref } from './dom.js';

const DELIVERY = {
  none: ['○', 'no receiver configured'],
  waiting: ['…', 'waiting to be sent'],
  pending: ['↻', 'being sent'],
  delivered: ['✔', 'delivered'],
  failed: ['✖', 'failed'],
};

function deliveryBadge(state) {
  const [icon, text] = DELIVERY[state] ?? ['?', state];
  return h('span', { class: `delivery ${state}` }, h('span', { 'aria-hidden': 'true' }, icon), ' ', text);
}

/** Who was told, per receiver, once alerts carry a notifications object; nothing when they do not yet. */
export function delivery(notifications) {
  if (!notifications) return null;
  return h('div', { class: 'notifications' },
    h('p', {}, 'Notification: ', deliveryBadge(notifications.state)),
    (notifications.receivers ?? []).length === 0 ? null : h('table', { class: 'grid compact' },
      h('thead', {}, h('tr', {}, ['Receiver', 'Target', 'State', 'Attempts', 'Last attempt', 'Error'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, notifications.receivers.map((r) => h('tr', { 'data-receiver': r.receiver, 'data-target': r.target },
        h('td', {}, r.receiver),
        h('td', {}, r.description ?? r.target, ' ', h('code', {}, r.target)),
        h('td', {}, deliveryBadge(r.state)),
        h('td', { class: 'num' }, r.attempts ?? 0),
        h('td', {}, time(r.deliveredAt ?? r.lastAttemptAt)),
        h('td', {}, r.lastError ?? '—'))))));
}

function probes(results) {
  if (!results?.length) return null;
  return h('div', {},
    h('h4', {}, 'Probe results'),
    h('ul', { class: 'probes' }, results.map((p) => h('li', { class: p.ok ? 'ok' : 'failed' },
      h('span', { 'aria-hidden': 'true' }, p.ok ? '✔ ' : '✖ '),
      h('strong', {}, p.probe), ` ${p.ok ? 'passed' : 'failed'}`, p.target ? ` (${p.target})` : '', p.detail ? `: ${p.detail}` : ''))));
}

/** One alert with its causes and their evidence, the next steps, the probes, the links and (when known) delivery. */
export function alertCard(alert, { showVm = true } = {}) {
  return h('article', { class: `alert ${alert.status}`, 'data-code': alert.code },
    h('header', {},
      severity(alert.severity), ' ',
      h('span', { class: `status ${alert.status}` }, alert.status === 'firing' ? '● firing' : '○ resolved'), ' ',
      h('strong', {}, alert.title),
      alert.errorId ? h('span', { class: 'error-id' }, ` error ${alert.errorId}`) : null,
      h('code', {}, ` ${alert.code}`)),
    h('p', { class: 'summary' }, alert.summary),
    h('p', { class: 'meta' },
      showVm && alert.vmId ? [h('a', { href: vmHref(alert.applianceId, alert.vmId) }, `${alert.applianceId} / ${alert.vmId}`), ' · '] : null,
      showVm && !alert.vmId ? [`appliance ${alert.applianceId}`, ' · '] : null,
      `first ${time(alert.firstSeen)} · last ${time(alert.lastSeen)} · ${alert.occurrences}×`),
    alert.probableCauses?.length ? h('div', {},
      h('h4', {}, 'Probable cause'),
      h('ol', { class: 'causes' }, alert.probableCauses.map((c) => h('li', {},
        h('span', { class: `confidence ${c.confidence}` }, c.confidence), ' ', c.cause,
        c.evidence?.length ? h('ul', { class: 'evidence' }, c.evidence.map((e) => h('li', {}, e))) : null)))) : null,
    alert.recommendedActions?.length ? h('div', {},
      h('h4', {}, 'Next steps'),
      h('ol', { class: 'actions' }, alert.recommendedActions.map((a) => h('li', {}, a)))) : null,
    probes(alert.probeResults),
    alert.links?.length ? h('p', { class: 'links' }, alert.links.map((l) => [h('a', { href: l.url, rel: 'noopener noreferrer', target: '_blank' }, l.title), ' '])) : null,
    delivery(alert.notifications));
}
