// The OBEC view: ranking of a round per office kind, national distribution of totals, progress grid.

import { bindDownload, getJson, path } from './api.js';
import { distribution, distributionChart, rankingChart } from './charts.js';
import { bandLabel, date, number, t } from './i18n.js';
import { bandSwatch, cell, clear, element, roundLabel } from './page.js';

const KINDS = ['PRIMARY', 'SECONDARY'];
const STATE_ICONS = { ACCEPTED: '✔', CERTIFIED: '☑', SUBMITTED: '➜', DRAFT: '✎', RETURNED: '↩', NOT_STARTED: '○' };

const $ = id => document.getElementById(id);

export class ObecView {
  constructor(context) {
    this.context = context;
    this.kind = 'PRIMARY';
    this.data = null;
    $('round-select').addEventListener('change', () => this.load());
    for (const kind of KINDS) {
      $(`kind-${kind}`).addEventListener('click', () => {
        this.kind = kind;
        if (this.data) {
          this.render();
        }
      });
    }
    $('late-only').addEventListener('change', () => {
      if (this.data?.round) {
        this.context.loading();
        this.loadGrid().then(() => this.render());
      }
    });
  }

  selectedRound() {
    return this.context.rounds.find(r => r.value === $('round-select').value) ?? this.context.rounds[0];
  }

  /** The round shown first: the newest year's latest round that has a ranking (all asked at once). */
  async defaultRound() {
    const order = [...this.context.rounds].sort((a, b) => b.fiscalYear - a.fiscalYear || b.round - a.round);
    const ranked = await Promise.all(order.map(round => getJson(this.rankingPath(round, 'PRIMARY', 1))
      .then(page => page.totalItems > 0, () => false)));
    return order[ranked.indexOf(true)] ?? order[0];
  }

  rankingPath(round, kind, size = 500, format) {
    return path(`/api/v1/scores/rankings/${round.fiscalYear}/${round.round}`,
      { level: round.level, officeKind: kind, size, format });
  }

  gridPath(round, format) {
    return path('/api/v1/submissions/progress/grid', {
      fiscalYear: round.fiscalYear, level: round.level, round: round.round,
      lateOnly: $('late-only').checked ? true : undefined, format,
    });
  }

  async show() {
    if (!this.data) {
      fillRounds($('round-select'), this.context.rounds);
      const round = await this.defaultRound();
      if (round) {
        $('round-select').value = round.value;
      }
    }
    await this.load();
  }

  async load() {
    this.context.loading();
    const round = this.selectedRound();
    if (!round) {
      this.data = { round: null, rankings: {}, grid: null };
      this.render();
      return;
    }
    const [primary, secondary, grid] = await Promise.all([...KINDS.map(kind => getJson(this.rankingPath(round, kind))),
      this.fetchGrid(round)]);
    this.data = { round, rankings: { PRIMARY: primary.items, SECONDARY: secondary.items }, grid };
    this.render();
  }

  async loadGrid() {
    this.data.grid = await this.fetchGrid(this.data.round);
  }

  /** The grid is another service's: its refusal is shown, the rest of the view stays. */
  async fetchGrid(round) {
    try {
      return await getJson(this.gridPath(round));
    } catch (problem) {
      this.context.showProblem(problem);
      return null;
    }
  }

  render() {
    const { round, rankings } = this.data;
    fillRounds($('round-select'), this.context.rounds);
    const bands = round?.bands ?? [];
    for (const kind of KINDS) {
      $(`kind-${kind}`).setAttribute('aria-pressed', String(kind === this.kind));
    }
    const rows = rankings[this.kind] ?? [];
    $('ranking-chart-box').classList.toggle('empty', rows.length === 0);
    // A bar per office needs room: the box grows with the offices (the chart fills it).
    $('ranking-chart-box').style.height = `${Math.max(240, rows.length * 22 + 80)}px`;
    rankingChart($('ranking-chart'), rows, bands);
    renderLegend($('ranking-legend'), bands);
    renderRanking($('ranking-table').tBodies[0], rows, bands);
    const all = KINDS.flatMap(kind => rankings[kind] ?? []);
    distributionChart($('distribution-chart'), all, bands);
    renderDistribution($('distribution-table'), all, bands);
    renderGrid(this.data.grid);
    if (round) {
      bindDownload($('ranking-csv'), this.rankingPath(round, this.kind, 500, 'csv'), this.context.showProblem);
      for (const kind of KINDS) {
        bindDownload($(`distribution-csv-${kind}`), this.rankingPath(round, kind, 500, 'csv'), this.context.showProblem);
      }
      bindDownload($('progress-csv'), this.gridPath(round, 'csv'), this.context.showProblem);
    }
    this.context.ready('obec');
  }
}

