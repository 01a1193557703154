// Hydraguard investigator console: session, header, routing. Plain ES modules, no build step.
// Routes: #/queue, #/campaign/<id>, #/account/<id>. A 401 from any call shows the sign-in view.
import { api, SignedOut } from './api.js';
import { h, replace } from './dom.js';
import { renderQueue } from './queue.js';
import { renderCampaign } from './campaign.js';
import { renderAccount } from './account.js';

const view = document.getElementById('view');

/** What every view may use: the signed-in user, the confirm dialog, and a hook to release charts. */
const session = {
  user: null,
  mode: null,
  cleanups: [],
  isAdmin() {
    return Boolean(this.user && Array.isArray(this.user.roles) && this.user.roles.includes('admin'));
  },
  onLeave(fn) {
    this.cleanups.push(fn);
  },
  confirm,
  setMode,
};

let renderSeq = 0;

async function route() {
  const seq = ++renderSeq;
  for (const fn of session.cleanups.splice(0)) {
    try { fn(); } catch (_) { /* a chart that is already gone */ }
  }
  const [, kind, rawId] = (location.hash || '#/queue').split('/');
  const id = rawId === undefined ? undefined : safeDecode(rawId);
  document.getElementById('nav-queue').classList.toggle('active', kind === 'queue' || !kind);
  try {
    if (!session.user) {
      session.user = await api.me();
      showChrome();
      await refreshMode();
    }
    if (seq !== renderSeq) return;
    const stale = () => seq !== renderSeq;
    if (kind === 'campaign' && id) await renderCampaign(view, id, session, stale);
    else if (kind === 'account' && id) await renderAccount(view, id, session, stale);
    else await renderQueue(view, session, stale);
    if (!stale()) window.scrollTo(0, 0);
  } catch (e) {
    if (seq !== renderSeq) return;
    if (e instanceof SignedOut) showLogin();
    else showError(e);
  }
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch (_) { return s; }
}

function showError(e) {
  document.title = 'Error · Hydraguard';
  replace(view, h('div', { class: 'error-page' },
    h('h1', null, e.status === 404 ? 'Not found' : 'Something went wrong'),
    h('p', { class: 'error-text' }, e.message || String(e)),
    h('a', { class: 'btn', href: '#/queue' }, 'Back to the campaign queue')));
}

// ---- sign-in ----

