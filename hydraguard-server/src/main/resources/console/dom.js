// DOM building and formatting for the console.
//
// Everything the server sends may carry attacker text (prompts, ids, display names, notes), so this
// module is the only place that creates nodes, and it only ever sets text through text nodes and
// attributes through setAttribute: no markup is ever parsed from data (ConsoleAssetsTest checks).

/**
 * Creates an element. `attrs` keys: `class`, `text`, `on<event>` (a function), `dataset` (an object),
 * anything else is set as an attribute (null and false values are skipped). Children may be nodes,
 * strings (added as text), numbers, null/undefined (skipped) or arrays of those.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A hash link to a console route; the id is URI-encoded so no id can break out of the route. */
export function routeHref(kind, id) {
  return `#/${kind}/${encodeURIComponent(id)}`;
}

const NUMBER = new Intl.NumberFormat('en-US');
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function num(n) {
  return n === null || n === undefined ? '–' : NUMBER.format(n);
}

/** 61,234,000 -> "61.2M", with the full number kept for a tooltip. */
export function compact(n) {
  return n === null || n === undefined ? '–' : COMPACT.format(n);
}

export function pct(share) {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`;
}

/** Times are shown in UTC, as investigators compare them with logs: "2026-04-22 06:00 UTC". */
export function time(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function shortTime(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${month} ${d.getUTCDate()} ${d.toISOString().slice(11, 16)}`;
}

/** "1d 23h", "5h 10m": how long something lasted. */
export function duration(fromIso, toIso) {
  const ms = new Date(toIso) - new Date(fromIso);
  if (!Number.isFinite(ms) || ms < 0) return '';
  const minutes = Math.round(ms / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  return `${hours}h ${minutes % 60}m`;
}

/** Risk band of a 0-1 score, for colour: the same bands everywhere in the console. */
export function riskBand(score) {
  if (score >= 0.8) return 'critical';
  if (score >= 0.6) return 'high';
  if (score >= 0.4) return 'medium';
  return 'low';
}

export function scoreBar(score) {
  const value = Math.max(0, Math.min(1, Number(score) || 0));
  const fill = h('span', { class: 'score-fill' });
  fill.style.width = `${(value * 100).toFixed(1)}%`; // CSSOM, not a style attribute: fine under any CSP
  return h('span', { class: `score score-${riskBand(value)}`, title: `risk score ${value.toFixed(3)}` },
    h('span', { class: 'score-track' }, fill),
    h('span', { class: 'score-value' }, value.toFixed(2)));
}

const CAPABILITIES = {
  software_engineering: 'Software engineering',
  agentic: 'Agentic reasoning',
  long_horizon: 'Long-horizon tasks',
  math_reasoning: 'Math reasoning',
  other: 'Other',
};

export function capabilityName(code) {
  if (!code) return '–';
  return CAPABILITIES[code] || humanize(code);
}

const SIGNALS = {
  skeleton_cohort: 'Shared prompt template',
  shared_card_cohort: 'Shared payment card',
  purpose: 'Distillation purpose',
  coordination: 'Coordinated accounts',
  account_youth: 'Young accounts',
  signup_wave: 'Sign-up waves',
  even_load: 'Evenly spread load',
  proxy_ip_churn: 'Proxies and rotating IPs',
  client_churn: 'Changing client fingerprints',
  shared_rare_values: 'Shared rare attributes',
  synchrony: 'Synchronised activity',
  gated_signup: 'Gated sign-up paths',
  regular_timing: 'Machine-regular timing',
  rotated_templates: 'Rotated templates',
  shared_cards: 'Cards behind the accounts',
  operator_split: 'One of several operators',
  indicator_match: 'Threat-intel indicator match',
};

export function signalName(code) {
  return SIGNALS[code] || humanize(code);
}

export function humanize(code) {
  const s = String(code ?? '').replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ACTIONS = ['allow', 'monitor', 'throttle', 'challenge', 'block'];

/** A coloured pill for an enforcement action; unknown values are shown as plain text. */
export function actionPill(action) {
  if (!action) return h('span', { class: 'pill pill-none' }, 'no decision');
  const known = ACTIONS.includes(action) ? action : 'none';
  return h('span', { class: `pill pill-${known}` }, String(action));
}

const CASE_LABEL = { open: 'Open', confirmed: 'Confirmed', dismissed: 'Dismissed' };

export function casePill(status) {
  if (!status) return h('span', { class: 'pill pill-none' }, 'No case');
  const known = CASE_LABEL[status] ? status : 'none';
  return h('span', { class: `pill case-${known}`, dataset: { status: String(status) } }, CASE_LABEL[status] || String(status));
}

/** A titled card section. */
export function card(title, attrs, ...children) {
  const { subtitle, actions, ...rest } = attrs || {};
  return h('section', { ...rest, class: `card ${rest.class || ''}`.trim() },
    h('header', { class: 'card-head' },
      h('div', null, h('h2', null, title), subtitle ? h('p', { class: 'card-sub' }, subtitle) : null),
      actions ? h('div', { class: 'card-actions' }, actions) : null),
    h('div', { class: 'card-body' }, children));
}

/** An attacker-written text block: pre-wrapped, escaped by construction (a text node). */
export function promptBlock(text, attrs) {
  if (text === null || text === undefined) {
    return h('p', { class: 'muted prompt-missing' }, 'Prompt not recorded (privacy mode or not sent by the producer).');
  }
  return h('pre', { ...(attrs || {}), class: 'prompt' }, String(text));
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** The first `shown` of `items`, and a button that shows the rest (the button follows the list). */
export function moreList(items, shown, id, noun) {
  const rest = items.slice(shown);
  rest.forEach((el) => { el.classList.add('more-item'); });
  const list = h('div', { class: 'more-list collapsed', id }, items);
  if (!rest.length) return list;
  const label = () => (list.classList.contains('collapsed') ? `Show ${rest.length} more ${noun}` : `Show fewer ${noun}`);
  const toggle = h('button', {
    type: 'button', class: 'btn btn-ghost btn-small show-more', id: `${id}-toggle`,
    onclick: () => { list.classList.toggle('collapsed'); toggle.textContent = label(); },
  }, label());
  return [list, toggle];
}