export function fillRounds(select, rounds) {
  const value = select.value;
  clear(select);
  for (const round of rounds) {
    select.append(element('option', { value: round.value }, roundLabel(round)));
  }
  if (value) {
    select.value = value;
  }
}

function renderLegend(list, bands) {
  clear(list);
  for (const band of bands) {
    list.append(element('li', {}, bandSwatch(bands, band.code), ` ${bandLabel(band)} (≥ ${number(band.minPercent, 0)} %)`));
  }
}

function renderRanking(body, rows, bands) {
  clear(body);
  if (rows.length === 0) {
    body.append(element('tr', {}, cell('td', t('rankingEmpty'), { colspan: '5' })));
  }
  for (const row of rows) {
    const link = element('a', { href: `#/office/${row.officeCode}` }, row.officeNameTh || row.officeCode);
    const tr = element('tr', { 'data-office': row.officeCode, class: 'clickable' },
      cell('td', String(row.rank)),
      element('th', { scope: 'row' }, link),
      cell('td', number(row.total, 5)),
      cell('td', number(row.percent)),
      element('td', {}, bandSwatch(bands, row.band?.code), ` ${bandLabel(row.band)}`));
    tr.addEventListener('click', event => {
      if (event.target !== link) {
        location.hash = `#/office/${row.officeCode}`;
      }
    });
    body.append(tr);
  }
}

function renderDistribution(table, rows, bands) {
  const { ranges, counts } = distribution(rows, bands);
  clear(table.tHead);
  clear(table.tBodies[0]);
  table.tHead.append(element('tr', {}, cell('th', t('colRange'), { scope: 'col' }),
    ...bands.map(band => element('th', { scope: 'col' }, bandSwatch(bands, band.code), ` ${bandLabel(band)}`))));
  ranges.forEach((range, i) => {
    table.tBodies[0].append(element('tr', {}, cell('th', `${range.from}–${range.to}`, { scope: 'row' }),
      ...bands.map((_, b) => cell('td', String(counts[b][i])))));
  });
}

function renderGrid(grid) {
  const table = $('progress-grid');
  clear(table.tHead);
  clear(table.tBodies[0]);
  $('progress-deadline').textContent = !grid ? '' : grid.daysLeft < 0
    ? t('progressOverdue', date(grid.deadline), -grid.daysLeft)
    : t('progressDeadline', date(grid.deadline), grid.daysLeft ?? t('noData'));
  if (!grid) {
    return;
  }
  table.tHead.append(element('tr', {},
    cell('th', t('colOffice'), { scope: 'col' }),
    cell('th', t('colLate'), { scope: 'col' }),
    cell('th', t('colDaysLeft'), { scope: 'col' }),
    ...grid.indicators.map(indicator => element('th', { scope: 'col' },
      element('abbr', { title: indicator.nameTh ?? indicator.code }, indicator.code)))));
  if (grid.offices.length === 0) {
    table.tBodies[0].append(element('tr', {}, cell('td', t('progressEmpty'), { colspan: String(grid.indicators.length + 3) })));
  }
  for (const office of grid.offices) {
    const byIndicator = new Map(office.cells.map(c => [c.indicatorCode, c]));
    const row = element('tr', { 'data-office': office.officeCode, class: office.late ? 'late clickable' : 'clickable' },
      element('th', { scope: 'row' }, element('a', { href: `#/office/${office.officeCode}` }, office.officeNameTh || office.officeCode)),
      cell('td', office.late ? `⚠ ${t('late')}` : t('onTime')),
      cell('td', office.daysLeft === null || office.daysLeft === undefined ? t('noData') : String(office.daysLeft)),
      ...grid.indicators.map(indicator => stateCell(indicator.code, byIndicator.get(indicator.code))));
    row.addEventListener('click', event => {
      if (event.target.tagName !== 'A') {
        location.hash = `#/office/${office.officeCode}`;
      }
    });
    table.tBodies[0].append(row);
  }
}

function stateCell(indicatorCode, gridCell) {
  const state = gridCell?.state ?? 'NOT_STARTED';
  const td = element('td', { 'data-indicator': indicatorCode, 'data-state': state, class: `state state-${state}` },
    element('span', { 'aria-hidden': 'true', class: 'state-icon' }, STATE_ICONS[state] ?? '?'),
    ` ${t(`state${state}`)}`);
  if (gridCell?.late) {
    td.classList.add('late');
    td.dataset.late = 'true';
    td.append(element('span', { class: 'late-mark' }, ` ⚠ ${t('late')}`));
  }
  return td;
}
