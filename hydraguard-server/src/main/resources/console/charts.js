// Charts (Chart.js) and the link graph (cytoscape.js), both loaded from WebJars as globals.
// Both draw on canvas, so labels taken from the data are never parsed as HTML.
import { h, shortTime, capabilityName, compact } from './dom.js';

const INK = '#1f2733';
const MUTED = '#6b7482';
const GRID = '#eceef2';
const ACCENT = '#2f5bd3';
const ACCENT_SOFT = 'rgba(47, 91, 211, 0.22)';
const SECOND = '#d9480f';

function chartLib() {
  return window.Chart || null;
}

function missing(what) {
  return h('p', { class: 'muted' }, `${what} could not be drawn: the chart library did not load.`);
}

function baseOptions() {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: 'top', align: 'end', labels: { boxWidth: 12, boxHeight: 12, color: INK, font: { size: 12 } } },
      tooltip: { mode: 'index', intersect: false },
    },
  };
}

/** Exchanges per hour (bars, left axis) and active accounts per hour (line, right axis). */
export function timelineChart(timeline, session) {
  const box = h('div', { class: 'chart-box chart-tall' });
  const Chart = chartLib();
  if (!Chart) return missing('The timeline');
  if (!timeline.length) return h('p', { class: 'empty' }, 'No activity recorded for these accounts.');
  const canvas = h('canvas', { id: 'timeline-chart', 'aria-label': 'Exchanges and active accounts per hour', role: 'img' });
  box.appendChild(canvas);
  const chart = new Chart(canvas, {
    data: {
      labels: timeline.map((t) => shortTime(t.hour)),
      datasets: [
        {
          type: 'bar', label: 'Exchanges per hour', data: timeline.map((t) => t.exchanges), yAxisID: 'y',
          backgroundColor: ACCENT_SOFT, borderColor: ACCENT, borderWidth: 0, barPercentage: 1, categoryPercentage: 0.9, order: 2,
        },
        {
          type: 'line', label: 'Active accounts', data: timeline.map((t) => t.accounts), yAxisID: 'y1',
          borderColor: SECOND, backgroundColor: SECOND, borderWidth: 2, pointRadius: 0, tension: 0.25, order: 1,
        },
      ],
    },
    options: {
      ...baseOptions(),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { color: MUTED, maxRotation: 0, autoSkip: true, maxTicksLimit: 10 } },
        y: {
          position: 'left', beginAtZero: true, grid: { color: GRID },
          ticks: { color: MUTED, callback: (v) => compact(v) },
          title: { display: true, text: 'exchanges', color: MUTED },
        },
        y1: {
          position: 'right', beginAtZero: true, grid: { display: false },
          ticks: { color: SECOND, precision: 0 },
          title: { display: true, text: 'accounts', color: SECOND },
        },
      },
    },
  });
  session.onLeave(() => chart.destroy());
  return box;
}

const CAPABILITY_COLOURS = ['#2f5bd3', '#5b7fe0', '#889fe9', '#b3c1f1', '#d5dcf6'];

/** Share of the campaign's exchanges per capability area, largest first. */
export function capabilityChart(capabilities, session) {
  const entries = Object.entries(capabilities || {}).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return h('p', { class: 'empty' }, 'No capability mix recorded.');
  const Chart = chartLib();
  if (!Chart) return missing('The capability mix');
  const box = h('div', { class: 'chart-box', dataset: { bars: String(entries.length) } });
  box.style.height = `${Math.max(120, 44 * entries.length + 40)}px`;
  const canvas = h('canvas', { id: 'capability-chart', 'aria-label': 'Capability mix', role: 'img' });
  box.appendChild(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: entries.map(([k]) => capabilityName(k)),
      datasets: [{
        label: 'Share of exchanges', data: entries.map(([, v]) => Math.round(v * 1000) / 10),
        backgroundColor: entries.map((_, i) => CAPABILITY_COLOURS[Math.min(i, CAPABILITY_COLOURS.length - 1)]),
        borderRadius: 3, barPercentage: 0.75,
      }],
    },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => `${ctx.parsed.x}% of exchanges` } },
      },
      scales: {
        x: { min: 0, max: 100, grid: { color: GRID }, ticks: { color: MUTED, callback: (v) => `${v}%` } },
        y: { grid: { display: false }, ticks: { color: INK, font: { size: 13 } } },
      },
    },
  });
  session.onLeave(() => chart.destroy());
  return box;
}

