// The three charts, all drawn by Chart.js (loaded before the modules from its webjar); the bands' colours
// always come with their names (legend, tables), never alone.

import { bandLabel, number, t } from './i18n.js';

/** From the lowest band up: red, orange, green, blue, purple, olive (the same as app.css's .band-0 to .band-5). */
const BAND_COLOURS = ['#b3261e', '#c75c00', '#2e7d32', '#1f5fa8', '#5b3c99', '#8a6d00'];
const NO_BAND = '#6b6b6b';

/** The catalogue's bands, lowest first. */
export function sortBands(bands) {
  return [...(bands || [])].sort((a, b) => a.minPercent - b.minPercent);
}

export function bandColour(bands, code) {
  const index = bands.findIndex(b => b.code === code);
  return index < 0 ? NO_BAND : BAND_COLOURS[index % BAND_COLOURS.length];
}

/** The band a percent falls in, by the catalogue's own thresholds. */
export function bandOf(bands, percent) {
  if (percent === null || percent === undefined) {
    return null;
  }
  return bands.filter(b => percent >= b.minPercent).at(-1) ?? null;
}

const charts = new Map();

function draw(canvas, config) {
  charts.get(canvas.id)?.destroy();
  // No animation: the view is ready as soon as it is drawn.
  config.options = { animation: false, responsive: true, maintainAspectRatio: false, ...config.options };
  charts.set(canvas.id, new window.Chart(canvas, config));
}

/** One bar per office (its Thai name), coloured by band: one dataset per band, so the legend names them. */
export function rankingChart(canvas, rows, bands) {
  const labels = rows.map(r => r.officeNameTh || r.officeCode);
  const datasets = bands.map(band => ({
    label: bandLabel(band),
    backgroundColor: bandColour(bands, band.code),
    data: rows.map(r => (r.band?.code === band.code ? r.percent : null)),
  }));
  const unbanded = rows.filter(r => !bands.some(b => b.code === r.band?.code));
  if (unbanded.length) {
    datasets.push({ label: t('noData'), backgroundColor: NO_BAND, data: rows.map(r => (unbanded.includes(r) ? r.percent : null)) });
  }
  canvas.setAttribute('aria-label', t('rankingChartLabel', rows.length));
  draw(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      datasets: { bar: { grouped: false, skipNull: true } },
      scales: { x: { min: 0, max: 100, title: { display: true, text: t('percentAxis') } }, y: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { position: 'top' },
        tooltip: { callbacks: { label: item => `${item.dataset.label}: ${number(item.raw)} %` } },
      },
    },
  });
}

/** Percent ranges of ten points; the offices in each, stacked by band. */
export function distribution(rows, bands) {
  const ranges = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10 }));
  const counts = bands.map(band => ranges.map(range => rows.filter(r => r.band?.code === band.code
    && r.percent !== null && r.percent >= range.from && (r.percent < range.to || (range.to === 100 && r.percent <= 100))).length));
  return { ranges, counts };
}

export function distributionChart(canvas, rows, bands) {
  const { ranges, counts } = distribution(rows, bands);
  canvas.setAttribute('aria-label', t('distributionChartLabel'));
  draw(canvas, {
    type: 'bar',
    data: {
      labels: ranges.map(r => `${r.from}–${r.to}`),
      datasets: bands.map((band, i) => ({ label: bandLabel(band), backgroundColor: bandColour(bands, band.code), data: counts[i] })),
    },
    options: {
      scales: {
        x: { stacked: true, title: { display: true, text: t('percentAxis') } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('countAxis') } },
      },
      plugins: { legend: { position: 'top' } },
    },
  });
}

/** The office's total in each round it was scored in, oldest first. */
export function historyChart(canvas, points, label) {
  canvas.setAttribute('aria-label', t('historyChartLabel', points.length));
  draw(canvas, {
    type: 'line',
    data: {
      labels: points.map(label),
      datasets: [{ label: t('colTotal'), data: points.map(p => p.score), borderColor: '#1f5fa8', backgroundColor: '#1f5fa8', pointRadius: 4 }],
    },
    options: {
      scales: { y: { min: 0, max: 5, title: { display: true, text: t('totalAxis') } } },
      plugins: { legend: { display: false } },
    },
  });
}
