// Small helpers to build the page's elements without HTML strings (no inline code, nothing to escape).

import { t, year } from './i18n.js';

/** An element with attributes and children (strings become text). */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

export function cell(tag, text, attributes = {}) {
  return element(tag, attributes, text);
}

export function clear(node) {
  node.replaceChildren();
}

/** A coloured square for a band; the band's name always stands next to it. */
export function bandSwatch(bands, code) {
  const index = bands.findIndex(b => b.code === code);
  return element('span', { class: `band-swatch band-${index < 0 ? 'none' : index % 6}`, 'aria-hidden': 'true' });
}

/** "ปีงบประมาณ 2554 · ... · รอบ 6 เดือน" / "FY 2011 · ... · 6-month round". */
export function roundLabel(round) {
  return t('roundOption', year(round.fiscalYear), t(`level${round.level}`), round.round);
}
