// The campaign queue: every detected campaign, riskiest first (the server orders them).
import { api } from './api.js';
import { h, replace, num, time, duration, scoreBar, capabilityName, casePill, routeHref, pct, empty } from './dom.js';

export async function renderQueue(view, session, stale) {
  document.title = 'Campaign queue · Hydraguard';
  const data = await api.campaigns(100);
  if (stale()) return;
  if (data.mode) session.setMode(data.mode);
  const campaigns = Array.isArray(data.campaigns) ? data.campaigns : [];
  const open = campaigns.filter((c) => !c.case || c.case.status === 'open').length;
  const accounts = campaigns.reduce((sum, c) => sum + (c.account_count || 0), 0);
  const exchanges = campaigns.reduce((sum, c) => sum + (c.exchanges || 0), 0);

  replace(view,
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', null, 'Campaign queue'),
        h('p', { class: 'page-sub' }, 'Detected campaigns, highest risk first. Open one to review the evidence and decide the case.')),
      h('div', { class: 'stat-strip' },
        stat('Campaigns', num(campaigns.length)),
        stat('Awaiting review', num(open)),
        stat('Accounts involved', num(accounts)),
        stat('Exchanges', num(exchanges)))),
    campaigns.length === 0
      ? h('section', { class: 'card' }, empty('No campaigns detected yet. They appear here as the engine finds them.'))
      : h('section', { class: 'card card-flush' }, table(campaigns)));
}

function stat(label, value) {
  return h('div', { class: 'stat' }, h('span', { class: 'stat-value' }, value), h('span', { class: 'stat-label' }, label));
}

function table(campaigns) {
  return h('table', { class: 'table queue-table', id: 'queue-table' },
    h('thead', null, h('tr', null,
      h('th', { class: 'col-risk' }, 'Risk'),
      h('th', null, 'Campaign'),
      h('th', { class: 'num' }, 'Accounts'),
      h('th', { class: 'num' }, 'Exchanges'),
      h('th', null, 'First seen'),
      h('th', null, 'Last seen'),
      h('th', null, 'Top capability'),
      h('th', null, 'Actor'),
      h('th', null, 'Case'))),
    h('tbody', null, campaigns.map(row)));
}

function row(c) {
  const href = routeHref('campaign', c.campaign_id);
  const go = () => { location.hash = href; };
  return h('tr', {
    class: 'row-link', tabindex: '0', dataset: { campaignId: String(c.campaign_id) },
    onclick: (ev) => { if (!ev.target.closest('a')) go(); },
    onkeydown: (ev) => { if (ev.key === 'Enter') go(); },
  },
  h('td', { class: 'col-risk' }, scoreBar(c.score)),
  h('td', null, h('a', { href, class: 'mono strong' }, String(c.campaign_id))),
  h('td', { class: 'num' }, num(c.account_count)),
  h('td', { class: 'num' }, num(c.exchanges)),
  h('td', null, time(c.first_seen)),
  h('td', null, time(c.last_seen), h('div', { class: 'muted small' }, activeFor(c))),
  h('td', null, capabilityName(c.top_capability)),
  h('td', null, c.actor
    ? [h('span', { class: 'actor' }, String(c.actor)),
      c.attribution_confidence === null || c.attribution_confidence === undefined
        ? null : h('div', { class: 'muted small' }, `${pct(c.attribution_confidence)} confidence`)]
    : h('span', { class: 'muted' }, 'unattributed')),
  h('td', null, casePill(c.case ? c.case.status : null)));
}

function activeFor(c) {
  const d = duration(c.first_seen, c.last_seen);
  return d ? `active ${d}` : '';
}
