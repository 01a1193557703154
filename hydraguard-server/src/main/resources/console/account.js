// The account page: who holds the account, what the engine decided about it, and what it sent.
import { api } from './api.js';
import { h, replace, time, card, routeHref, actionPill, promptBlock, empty, moreList } from './dom.js';

export async function renderAccount(view, id, session, stale) {
  const data = await api.account(id);
  if (stale()) return;
  document.title = `${id} · Hydraguard`;
  const account = data.account;
  const decisions = Array.isArray(data.decisions) ? data.decisions : [];
  const exchanges = Array.isArray(data.exchanges) ? data.exchanges : [];
  const current = data.decision;

  replace(view,
    h('nav', { class: 'crumbs' },
      h('a', { href: '#/queue' }, 'Campaign queue'), h('span', { class: 'crumb-sep' }, '/'),
      data.campaign_id ? [h('a', { href: routeHref('campaign', data.campaign_id), class: 'mono' }, String(data.campaign_id)),
        h('span', { class: 'crumb-sep' }, '/')] : null,
      h('span', null, 'Account')),
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { class: 'title-row' }, h('span', { class: 'mono', id: 'account-id' }, String(id)), actionPill(current ? current.action : null)),
        h('p', { class: 'page-sub' }, data.campaign_id
          ? ['Member of campaign ', h('a', { class: 'mono', href: routeHref('campaign', data.campaign_id) }, String(data.campaign_id)), '.']
          : 'Not part of a detected campaign.'))),
    h('div', { class: 'layout' },
      h('div', { class: 'main-col' },
        card('Decision history', { subtitle: 'What the engine decided about this account, newest first', id: 'decisions' },
          decisionTable(decisions)),
        card('Recent exchanges', { subtitle: 'The latest requests of this account, newest first; prompts shown as plain text', id: 'exchanges' },
          exchanges.length ? moreList(exchanges.map(exchangeCard), 5, 'exchange-list', 'exchanges')
            : empty('No exchanges recorded for this account.'))),
      h('aside', { class: 'side-col' },
        card('Current decision', { id: 'decision' }, decisionPanel(current)),
        card('Account', { subtitle: 'As reported by the provider', id: 'facts' }, facts(account)))));
}

function facts(a) {
  if (!a) return empty('No account record was received for this id (only its traffic).');
  const row = (label, value) => [h('dt', null, label), h('dd', null, value === null || value === undefined || value === '' ? '–' : value)];
  const programs = Array.isArray(a.programs) && a.programs.length ? a.programs.map(String).join(', ') : null;
  return h('dl', { class: 'facts' },
    row('Display name', a.display_name === null || a.display_name === undefined ? null : String(a.display_name)),
    row('Created', time(a.created_at)),
    row('Organisation', a.org_id ? h('span', { class: 'mono' }, String(a.org_id)) : null),
    row('E-mail domain', a.email_domain ? String(a.email_domain) : null),
    row('Payment fingerprint', a.payment_fp ? h('span', { class: 'mono' }, String(a.payment_fp)) : null),
    row('Sign-up IP', a.signup_ip ? h('span', { class: 'mono' }, String(a.signup_ip)) : null),
    row('Sign-up country', a.signup_country ? String(a.signup_country) : null),
    row('Tier', a.tier ? String(a.tier) : null),
    row('Programs', programs),
    row('Verified', a.verified === true ? 'yes' : a.verified === false ? 'no' : null));
}

function decisionPanel(d) {
  if (!d) return empty('No decision: the engine has not flagged this account.');
  return h('div', { class: 'decision' },
    h('div', { class: 'decision-action' }, actionPill(d.action), h('span', { class: 'muted' }, `score ${Number(d.score).toFixed(2)}`)),
    h('dl', { class: 'facts facts-tight' },
      h('dt', null, 'Decided'), h('dd', null, time(d.decided_at)),
      h('dt', null, 'Expires'), h('dd', null, d.expires_at ? time(d.expires_at) : 'never'),
      d.campaign_id ? [h('dt', null, 'Campaign'), h('dd', null, h('a', { class: 'mono', href: routeHref('campaign', d.campaign_id) }, String(d.campaign_id)))] : null,
      d.end_user_id ? [h('dt', null, 'End user'), h('dd', { class: 'mono' }, String(d.end_user_id))] : null),
    Array.isArray(d.reasons) && d.reasons.length
      ? [h('h3', { class: 'sub-head' }, 'Reasons'), h('ul', { class: 'reasons' }, d.reasons.map((r) => h('li', null, String(r))))]
      : null);
}

function decisionTable(decisions) {
  if (!decisions.length) return empty('No decisions recorded.');
  return h('table', { class: 'table', id: 'decision-table' },
    h('thead', null, h('tr', null, h('th', null, 'Decided'), h('th', null, 'Action'), h('th', { class: 'num' }, 'Score'),
      h('th', null, 'Campaign'), h('th', null, 'Expires'), h('th', null, 'Reasons'))),
    h('tbody', null, decisions.map((d) => h('tr', null,
      h('td', { class: 'nowrap' }, time(d.decided_at)),
      h('td', null, actionPill(d.action), d.end_user_id ? h('div', { class: 'muted small' }, `end user ${d.end_user_id}`) : null),
      h('td', { class: 'num' }, Number(d.score).toFixed(2)),
      h('td', null, d.campaign_id ? h('a', { class: 'mono', href: routeHref('campaign', d.campaign_id) }, String(d.campaign_id)) : '–'),
      h('td', { class: 'nowrap' }, d.expires_at ? time(d.expires_at) : 'never'),
      h('td', { class: 'reasons-cell' }, Array.isArray(d.reasons) ? d.reasons.map(String).join('; ') : '')))));
}

function exchangeCard(s) {
  return h('article', { class: 'sample', dataset: { exchangeId: String(s.exchange_id) } },
    h('header', { class: 'sample-head' },
      h('span', { class: 'mono strong' }, String(s.exchange_id)),
      s.model ? h('span', { class: 'tag' }, String(s.model)) : null,
      h('span', { class: 'muted' }, time(s.ts))),
    s.system ? h('details', { class: 'system' }, h('summary', null, 'System prompt'), promptBlock(s.system)) : null,
    promptBlock(s.prompt));
}
