// Builds DOM nodes from data with textContent only: nothing the API returns is ever parsed as HTML.
const SVG = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element. */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG, tag), attrs, children);

/** Replaces the children of node. */
export function fill(node, ...children) {
  node.replaceChildren();
  return build(node, {}, children);
}

const HEALTH = { Critical: ['✖', 'critical'], Warning: ['▲', 'warning'], Normal: ['✔', 'normal'] };

/** A health badge: an icon and the word beside the colour, so colour is never the only signal. */
export function health(level) {
  const [icon, css] = HEALTH[level] ?? ['?', 'unknown'];
  return h('span', { class: `badge ${css}` }, h('span', { 'aria-hidden': 'true' }, icon), ' ', level ?? 'Unknown');
}

/** A severity badge for alerts. */
export function severity(level) {
  const css = level === 'Critical' ? 'critical' : level === 'Warning' ? 'warning' : 'info';
  const icon = level === 'Critical' ? '✖' : level === 'Warning' ? '▲' : 'ℹ';
  return h('span', { class: `badge ${css}` }, h('span', { 'aria-hidden': 'true' }, icon), ' ', level);
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.round(Math.abs(seconds));
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86400).toFixed(1)} d`;
}

export function bytes(n) {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export const time = (iso) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' }) : '—');

export const ago = (iso) => (iso ? `${duration((Date.now() - Date.parse(iso)) / 1000)} ago` : 'never');

/**
 * Runs render, which may replace nodes, and then gives focus back to the element that had it, found again by its id or
 * its data-key when render replaced it; the scroll position stays where the reader left it. A poll must never move a
 * keyboard user's place on the page.
 */
export function keepFocus(render) {
  const active = document.activeElement;
  const id = active?.id;
  const key = active?.dataset?.key;
  const [x, y] = [window.scrollX, window.scrollY];
  render();
  if (active && !active.isConnected) {
    const again = id ? document.getElementById(id) : key ? document.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
    again?.focus({ preventScroll: true });
  }
  window.scrollTo(x, y);
}

/** The link to a VM's page. */
export const vmHref = (applianceId, vmId) => `#/vm/${encodeURIComponent(applianceId)}/${encodeURIComponent(vmId)}`;
