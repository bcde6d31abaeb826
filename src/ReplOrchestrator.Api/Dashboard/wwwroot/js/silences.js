import { read, change, ApiError } from './api.js';
import { session } from './session.js';
import { h, fill, time } from './dom.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function scopeText(scope) {
  if (scope.kind === 'Vm') return `VM ${scope.applianceId} / ${scope.vmId}`;
  if (scope.kind === 'Host') return `host ${scope.hostName}`;
  return `appliance ${scope.applianceId}`;
}

function windowText(silence) {
  const r = silence.recurrence;
  const span = `${time(silence.startsAt)} → ${silence.endsAt ? time(silence.endsAt) : 'no end'}`;
  return r ? `every ${r.days.join(', ')} at ${r.start} for ${r.duration} (${r.timeZone}); ${span}` : span;
}

const field = (label, input, hint) => h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hint ? h('small', {}, hint) : null);
const input = (id, attrs = {}) => h('input', { id, name: id, ...attrs });
const iso = (local) => (local ? new Date(local).toISOString() : undefined);

/** Silences: the list with delete, and a form for a one-off or weekly window; the API's validation is shown as it says it. */
export function mount(main) {
  const list = h('tbody');
  const problems = h('div', { id: 'silence-problems', role: 'alert' });
  const operator = h('div', { id: 'operator-key', hidden: true });
  const kind = h('select', { id: 's-kind' }, ['Appliance', 'Vm', 'Host'].map((k) => h('option', { value: k }, k === 'Vm' ? 'VM' : k)));
  const appliance = input('s-appliance');
  const vm = input('s-vm');
  const host = input('s-host');
  const codes = input('s-codes', { placeholder: 'DiskUploadTimedOut, RpoExceeded' });
  const recurring = input('s-recurring', { type: 'checkbox' });
  const startsAt = input('s-starts', { type: 'datetime-local' });
  const endsAt = input('s-ends', { type: 'datetime-local' });
  const days = DAYS.map((d) => input(`s-day-${d}`, { type: 'checkbox', value: d }));
  const start = input('s-start', { type: 'time', value: '02:00' });
  const hours = input('s-hours', { type: 'number', min: 0, step: 0.25, value: 2 });
  const zone = input('s-zone', { value: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
  const comment = input('s-comment', { placeholder: 'why, and who to ask' });
  const weekly = h('fieldset', { id: 's-weekly', hidden: true },
    h('legend', {}, 'Weekly window'),
    h('div', { class: 'days' }, days.map((d) => h('label', {}, d, ` ${d.value.slice(0, 3)}`))),
    field('Starts at (wall clock)', start), field('Lasts (hours)', hours), field('Time zone', zone, 'IANA name, e.g. Europe/Berlin'));
  recurring.addEventListener('change', () => { weekly.hidden = !recurring.checked; });

  function body() {
    const now = new Date();
    const silence = {
      scope: { kind: kind.value, applianceId: appliance.value || undefined, vmId: vm.value || undefined, hostName: host.value || undefined },
      codes: codes.value.split(',').map((c) => c.trim()).filter(Boolean),
      startsAt: iso(startsAt.value) ?? now.toISOString(),
      endsAt: iso(endsAt.value),
      comment: comment.value || undefined,
    };
    if (recurring.checked) {
      const minutes = Math.round(Number(hours.value) * 60);
      silence.recurrence = {
        days: days.filter((d) => d.checked).map((d) => d.value),
        start: `${start.value}:00`,
        duration: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`,
        timeZone: zone.value,
      };
    }
    return silence;
  }

  function showProblem(error) {
    const p = error.problem;
    fill(problems, h('div', { class: 'problem' },
      h('strong', {}, p?.title ?? error.message), p?.detail ? ` ${p.detail}` : '',
      p?.errors?.length ? h('ul', {}, p.errors.map((e) => h('li', {}, h('code', {}, e.path), ` ${e.message}`))) : null));
  }

  // A reader key may not change anything: the API answers 403, and the page asks once for an operator key.
  function askForOperatorKey(retry) {
    const key = input('operator-key-input', { type: 'password', autocomplete: 'off', required: true });
    operator.hidden = false;
    fill(operator, h('form', { class: 'operator', onsubmit: (e) => {
      e.preventDefault();
      session.keepOperatorKey(key.value);
      operator.hidden = true;
      retry();
    } },
    h('p', {}, 'Creating or deleting silences takes an operator key (Repl:OperatorKeys). It is kept for this tab only.'),
    field('Operator key', key), h('button', { type: 'submit' }, 'Use operator key')));
    key.focus();
  }

  async function act(action) {
    fill(problems);
    try {
      await action();
      await refresh(true);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 403 || (error.status === 401 && session.operatorKey()))) {
        askForOperatorKey(() => act(action));
        return;
      }
      showProblem(error);
    }
  }

  const form = h('form', { id: 'silence-form', onsubmit: (e) => { e.preventDefault(); act(() => change('POST', 'silences', body())); } },
    h('fieldset', {}, h('legend', {}, 'Scope'), field('Covers', kind), field('Appliance id', appliance), field('VM id', vm), field('Host name', host)),
    field('Codes (comma-separated; empty mutes every code)', codes),
    field('Starts', startsAt, 'empty: now'), field('Ends', endsAt, 'required unless weekly'),
    h('div', { class: 'field inline' }, recurring, h('label', { for: 's-recurring' }, 'Weekly maintenance window')),
    weekly,
    field('Comment', comment),
    h('button', { type: 'submit' }, 'Create silence'));

  fill(main,
    h('h1', {}, 'Silences'),
    h('p', {}, 'While a silence applies, matching alerts still fire and stay visible here and on the fleet, but nobody is notified.'),
    h('table', { class: 'grid', id: 'silences' },
      h('thead', {}, h('tr', {}, ['Id', 'Scope', 'Codes', 'Window', 'Comment', ''].map((c) => h('th', { scope: 'col' }, c)))),
      list),
    h('h2', {}, 'New silence'),
    operator, problems, form);

  async function refresh(force = false) {
    const { data, changed } = await read('silences');
    if (!changed && !force) return;
    fill(list, data.length ? data.map((silence) => h('tr', { 'data-silence': silence.id },
      h('td', {}, h('code', {}, silence.id)), h('td', {}, scopeText(silence.scope)),
      h('td', {}, silence.codes.length ? silence.codes.join(', ') : 'every code'),
      h('td', {}, windowText(silence)), h('td', {}, silence.comment ?? ''),
      h('td', {}, h('button', { type: 'button', class: 'quiet', 'aria-label': `Delete silence ${silence.id}`,
        onclick: () => act(() => change('DELETE', `silences/${encodeURIComponent(silence.id)}`)) }, 'Delete'))))
      : h('tr', {}, h('td', { colspan: 6 }, 'No silences.')));
  }

  return { refresh: () => refresh() };
}
