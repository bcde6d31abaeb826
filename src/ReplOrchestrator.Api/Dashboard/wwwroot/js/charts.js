import { s, duration } from './dom.js';

// Plain SVG drawn from data: no library, nothing fetched. Every chart has a text twin on the page (a table or a
// list), so the SVG is a picture for those who can see it and a <title> for those who cannot.
const W = 720;
const PAD = { left: 56, right: 12, top: 10, bottom: 24 };

function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

const clock = (t) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function timeAxis(x, t0, t1, y) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => t0 + f * (t1 - t0));
  const anchor = ['start', 'middle', 'middle', 'middle', 'end'];
  return s('g', { class: 'axis' }, ticks.map((t, i) => s('text', { x: x(t), y, 'text-anchor': anchor[i] }, clock(t))));
}

/**
 * Bars on a time axis, one row each: rows = [{ label, segments: [{ from, to, css, text }], marks: [{ at, text }] }].
 * Marks draw a deadline as a dashed line with its text.
 */
export function timeline(title, rows, t0, t1) {
  const rowHeight = 26;
  const height = PAD.top + rows.length * rowHeight + PAD.bottom;
  const x = scale(t0, t1, PAD.left + 70, W - PAD.right);
  return s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img', 'aria-label': title },
    s('title', {}, title),
    rows.map((row, i) => {
      const y = PAD.top + i * rowHeight;
      return s('g', {},
        s('text', { x: 4, y: y + 16, class: 'label' }, row.label),
        row.segments.map((seg) => s('rect', {
          x: x(seg.from), y: y + 4, width: Math.max(2, x(seg.to) - x(seg.from)), height: rowHeight - 10, class: seg.css,
        }, s('title', {}, seg.text))),
        (row.marks ?? []).filter((m) => m.at >= t0 && m.at <= t1).map((m) => s('g', { class: 'deadline' },
          s('line', { x1: x(m.at), x2: x(m.at), y1: y + 1, y2: y + rowHeight - 3 }),
          s('title', {}, m.text))));
    }),
    timeAxis(x, t0, t1, height - 6));
}

/**
 * Lines over time: series = [{ name, css, points: [[t, v]] }]; bands = [[from, to]] shaded behind (stalls);
 * target = a horizontal dashed line (an RPO target).
 */
export function lines(title, { series, bands = [], target = null, format = String, t0, t1 }) {
  const height = 200;
  const values = series.flatMap((se) => se.points.map((p) => p[1])).concat(target === null ? [] : [target * 1.1]);
  const top = Math.max(1, ...values);
  const x = scale(t0, t1, PAD.left, W - PAD.right);
  const y = scale(0, top, height - PAD.bottom, PAD.top);
  const path = (points) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
  return s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img', 'aria-label': title },
    s('title', {}, title),
    bands.map(([from, to]) => s('rect', { x: x(from), y: PAD.top, width: Math.max(2, x(to) - x(from)), height: height - PAD.top - PAD.bottom, class: 'stall' },
      s('title', {}, `no progress for ${duration((to - from) / 1000)}`))),
    s('g', { class: 'axis' },
      s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0) }),
      s('text', { x: PAD.left - 4, y: y(top) + 4, 'text-anchor': 'end' }, format(top)),
      s('text', { x: PAD.left - 4, y: y(0), 'text-anchor': 'end' }, format(0))),
    target === null ? null : s('g', { class: 'target' },
      s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(target), y2: y(target) }),
      s('text', { x: W - PAD.right, y: y(target) - 4, 'text-anchor': 'end' }, `target ${format(target)}`)),
    series.map((se) => s('path', { d: path(se.points), class: `line ${se.css}` }, s('title', {}, se.name))),
    s('g', { class: 'legend' }, series.map((se, i) => s('g', {},
      s('line', { x1: PAD.left + 8 + i * 110, x2: PAD.left + 28 + i * 110, y1: PAD.top + 6, y2: PAD.top + 6, class: `line ${se.css}` }),
      s('text', { x: PAD.left + 32 + i * 110, y: PAD.top + 10 }, se.name)))),
    timeAxis(x, t0, t1, height - 6));
}