const KIND_LABEL = {
  account: 'Account',
  payment: 'Payment instrument',
  email_domain: 'E-mail domain',
  ip: 'IP / network',
  client: 'Client fingerprint',
  signup: 'Sign-up IP',
  skeleton: 'Prompt template',
};

const KIND_COLOUR = {
  payment: '#7048e8',
  email_domain: '#1c7ed6',
  ip: '#0c8599',
  client: '#5c940d',
  signup: '#e67700',
  skeleton: '#495057',
};

const ACTION_COLOUR = {
  block: '#c92a2a',
  challenge: '#e8590c',
  throttle: '#f08c00',
  monitor: '#4c6ef5',
  allow: '#2f9e44',
};

/**
 * Accounts and the attribute values at least two of them share. Returns the container; the graph is
 * laid out once the container is in the document. The container's data-nodes / data-edges attributes
 * tell how much was drawn (used by the browser tests and handy when debugging).
 */
export function linkGraph(graph, session, onAccount) {
  const nodes = Array.isArray(graph && graph.nodes) ? graph.nodes : [];
  const edges = Array.isArray(graph && graph.edges) ? graph.edges : [];
  if (!nodes.length) return h('p', { class: 'empty' }, 'No shared attributes between these accounts.');
  if (!window.cytoscape) return missing('The link graph');
  const container = h('div', { class: 'graph', id: 'link-graph' });
  const kinds = [...new Set(nodes.map((n) => n.kind))].filter((k) => k !== 'account');
  const legend = h('div', { class: 'legend' },
    h('span', { class: 'legend-title' }, 'Accounts by decision:'),
    ['block', 'challenge', 'throttle', 'monitor'].map((a) => legendItem(ACTION_COLOUR[a], a, 'dot')),
    legendItem('#adb5bd', 'none', 'dot'),
    h('span', { class: 'legend-sep' }),
    h('span', { class: 'legend-title' }, 'Shared values:'),
    kinds.map((k) => legendItem(KIND_COLOUR[k] || '#868e96', KIND_LABEL[k] || k, 'square')));
  const wrap = h('div', { class: 'graph-wrap' }, h('div', { class: 'graph-main' }, container, legend));

  const ids = new Set(nodes.map((n) => String(n.id)));
  const kept = edges.filter((e) => ids.has(String(e.source)) && ids.has(String(e.target)));
  const degree = new Map();
  for (const e of kept) {
    for (const end of [String(e.source), String(e.target)]) degree.set(end, (degree.get(end) || 0) + 1);
  }
  // start from fixed positions (values on an inner ring, accounts on an outer one) so the same data
  // always gives the same picture; the force layout then pulls linked nodes together
  const values = nodes.filter((n) => n.kind !== 'account');
  const accounts = nodes.filter((n) => n.kind === 'account');
  wrap.appendChild(sharedList(values, degree));

  // ellipses as wide as the container, so that the settled graph fills the panel rather than a square in it
  const start = new Map();
  const ring = (list, radius, aspect) => list.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, list.length);
    start.set(String(n.id), { x: radius * aspect * Math.cos(a), y: radius * Math.sin(a) });
  });
  const elements = [
    ...nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: String(n.id),
        label: truncate(String(n.label ?? n.id), 22),
        kind: String(n.kind),
        colour: n.kind === 'account' ? (ACTION_COLOUR[n.action] || '#adb5bd') : (KIND_COLOUR[n.kind] || '#868e96'),
        account: n.kind === 'account' ? String(n.label ?? n.id) : null,
        size: n.kind === 'account' ? 14 : 14 + Math.round(1.5 * Math.min(12, degree.get(String(n.id)) || 0)),
      },
    })),
    ...kept.map((e, i) => ({
      group: 'edges', data: { id: `e${i}`, source: String(e.source), target: String(e.target) },
    })),
  ];

  // cytoscape measures its container, so it starts once the container is attached and sized.
  requestAnimationFrame(() => {
    if (!container.isConnected) return;
    const aspect = Math.max(1, Math.min(3, container.clientWidth / Math.max(1, container.clientHeight)));
    ring(values, 120, aspect);
    ring(accounts, 300, aspect);
    elements.forEach((el) => { if (el.group === 'nodes') el.position = { ...start.get(el.data.id) }; });
    const cy = window.cytoscape({
      container,
      elements,
      wheelSensitivity: 0.2,
      minZoom: 0.3,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, color: '#495057',
            'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fbfcfd', 'text-outline-width': 2,
            width: 'data(size)', height: 'data(size)', 'border-width': 1.5, 'border-color': '#fff',
          },
        },
        {
          selector: 'node[kind != "account"]',
          style: { shape: 'round-rectangle', 'font-size': 11, 'font-weight': 600, color: '#212529' },
        },
        { selector: 'edge', style: { width: 1, 'line-color': '#c5ccd6', 'curve-style': 'haystack', opacity: 0.55 } },
        { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#212529' } },
      ],
      // force-directed: accounts that share many values pull together, so separate operators show as separate clumps
      layout: {
        name: 'cose', animate: false, randomize: false, padding: 24, componentSpacing: 60, nodeOverlap: 20,
        nodeRepulsion: () => 120000, idealEdgeLength: () => 70, edgeElasticity: () => 100, gravity: 40,
        numIter: 1500, initialTemp: 200, coolingFactor: 0.95, minTemp: 1.0,
      },
    });
    cy.on('tap', 'node[kind = "account"]', (ev) => onAccount(ev.target.data('account')));
    // keep the whole graph in view while the page around it settles, until the analyst pans or zooms
    let touched = false;
    cy.on('tapstart scrollzoom', () => { touched = true; });
    const resized = new ResizeObserver(() => {
      cy.resize();
      if (!touched) cy.fit(undefined, 24);
    });
    resized.observe(container);
    session.onLeave(() => resized.disconnect());
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    container.dataset.ready = 'true';
    session.onLeave(() => cy.destroy());
  });
  return wrap;
}

