// The campaign page: what the campaign is, why we think so, and the case an analyst decides.
import { api, SignedOut } from './api.js';
import {
  h, replace, num, compact, time, duration, scoreBar, casePill, card, routeHref, pct, signalName,
  promptBlock, empty, actionPill, humanize, moreList,
} from './dom.js';
import { timelineChart, capabilityChart, linkGraph } from './charts.js';

const MEMBERS_SHOWN = 120;

export async function renderCampaign(view, id, session, stale) {
  const detail = await api.campaign(id);
  if (stale()) return;
  const c = detail.campaign;
  document.title = `${c.campaign_id} · Hydraguard`;
  const actions = accountActions(detail.graph);

  const caseSlot = h('div', { id: 'case-slot' });
  const auditSlot = h('div', { id: 'audit-slot' });
  const statusSlot = h('span', { id: 'header-case' });
  const refresh = async (caseObject) => {
    replace(statusSlot, casePill(caseObject ? caseObject.status : null));
    replace(caseSlot, casePanel(c.campaign_id, caseObject, session, refresh));
    try {
      const fresh = await api.campaign(c.campaign_id);
      replace(auditSlot, auditTable(fresh.audit));
    } catch (e) {
      if (!(e instanceof SignedOut)) replace(auditSlot, h('p', { class: 'error-text' }, e.message));
    }
  };
  replace(statusSlot, casePill(detail.case ? detail.case.status : null));
  replace(caseSlot, casePanel(c.campaign_id, detail.case, session, refresh));
  replace(auditSlot, auditTable(detail.audit));

  const samples = Array.isArray(detail.samples) ? detail.samples : [];
  const sampleIds = new Map();
  const sampleCards = samples.map((s) => {
    const el = sampleCard(s);
    sampleIds.set(String(s.exchange_id), el);
    return el;
  });

  replace(view,
    h('nav', { class: 'crumbs' }, h('a', { href: '#/queue' }, 'Campaign queue'), h('span', { class: 'crumb-sep' }, '/'),
      h('span', null, 'Campaign')),
    h('div', { class: 'page-head' },
      h('div', null,
        h('h1', { class: 'title-row' }, h('span', { class: 'mono', id: 'campaign-id' }, String(c.campaign_id)), statusSlot),
        h('p', { class: 'page-sub' }, attributionLine(c.attribution)),
        detail.merged_from
          ? h('p', { class: 'page-sub', id: 'merged-from' },
            `You followed ${detail.merged_from}, which has since been merged into this campaign.`)
          : null),
      h('div', { class: 'head-actions' },
        h('a', { class: 'btn', id: 'export-html', href: api.exportUrl(c.campaign_id, 'html'), download: `${c.campaign_id}.html` }, 'Export HTML report'),
        h('a', { class: 'btn', id: 'export-stix', href: api.exportUrl(c.campaign_id, 'stix'), download: `${c.campaign_id}.stix.json` }, 'Export STIX 2.1'))),
    kpis(c),
    h('div', { class: 'layout' },
      h('div', { class: 'main-col' },
        card('Activity', { subtitle: 'Exchanges and active accounts per hour (UTC)', id: 'timeline' },
          timelineChart(Array.isArray(detail.timeline) ? detail.timeline : [], session)),
        card('Evidence', { subtitle: 'Why these accounts are one campaign. Weights add up to the risk score.', id: 'evidence' },
          evidenceTable(c.evidence, sampleIds)),
        card('How the accounts are linked', {
          subtitle: 'Accounts (circles) joined to the values at least two of them share (squares). Click an account to open it.',
          id: 'graph',
        }, linkGraph(detail.graph, session, (account) => { location.hash = routeHref('account', account); })),
        card('Sample prompts', {
          subtitle: 'Prompts as the attacker wrote them (shown as plain text). From the evidence examples, then recent traffic.',
          id: 'samples',
        }, sampleCards.length ? moreList(sampleCards, 4, 'sample-list', 'prompts') : empty('No prompts recorded for this campaign.'))),
      h('aside', { class: 'side-col' },
        card('Case', { id: 'case' }, caseSlot),
        card('Capability mix', { subtitle: 'Share of exchanges per targeted capability', id: 'capabilities' },
          capabilityChart(c.capabilities, session)),
        card('Member accounts', {
          subtitle: c.accounts.length > MEMBERS_SHOWN ? `First ${MEMBERS_SHOWN} of ${num(c.accounts.length)}` : `${num(c.accounts.length)} accounts`,
          id: 'members',
        }, memberList(c.accounts, actions)),
        card('Audit trail', { subtitle: 'Every action on this campaign, newest first', id: 'audit' }, auditSlot))));
}

function attributionLine(attribution) {
  if (!attribution) return 'Not attributed to a known actor.';
  return [
    'Attributed to ', h('strong', { id: 'actor' }, String(attribution.actor)),
    ` with ${pct(attribution.confidence)} confidence.`,
  ];
}

