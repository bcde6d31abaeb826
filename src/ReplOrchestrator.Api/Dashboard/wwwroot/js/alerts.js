import { read } from './api.js';
import { h, fill } from './dom.js';
import { alertCard } from './alertcard.js';

const VIEWS = { firing: 'status=firing', resolved: 'status=resolved&history=true', all: 'history=true' };

// Alerts of one appliance travel together (its VMs' alerts are inhibited while it is down), so they are shown together.
function grouped(alerts) {
  const groups = new Map();
  for (const alert of alerts) {
    const list = groups.get(alert.applianceId) ?? [];
    list.push(alert);
    groups.set(alert.applianceId, list);
  }
  return [...groups].map(([applianceId, list]) => h('section', { class: 'group', 'aria-label': `Alerts of ${applianceId}` },
    h('h2', {}, `${applianceId} (${list.length})`),
    list.map((a) => alertCard(a))));
}

/** Alerts, newest first, firing or resolved, grouped by appliance, a page at a time (the API's Link rel=next). */
export function mount(main) {
  let view = 'firing';
  let pages = [];
  const list = h('div', { id: 'alert-list' });
  const more = h('p');
  const tabs = h('div', { role: 'group', 'aria-label': 'Which alerts', class: 'tabs' });

  function renderTabs() {
    fill(tabs, Object.keys(VIEWS).map((name) => h('button', {
      type: 'button', 'aria-pressed': String(name === view),
      onclick: () => { view = name; pages = []; renderTabs(); refresh(); },
    }, name)));
  }

  function render(alerts, next) {
    fill(list, alerts.length ? grouped(alerts) : h('p', {}, view === 'firing' ? '✔ Nothing is firing.' : 'No alerts.'));
    fill(more, next ? h('button', { type: 'button', onclick: () => loadMore(next) }, 'Older alerts →') : null);
  }

  async function loadMore(link) {
    const path = /<([^>]+)>/.exec(link)?.[1];
    if (!path) return;
    const { data, link: next } = await read(new URL(path, location.origin).href);
    pages.push(...data);
    render(pages, next);
  }

  async function refresh() {
    const { data, changed, link } = await read(`alerts?${VIEWS[view]}&limit=100`);
    if (!changed && pages.length) return;
    pages = [...data];
    render(pages, link);
  }

  renderTabs();
  fill(main, h('h1', {}, 'Alerts'), tabs, list, more);
  return { refresh };
}
