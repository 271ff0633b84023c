// The office view: scorecard tree with each number's explanation, history across rounds, what-if.

import { bindDownload, getJson, path } from './api.js';
import { bandOf, historyChart, sortBands } from './charts.js';
import { bandLabel, language, number, t, year } from './i18n.js';
import { bandSwatch, cell, clear, element } from './page.js';
import { fillRounds } from './obec.js';

const $ = id => document.getElementById(id);
const LEVEL = 'OBEC_AGREEMENT';

export class OfficeView {
  constructor(context) {
    this.context = context;
    this.code = null;
    this.data = null;
    this.catalogues = new Map();
    $('office-round-select').addEventListener('change', () => this.loadScorecard().then(() => this.render()));
    $('what-if-target-kind').addEventListener('change', () => this.showTargetKind());
    $('what-if-form').addEventListener('submit', event => {
      event.preventDefault();
      this.askWhatIf().catch(this.context.showProblem);
    });
  }

  base() {
    return `/api/v1/scores/offices/${encodeURIComponent(this.code)}`;
  }

  selectedRound() {
    return this.data.rounds.find(r => r.value === $('office-round-select').value) ?? this.data.rounds.at(-1);
  }

  scorecardPath(round, format) {
    return path(`${this.base()}/scorecards/${round.fiscalYear}/${round.round}`, { level: round.level, format });
  }

  async show(code, preferredRound) {
    this.context.loading();
    if (code !== this.code) {
      this.code = code;
      this.data = null;
      clear($('what-if-answer'));
      delete $('what-if-answer').dataset.outcome;
    }
    const history = await getJson(path(`${this.base()}/history`, { level: LEVEL }));
    const points = [...(history.items ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear || a.round - b.round);
    const rounds = points.map(p => ({ value: `${p.fiscalYear}-${LEVEL}-${p.round}`, fiscalYear: p.fiscalYear, level: LEVEL, round: p.round }));
    this.data = { history: points, rounds, scorecard: null, explanation: null, bands: [] };
    fillRounds($('office-round-select'), rounds);
    if (preferredRound && rounds.some(r => r.value === preferredRound)) {
      $('office-round-select').value = preferredRound;
    } else if (rounds.length) {
      $('office-round-select').value = rounds.at(-1).value;
    }
    await this.loadScorecard();
    this.render();
  }

  async loadScorecard() {
    this.context.loading();
    const round = this.selectedRound();
    this.data.scorecard = null;
    this.data.explanation = null;
    if (!round) {
      return;
    }
    const scorecard = await getJson(this.scorecardPath(round));
    this.data.scorecard = scorecard;
    this.data.bands = await this.bandsOf(scorecard.catalogue?.catalogueId);
  }

  /** The bands of the catalogue version the scorecard was scored with. */
  async bandsOf(catalogueId) {
    if (!catalogueId) {
      return [];
    }
    if (!this.catalogues.has(catalogueId)) {
      const view = await getJson(`/api/v1/catalogues/${encodeURIComponent(catalogueId)}`);
      this.catalogues.set(catalogueId, sortBands(view.catalogue?.bands));
    }
    return this.catalogues.get(catalogueId);
  }

  render() {
    const { scorecard, history, bands } = this.data;
    $('office-title').textContent = scorecard?.officeNameTh || history[0]?.officeNameTh || this.code;
    $('office-summary').textContent = scorecard
      ? t('officeSummary', number(scorecard.total, 5), number(scorecard.percent), bandLabel(scorecard.band),
        scorecard.version, t(scorecard.official ? 'official' : 'notOfficial'))
      : t('historyEmpty');
    fillRounds($('office-round-select'), this.data.rounds);
    this.renderTree(scorecard, bands);
    this.renderHistory(history);
    this.renderWhatIfForm(scorecard, bands);
    const round = this.selectedRound();
    if (round) {
      bindDownload($('scorecard-csv'), this.scorecardPath(round, 'csv'), this.context.showProblem);
    }
    bindDownload($('history-csv'), path(`${this.base()}/history`, { level: LEVEL, format: 'csv' }), this.context.showProblem);
    this.context.ready('office');
  }

  renderTree(scorecard, bands) {
    const tree = $('scorecard-tree');
    clear(tree);
    for (const node of scorecard?.indicators ?? []) {
      tree.append(this.treeItem(node, bands));
    }
  }

  treeItem(node, bands) {
    const band = bandOf(bands, node.percent);
    const panelId = `explanation-${node.code.replace(/[^A-Za-z0-9]/g, '-')}`;
    const button = element('button', { type: 'button', class: 'explain', 'aria-expanded': 'false', 'aria-controls': panelId },
      t('explain'));
    const panel = element('div', { id: panelId, class: 'explanation', hidden: '' });
    const details = [t('scoreLine', number(node.score, 2), number(node.percent), bandLabel(band))];
    if (node.weight !== null && node.weight !== undefined) {
      details.push(t('weightLine', number(node.weight, 0)));
    }
    if (node.status) {
      details.push(t('statusLine', node.status));
    }
    if (node.counted === false) {
      details.push(t('notCounted'));
    }
    const item = element('li', { 'data-indicator': node.code },
      element('div', { class: 'node' },
        element('span', { class: 'node-name' }, `${node.code} ${node.name ?? ''}`),
        element('span', { class: 'node-score' }, bandSwatch(bands, band?.code), ` ${details.join(' · ')}`),
        button),
      panel);
    button.addEventListener('click', () => this.toggleExplanation(node.code, button, panel).catch(this.context.showProblem));
    if (node.children?.length) {
      item.append(element('ul', {}, ...node.children.map(child => this.treeItem(child, bands))));
    }
    return item;
  }

  async toggleExplanation(code, button, panel) {
    const open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = t('explain');
      return;
    }
    if (!this.data.explanation) {
      const round = this.selectedRound();
      this.data.explanation = await getJson(path(`${this.base()}/scorecards/${round.fiscalYear}/${round.round}/versions/${this.data.scorecard.version}`,
        { level: round.level }));
    }
    renderExplanation(panel, code, findNode(this.data.explanation.indicators ?? [], code));
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = t('explainHide');
  }