function kpis(c) {
  const kpi = (label, value, sub, attrs) => h('div', { class: 'kpi', ...(attrs || {}) },
    h('span', { class: 'kpi-label' }, label), h('span', { class: 'kpi-value' }, value), sub ? h('span', { class: 'kpi-sub' }, sub) : null);
  return h('div', { class: 'kpis', id: 'kpis' },
    kpi('Risk score', scoreBar(c.score), null, { class: 'kpi kpi-risk' }),
    kpi('Accounts', num(c.account_count), null, { dataset: { kpi: 'accounts' } }),
    kpi('Exchanges', num(c.exchanges), null, { dataset: { kpi: 'exchanges' } }),
    kpi('Input tokens', compact(c.input_tokens), num(c.input_tokens), { dataset: { kpi: 'input_tokens' } }),
    kpi('Output tokens', compact(c.output_tokens), num(c.output_tokens), { dataset: { kpi: 'output_tokens' } }),
    kpi('First seen', day(c.first_seen), clock(c.first_seen), { dataset: { kpi: 'first_seen' } }),
    kpi('Last seen', day(c.last_seen), clock(c.last_seen), { dataset: { kpi: 'last_seen' } }),
    kpi('Active for', duration(c.first_seen, c.last_seen) || '–', null, { dataset: { kpi: 'duration' } }));
}

/** "2026-04-22" of a time, and "06:00 UTC": the KPI tiles are too narrow for both on one line. */
function day(iso) {
  return time(iso).slice(0, 10);
}

function clock(iso) {
  return time(iso).slice(11);
}

function evidenceTable(evidence, sampleIds) {
  const list = Array.isArray(evidence) ? evidence : [];
  if (!list.length) return empty('No evidence recorded.');
  const max = Math.max(0.0001, ...list.map((e) => Number(e.weight) || 0));
  return h('table', { class: 'table evidence-table', id: 'evidence-list' },
    h('thead', null, h('tr', null, h('th', null, 'Signal'), h('th', { class: 'col-weight' }, 'Weight'),
      h('th', null, 'What was seen'), h('th', null, 'Example exchanges'))),
    h('tbody', null, list.map((e) => {
      const bar = h('span', { class: 'weight-fill' });
      bar.style.width = `${Math.round(((Number(e.weight) || 0) / max) * 100)}%`;
      return h('tr', { dataset: { signal: String(e.signal) } },
        h('td', null, h('div', { class: 'strong' }, signalName(e.signal)), h('div', { class: 'mono muted small' }, String(e.signal))),
        h('td', { class: 'col-weight' },
          Number(e.weight) > 0
            ? h('span', { class: 'weight' }, h('span', { class: 'weight-track' }, bar), h('span', null, Number(e.weight).toFixed(2)))
            : h('span', { class: 'muted small', title: 'context for the analyst; not part of the score' }, 'context')),
        h('td', { class: 'detail' }, String(e.detail)),
        h('td', null, exampleChips(e.examples, sampleIds)));
    })));
}

function exampleChips(examples, sampleIds) {
  const list = Array.isArray(examples) ? examples : [];
  if (!list.length) return h('span', { class: 'muted' }, '–');
  return h('div', { class: 'chips' }, list.slice(0, 6).map((id) => {
    const target = sampleIds.get(String(id));
    if (!target) return h('span', { class: 'chip mono', title: 'exchange id' }, String(id));
    return h('button', {
      type: 'button', class: 'chip chip-link mono', title: 'show this prompt below',
      onclick: () => {
        const list = target.closest('.more-list');
        if (list && list.classList.contains('collapsed') && target.classList.contains('more-item')) {
          list.nextElementSibling.click();
        }
        target.scrollIntoView({ behavior: 'smooth', block: 'center' });
        target.classList.remove('flash');
        void target.offsetWidth; // restart the highlight animation
        target.classList.add('flash');
      },
    }, String(id));
  }), list.length > 6 ? h('span', { class: 'muted small' }, `+${list.length - 6} more`) : null);
}

function sampleCard(s) {
  return h('article', { class: 'sample', dataset: { exchangeId: String(s.exchange_id) } },
    h('header', { class: 'sample-head' },
      h('span', { class: 'mono strong' }, String(s.exchange_id)),
      h('a', { class: 'mono', href: routeHref('account', s.account_id) }, String(s.account_id)),
      s.model ? h('span', { class: 'tag' }, String(s.model)) : null,
      h('span', { class: 'muted' }, time(s.ts))),
    s.system ? h('details', { class: 'system' }, h('summary', null, 'System prompt'), promptBlock(s.system)) : null,
    promptBlock(s.prompt));
}

function memberList(accounts, actions) {
  if (!accounts.length) return empty('No member accounts.');
  return h('ul', { class: 'members', id: 'member-list' }, accounts.slice(0, MEMBERS_SHOWN).map((a) => {
    const action = actions.get(String(a));
    return h('li', null,
      h('a', { class: 'mono', href: routeHref('account', a) }, String(a)),
      action ? actionPill(action) : null);
  }));
}

/** Account id -> the action the graph reports for it (the graph carries the current decisions). */
function accountActions(graph) {
  const out = new Map();
  for (const n of (graph && Array.isArray(graph.nodes) ? graph.nodes : [])) {
    if (n.kind === 'account' && n.action) out.set(String(n.label ?? n.id), n.action);
  }
  return out;
}

