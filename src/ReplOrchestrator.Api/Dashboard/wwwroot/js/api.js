import { session } from './session.js';

// The API lives beside the dashboard: /api/dashboard/ → /api/…, on the local host and in the function app alike.
const base = new URL('../', location.href);
const lastSeen = new Map();

/** A refusal the page shows: 401 sends people to sign in, 403 asks for an operator key, 400 lists the API's problems. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function headers(key, extra = {}) {
  const all = { Accept: 'application/json', ...extra };
  if (key) all['x-api-key'] = key;
  const functionKey = session.functionKey();
  if (functionKey) all['x-functions-key'] = functionKey;
  return all;
}

async function refusal(response) {
  let problem = null;
  try { problem = await response.json(); } catch { /* not a problem document */ }
  return new ApiError(response.status, problem);
}

/**
 * GETs path with the reader key; answers { data, changed }. The last body and its ETag are kept per path, so a poll
 * that nothing changed costs a 304 and no re-render.
 */
export async function read(path) {
  const previous = lastSeen.get(path);
  const response = await fetch(new URL(path, base), {
    headers: headers(session.readerKey(), previous ? { 'If-None-Match': previous.etag } : {}),
    cache: 'no-store',
  });
  if (response.status === 304 && previous) return { data: previous.data, changed: false, link: previous.link };
  if (!response.ok) throw await refusal(response);
  const data = await response.json();
  const etag = response.headers.get('ETag');
  const link = response.headers.get('Link');
  if (etag) lastSeen.set(path, { etag, data, link });
  return { data, changed: true, link };
}

/** POSTs or DELETEs with the operator key once one is known, the reader key before (the API answers 403 then). */
export async function change(method, path, body) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: headers(session.operatorKey() ?? session.readerKey(), body ? { 'Content-Type': 'application/json' } : {}),
    body: body ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  });
  if (!response.ok) throw await refusal(response);
  return response.status === 204 ? null : response.json();
}

/** Forgets the kept bodies, so the next read after signing in fetches everything afresh. */
export function forget() { lastSeen.clear(); }
