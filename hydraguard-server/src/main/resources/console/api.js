// The console's calls to its HTTP API (see the console API contract). The session is the HttpOnly
// cookie set by POST /console/login; every call carries the CSRF header the server asks for.

/** The session is gone or was never there: the app shows the sign-in view. */
export class SignedOut extends Error {
  constructor(message) {
    super(message || 'Please sign in.');
    this.name = 'SignedOut';
  }
}

/** Any other non-2xx answer, with the server's own error message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

async function call(method, path, body) {
  const headers = { 'Accept': 'application/json', 'X-Hydraguard-Console': '1' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `The service cannot be reached (${e.message}).`);
  }
  if (res.status === 401 && path !== '/console/login') {
    throw new SignedOut();
  }
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const payload = await res.json();
      if (payload && typeof payload.error === 'string') message = payload.error;
    } catch (_) {
      // not JSON: keep the status line
    }
    throw new ApiError(res.status, message);
  }
  if (res.status === 204) return null;
  return res.json();
}

const seg = (id) => encodeURIComponent(id);

export const api = {
  login: (token) => call('POST', '/console/login', { token }),
  logout: () => call('POST', '/console/logout'),
  me: () => call('GET', '/console/api/me'),
  campaigns: (limit = 100) => call('GET', `/console/api/campaigns?limit=${limit}`),
  campaign: (id) => call('GET', `/console/api/campaigns/${seg(id)}`),
  caseAction: (id, action, note) => call('POST', `/console/api/campaigns/${seg(id)}/case`,
    note ? { action, note } : { action }),
  account: (id) => call('GET', `/console/api/accounts/${seg(id)}`),
  policy: () => call('GET', '/console/api/policy'),
  setPolicy: (mode) => call('POST', '/console/api/policy', { mode }),
  exportUrl: (id, kind) => `/console/api/campaigns/${seg(id)}/export.${kind}`,
};