function casePanel(campaignId, theCase, session, refresh) {
  const status = theCase ? theCase.status : null;
  const closed = status === 'confirmed' || status === 'dismissed';
  const note = h('textarea', { id: 'case-note', rows: '3', maxlength: '4000', placeholder: 'What you checked, what you decided and why…' });
  const error = h('p', { class: 'error-text', role: 'alert' });
  error.hidden = true;
  const buttons = [];
  const act = async (action) => {
    const text = note.value.trim();
    if (action === 'note' && !text) {
      error.textContent = 'Write a note first.';
      error.hidden = false;
      note.focus();
      return;
    }
    if (action === 'confirm' || action === 'dismiss') {
      const ok = await session.confirm(
        action === 'confirm' ? 'Confirm this campaign?' : 'Dismiss this campaign?',
        action === 'confirm'
          ? 'You confirm that these accounts run a distillation campaign. Your name, the time and your note go into the audit trail.'
          : 'You judge this a false alarm. Your name, the time and your note go into the audit trail.',
        action === 'confirm' ? 'Confirm campaign' : 'Dismiss campaign',
        action === 'confirm' ? 'danger' : 'primary');
      if (!ok) return;
    }
    buttons.forEach((b) => { b.disabled = true; });
    error.hidden = true;
    try {
      const updated = await api.caseAction(campaignId, action, text || undefined);
      await refresh(updated);
    } catch (e) {
      if (e instanceof SignedOut) { location.reload(); return; }
      error.textContent = e.message;
      error.hidden = false;
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  // a decided case is final (the service refuses to flip it); notes can still be added
  const confirmBtn = h('button', { type: 'button', class: 'btn btn-danger', id: 'case-confirm', onclick: () => act('confirm') },
    'Confirm campaign');
  const dismissBtn = h('button', { type: 'button', class: 'btn', id: 'case-dismiss', onclick: () => act('dismiss') }, 'Dismiss');
  const noteBtn = h('button', { type: 'button', class: closed ? 'btn btn-primary' : 'btn btn-ghost', id: 'case-add-note',
    onclick: () => act('note') }, 'Add note');
  buttons.push(confirmBtn, dismissBtn, noteBtn);
  confirmBtn.hidden = closed;
  dismissBtn.hidden = closed;

  const notes = theCase && Array.isArray(theCase.notes) ? theCase.notes : [];
  return h('div', { class: `case-panel case-panel-${status || 'none'}` },
    h('div', { class: 'case-status' }, h('span', { id: 'case-status' }, casePill(status)),
      theCase ? h('span', { class: 'muted small' }, `Case #${theCase.case_id}`) : null),
    theCase
      ? h('dl', { class: 'facts facts-tight' },
        h('dt', null, 'Opened'), h('dd', null, `${theCase.opened_by ?? '–'} · ${time(theCase.opened_at)}`),
        closed ? [h('dt', null, humanize(status)), h('dd', { id: 'case-closed' }, `${theCase.closed_by ?? '–'} · ${time(theCase.closed_at)}`)] : null)
      : h('p', { class: 'muted small' }, 'No case yet. Confirming, dismissing or adding a note opens one.'),
    h('label', { for: 'case-note', class: 'field-label' }, 'Note'),
    note,
    error,
    h('div', { class: 'case-actions' }, confirmBtn, dismissBtn, noteBtn),
    h('h3', { class: 'sub-head' }, `Notes (${notes.length})`),
    notes.length
      ? h('ol', { class: 'notes', id: 'case-notes' }, notes.map((n) => h('li', { class: 'note' },
        h('div', { class: 'note-head' }, h('span', { class: 'strong note-author' }, String(n.author)), h('span', { class: 'muted small' }, time(n.at))),
        h('p', { class: 'note-text' }, String(n.text)))))
      : h('p', { class: 'muted small', id: 'case-notes-empty' }, 'No notes yet.'));
}

const AUDIT_LABEL = {
  'case.open': 'Opened case',
  'case.confirm': 'Confirmed',
  'case.dismiss': 'Dismissed',
  'case.note': 'Added note',
  'policy.mode': 'Switched policy',
};
const AUDIT_TONE = { 'case.confirm': 'danger', 'case.dismiss': 'plain', 'case.open': 'accent', 'case.note': 'plain' };

function auditLabel(action) {
  return AUDIT_LABEL[action] || humanize(String(action).replace(/\./g, ' '));
}

function auditTable(audit) {
  const list = Array.isArray(audit) ? audit : [];
  if (!list.length) return empty('Nothing recorded yet.');
  return h('ol', { class: 'audit', id: 'audit-list' }, list.map((a) => h('li', { class: 'audit-item' },
    h('div', { class: 'audit-head' }, h('span', { class: 'strong' }, String(a.actor)),
      h('span', { class: `tag tag-${AUDIT_TONE[a.action] || 'plain'}` }, auditLabel(a.action))),
    a.detail ? h('div', { class: 'audit-detail' }, String(a.detail)) : null,
    h('div', { class: 'muted small' }, time(a.at)))));
}