  renderHistory(points) {
    const label = p => t('historyPoint', year(p.fiscalYear), p.round);
    historyChart($('history-chart'), points, label);
    const body = $('history-table').tBodies[0];
    clear(body);
    if (points.length === 0) {
      body.append(element('tr', {}, cell('td', t('historyEmpty'), { colspan: '4' })));
    }
    for (const p of points) {
      body.append(element('tr', {}, cell('th', label(p), { scope: 'row' }), cell('td', number(p.score, 5)),
        cell('td', number(p.percent)), cell('td', t(p.official ? 'yes' : 'no'))));
    }
  }

  renderWhatIfForm(scorecard, bands) {
    const indicator = $('what-if-indicator');
    const chosen = indicator.value;
    clear(indicator);
    for (const leaf of leaves(scorecard?.indicators ?? [])) {
      indicator.append(element('option', { value: leaf.code }, `${leaf.code} ${leaf.name ?? ''}`));
    }
    if (chosen) {
      indicator.value = chosen;
    }
    const bandSelect = $('what-if-band');
    const band = bandSelect.value;
    clear(bandSelect);
    for (const b of [...bands].reverse()) {
      bandSelect.append(element('option', { value: b.code }, bandLabel(b)));
    }
    if (band) {
      bandSelect.value = band;
    }
    this.showTargetKind();
    if (this.data.whatIf) {
      renderWhatIf(this.data.whatIf);
    }
  }

  showTargetKind() {
    const byBand = $('what-if-target-kind').value === 'band';
    $('what-if-total').disabled = byBand;
    $('what-if-band').disabled = !byBand;
  }

  async askWhatIf() {
    const round = this.selectedRound();
    const byBand = $('what-if-target-kind').value === 'band';
    const answer = await getJson(path(`${this.base()}/scorecards/${round.fiscalYear}/${round.round}/what-if`, {
      indicator: $('what-if-indicator').value,
      targetTotal: byBand ? undefined : $('what-if-total').value,
      targetBand: byBand ? $('what-if-band').value : undefined,
    }));
    this.data.whatIf = answer;
    renderWhatIf(answer);
  }
}

function leaves(nodes) {
  return nodes.flatMap(node => (node.children?.length ? leaves(node.children) : [node]));
}

function findNode(nodes, code) {
  for (const node of nodes) {
    if (node.code === code) {
      return node;
    }
    const found = findNode(node.children ?? [], code);
    if (found) {
      return found;
    }
  }
  return null;
}

function renderExplanation(panel, code, node) {
  clear(panel);
  panel.append(element('h3', {}, t('explainFor', code)));
  if (!node) {
    panel.append(element('p', {}, t('noData')));
    return;
  }
  const list = element('dl', {});
  const add = (key, value) => {
    if (value !== null && value !== undefined && value !== '') {
      list.append(element('dt', {}, t(key)), element('dd', {}, String(value)));
    }
  };
  add('expValue', node.input?.value);
  add('expSteps', node.input?.stepsCompleted?.join(', '));
  add('expSegment', node.segment);
  add('expArithmetic', node.arithmetic);
  add('expComputed', node.computedScore);
  add('expReviewer', node.input?.reviewerScore === undefined ? null
    : `${node.input.reviewerScore} (${node.input.reviewerReason ?? ''})`);
  add('expWeighted', node.weightSum ? `${node.weightedSum} / ${node.weightSum}` : null);
  add('expReason', node.reason);
  panel.append(list);
}

function renderWhatIf(answer) {
  const box = $('what-if-answer');
  clear(box);
  box.dataset.outcome = answer.outcome;
  const message = language() === 'en' ? (answer.messageEn || answer.messageTh) : (answer.messageTh || answer.messageEn);
  box.append(element('p', {}, element('strong', {}, t(`outcome${answer.outcome}`)), ` ${message ?? ''}`));
  if (answer.needed) {
    box.append(element('p', { class: 'needed' }, t('whatIfNeeded', number(answer.needed.value), number(answer.needed.score),
      number(answer.needed.total), bandLabel(answer.needed.band))));
  } else if (answer.best) {
    box.append(element('p', {}, t('whatIfBest', number(answer.best.total), bandLabel(answer.best.band))));
  }
}
