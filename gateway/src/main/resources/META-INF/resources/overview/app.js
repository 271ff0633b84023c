// The overview's start: settings, sign-in, who sees what, routing by hash (#/obec, #/office/5001), language.

import { Problem, getJson } from './api.js';
import * as auth from './auth.js';
import { sortBands } from './charts.js';
import { language, t, toggleLanguage, translateDocument } from './i18n.js';
import { ObecView } from './obec.js';
import { OfficeView } from './office.js';

const OBEC_ROLES = ['obec-admin', 'reviewer', 'dashboard'];
const $ = id => document.getElementById(id);

const context = {
  user: null,
  rounds: [],
  loading() {
    delete document.body.dataset.ready;
  },
  ready(view) {
    document.body.dataset.ready = view;
  },
  problem: null,
  /** Shows what the API refused (kept, so a language switch shows it in the other language). */
  showProblem(error) {
    context.problem = error;
    $('problem').textContent = error instanceof Problem ? error.text() : String(error?.message ?? error);
  },
};

const views = { obec: new ObecView(context), office: new OfficeView(context) };
let current = null;

function seesObec(user) {
  return user.roles.some(role => OBEC_ROLES.includes(role));
}

/** The view a hash asks for, or the one the user may see instead: an area officer only its own office. */
function route(hash, user) {
  const office = /^#\/office\/([^/]+)$/.exec(hash);
  if (!seesObec(user)) {
    return user.officeCode ? { view: 'office', code: user.officeCode } : null;
  }
  if (office) {
    return { view: 'office', code: decodeURIComponent(office[1]) };
  }
  return { view: 'obec' };
}

function showOnly(viewName) {
  $('welcome-view').hidden = viewName !== null;
  $('obec-view').hidden = viewName !== 'obec';
  $('office-view').hidden = viewName !== 'office';
}

async function navigate() {
  const target = route(location.hash, context.user);
  if (!target) {
    showOnly(null);
    context.showProblem(new Error(t('problemTitle', 403)));
    return;
  }
  const wanted = target.view === 'obec' ? '#/obec' : `#/office/${target.code}`;
  if (location.hash !== wanted) {
    history.replaceState(null, '', wanted);
  }
  context.problem = null;
  $('problem').textContent = '';
  showOnly(target.view);
  current = target.view;
  try {
    if (target.view === 'obec') {
      await views.obec.show();
    } else {
      await views.office.show(target.code, $('round-select').value || undefined);
    }
    $('main').focus({ preventScroll: true });
  } catch (error) {
    context.showProblem(error);
    context.ready(target.view);
  }
}

/** Every round of every catalogue version results are kept against, newest year first. */
async function loadRounds() {
  const held = await getJson('/api/v1/submissions/catalogues');
  const catalogues = await Promise.all(held.map(h => getJson(`/api/v1/catalogues/${encodeURIComponent(h.catalogueId)}`)
    .then(view => ({ held: h, content: view.catalogue }))));
  return catalogues.flatMap(({ held: h, content }) => (content?.rounds ?? []).map(r => ({
    value: `${h.fiscalYear}-${h.level}-${r.round}`,
    fiscalYear: h.fiscalYear,
    level: h.level,
    round: r.round,
    deadline: r.deadline,
    bands: sortBands(content.bands),
  }))).sort((a, b) => b.fiscalYear - a.fiscalYear || a.level.localeCompare(b.level) || a.round - b.round);
}

function showUser(user) {
  $('sign-in').hidden = user !== null;
  $('sign-out').hidden = user === null;
  $('user-name').textContent = user ? t('signedInAs', user.name) : '';
  $('nav').hidden = user === null;
  if (user) {
    $('nav-obec').hidden = !seesObec(user);
    $('nav-office').hidden = seesObec(user) || !user.officeCode;
    $('nav-office').href = `#/office/${user.officeCode ?? ''}`;
  }
}

function switchLanguage() {
  toggleLanguage();
  translateDocument();
  if (context.user) {
    showUser(context.user);
  }
  if (context.problem) {
    context.showProblem(context.problem);
  }
  if (current && views[current].data) {
    views[current].render();
  }
}

async function main() {
  translateDocument();
  $('lang-switch').addEventListener('click', switchLanguage);
  $('sign-in').addEventListener('click', () => auth.signIn(language()));
  $('sign-out').addEventListener('click', () => auth.signOut());
  const settings = await (await fetch('/overview/config.json')).json();
  let signedIn = false;
  try {
    signedIn = await auth.start(settings, () => location.reload());
  } catch (error) {
    context.showProblem(new Error(t('signInFailed', error.message)));
  }
  if (!signedIn) {
    showUser(null);
    showOnly(null);
    return;
  }
  context.user = auth.user();
  showUser(context.user);
  if (seesObec(context.user)) {
    try {
      context.rounds = await loadRounds();
    } catch (error) {
      context.showProblem(error);
    }
  }
  window.addEventListener('hashchange', navigate);
  await navigate();
}

main();
