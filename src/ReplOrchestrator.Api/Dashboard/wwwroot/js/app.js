import { forget, ApiError } from './api.js';
import { session, takeKeyFromFragment } from './session.js';
import * as fleet from './fleet.js';
import * as vm from './vm.js';
import * as alerts from './alerts.js';
import * as silences from './silences.js';

// Every poll is a conditional GET, so a quiet fleet costs a 304 every couple of seconds.
const POLL_MS = 2000;
const main = document.getElementById('main');
const signIn = document.getElementById('sign-in');
const live = document.getElementById('live');
const signOut = document.getElementById('sign-out');
let current = null;
let timer = 0;

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'vm': return parts.length === 3 ? { name: 'fleet', page: vm, args: parts.slice(1) } : { name: 'fleet', page: fleet, args: [] };
    case 'alerts': return { name: 'alerts', page: alerts, args: [] };
    case 'silences': return { name: 'silences', page: silences, args: [] };
    default: return { name: 'fleet', page: fleet, args: [] };
  }
}

function showSignIn(message) {
  clearTimeout(timer);
  current = null;
  main.hidden = true;
  signOut.hidden = true;
  signIn.hidden = false;
  const text = document.getElementById('sign-in-message');
  text.hidden = !message;
  text.textContent = message ?? '';
  document.getElementById('reader-key').focus();
}

async function poll() {
  clearTimeout(timer);
  if (!current) return;
  const polled = current;
  try {
    await polled.refresh();
    live.textContent = `● live, updated ${new Date().toLocaleTimeString()}`;
    live.className = 'live ok';
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.signOut();
      showSignIn('The key was not accepted (401). Sign in with a reader key.');
      return;
    }
    live.textContent = `⚠ not updating: ${error.message}`;
    live.className = 'live failed';
  }
  if (current === polled) timer = setTimeout(poll, POLL_MS);
}

function show() {
  if (!session.readerKey()) {
    showSignIn();
    return;
  }
  signIn.hidden = true;
  main.hidden = false;
  signOut.hidden = false;
  const { name, page, args } = route();
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.page === name) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  forget();
  current = page.mount(main, args);
  main.focus({ preventScroll: true });
  poll();
}

document.getElementById('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  session.signIn(String(form.get('key')).trim(), String(form.get('functionKey') ?? '').trim());
  event.target.reset();
  show();
});

signOut.addEventListener('click', () => {
  session.signOut();
  forget();
  showSignIn('Signed out.');
});

window.addEventListener('hashchange', show);
takeKeyFromFragment();
show();