function showLogin(message, tone = 'error') {
  session.user = null;
  document.getElementById('topbar').hidden = true;
  document.getElementById('mode-banner').hidden = true;
  document.title = 'Sign in · Hydraguard';
  const error = h('p', { class: tone === 'info' ? 'login-info' : 'login-error', role: 'alert', id: 'login-error' }, message || '');
  error.hidden = !message;
  const input = h('input', {
    type: 'password', id: 'login-token', name: 'token', autocomplete: 'current-password',
    required: true, placeholder: 'Analyst or admin API token', spellcheck: 'false',
  });
  const button = h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'login-submit' }, 'Sign in');
  const form = h('form', {
    class: 'login-card', id: 'login-form',
    onsubmit: async (ev) => {
      ev.preventDefault();
      button.disabled = true;
      error.hidden = true;
      try {
        session.user = await api.login(input.value.trim());
        input.value = '';
        showChrome();
        await refreshMode();
        await route();
      } catch (e) {
        error.className = 'login-error';
        error.textContent = e.status === 401 ? 'That token was not accepted.' : e.message;
        error.hidden = false;
        button.disabled = false;
        input.focus();
      }
    },
  },
  h('div', { class: 'login-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'Hydraguard'),
  h('h1', null, 'Investigator console'),
  h('p', { class: 'muted' }, 'Sign in with your analyst or admin API token. You stay signed in until you sign out or stay idle for a while.'),
  h('label', { for: 'login-token' }, 'API token'),
  input, error, button);
  replace(view, h('div', { class: 'login-wrap' }, form));
  input.focus();
}

async function logout() {
  try { await api.logout(); } catch (_) { /* signed out either way */ }
  location.hash = '#/queue';
  showLogin('You have signed out.', 'info');
}

// ---- header: user and the shadow/enforce switch ----

function showChrome() {
  document.getElementById('topbar').hidden = false;
  document.getElementById('user-name').textContent = session.user.name;
  const roles = Array.isArray(session.user.roles) ? session.user.roles : [];
  document.getElementById('user-role').textContent = roles.includes('admin') ? 'admin' : (roles[0] || '');
  document.getElementById('mode-switch').hidden = !session.isAdmin();
}

async function refreshMode() {
  const { mode } = await api.policy();
  setMode(mode);
}

function setMode(mode) {
  session.mode = mode;
  const box = document.getElementById('mode');
  box.dataset.mode = mode;
  document.getElementById('mode-value').textContent = mode === 'enforce' ? 'ENFORCE' : 'SHADOW';
  box.title = mode === 'enforce'
    ? 'Enforce: decisions are applied at the gateway (throttle, challenge, block).'
    : 'Shadow: decisions are computed and logged, but nobody is throttled or blocked.';
  const sw = document.getElementById('mode-switch');
  sw.textContent = mode === 'enforce' ? 'Switch to shadow' : 'Switch to enforce';
  const banner = document.getElementById('mode-banner');
  banner.hidden = false;
  banner.dataset.mode = mode;
  replace(banner, mode === 'enforce'
    ? [h('strong', null, 'Enforce mode.'), ' Decisions are applied at the gateway: flagged accounts are throttled, challenged or blocked.']
    : [h('strong', null, 'Shadow mode.'), ' Decisions are computed and logged only; no customer is throttled or blocked.']);
}

async function switchMode() {
  const next = session.mode === 'enforce' ? 'shadow' : 'enforce';
  const ok = await confirm(
    next === 'enforce' ? 'Switch to enforce mode?' : 'Switch back to shadow mode?',
    next === 'enforce'
      ? 'From now on the gateway applies decisions: accounts in detected campaigns will be throttled, challenged or blocked. The switch is recorded in the audit trail with your name.'
      : 'The gateway will stop applying decisions and only log them. The switch is recorded in the audit trail with your name.',
    next === 'enforce' ? 'Enforce' : 'Switch to shadow',
    next === 'enforce' ? 'danger' : 'primary');
  if (!ok) return;
  try {
    const res = await api.setPolicy(next);
    setMode(res.mode);
    route();
  } catch (e) {
    if (e instanceof SignedOut) showLogin();
    else alertText(`The mode was not changed: ${e.message}`);
  }
}

// ---- the one confirm dialog ----

let pending = null;

/** Asks a yes/no question in a modal dialog; resolves true only on the confirm button. */
function confirm(title, text, okLabel = 'Confirm', tone = 'primary') {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-title').textContent = title;
  document.getElementById('confirm-text').textContent = text;
  const ok = document.getElementById('confirm-ok');
  ok.textContent = okLabel;
  ok.className = `btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => { pending = resolve; });
}

function alertText(text) {
  const note = h('div', { class: 'toast', role: 'alert' }, text);
  document.body.appendChild(note);
  setTimeout(() => note.remove(), 6000);
}

function init() {
  const dialog = document.getElementById('confirm-dialog');
  dialog.addEventListener('close', () => {
    if (pending) {
      const resolve = pending;
      pending = null;
      resolve(dialog.returnValue === 'ok');
    }
  });
  document.getElementById('mode-switch').addEventListener('click', switchMode);
  document.getElementById('logout').addEventListener('click', logout);
  const navigate = () => signInFromLink().finally(route);
  window.addEventListener('hashchange', navigate);
  navigate();
}

// `hydraguard demo` prints a link ending in #token=...: the fragment never reaches the server or its
// logs; it is exchanged for a session at once and removed from the address bar and history.
async function signInFromLink() {
  if (!location.hash.startsWith('#token=')) return;
  const token = safeDecode(location.hash.slice('#token='.length));
  history.replaceState(null, '', `${location.pathname}#/queue`);
  try {
    session.user = await api.login(token);
    showChrome();
    await refreshMode();
  } catch (_) {
    session.user = null; // the sign-in form follows and explains
  }
}

init();