/** The values shared by the most accounts, as a list a person can read without the picture. */
function sharedList(values, degree) {
  const top = [...values].sort((a, b) => (degree.get(String(b.id)) || 0) - (degree.get(String(a.id)) || 0)).slice(0, 12);
  return h('div', { class: 'shared' },
    h('h3', { class: 'sub-head' }, 'Most shared values'),
    h('ol', { class: 'shared-list', id: 'shared-values' }, top.map((n) => {
      const swatch = h('span', { class: 'swatch swatch-square' });
      swatch.style.backgroundColor = KIND_COLOUR[n.kind] || '#868e96';
      const count = degree.get(String(n.id)) || 0;
      return h('li', null,
        h('div', { class: 'shared-kind' }, swatch, KIND_LABEL[n.kind] || String(n.kind)),
        h('div', { class: 'shared-row' },
          h('span', { class: 'mono shared-value', title: String(n.label ?? n.id) }, String(n.label ?? n.id)),
          h('span', { class: 'shared-count' }, `${count} account${count === 1 ? '' : 's'}`)));
    })));
}

function legendItem(colour, label, shape) {
  const swatch = h('span', { class: `swatch swatch-${shape}` });
  swatch.style.backgroundColor = colour;
  return h('span', { class: 'legend-item' }, swatch, label);
}

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
