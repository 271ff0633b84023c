// Calls of the API through the gateway with the signed-in user's token; problem+json answers become errors
// that carry the API's own text in both languages.

import { accessToken } from './auth.js';
import { language, t } from './i18n.js';

/** An answer the API refused, with the problem it gave. */
export class Problem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
  }

  /** The problem in the page's language (the API answers both: detail in English, detailTh in Thai). */
  text() {
    const p = this.problem;
    const detail = language() === 'th' ? (p.detailTh || p.detail) : (p.detail || p.detailTh);
    const findings = (p.errors || []).map(e => (language() === 'th' ? (e.messageTh || e.message) : e.message))
      .filter(Boolean);
    return [t('problemTitle', this.status), detail || p.title, ...findings].filter(Boolean).join(' ');
  }
}

async function call(path, accept) {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${await accessToken()}`, Accept: accept },
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: response.statusText }));
    throw new Problem(response.status, problem);
  }
  return response;
}

export async function getJson(path) {
  return (await call(path, 'application/json')).json();
}

/** A path with its query: undefined and null parameters are left out. */
export function path(base, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null) {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

function fileName(disposition, fallback) {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
  if (star) {
    return decodeURIComponent(star[1]);
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition || '');
  return plain ? plain[1] : fallback;
}

/** Fetches the API's CSV with the token and saves it under the name the API gives. */
export async function downloadCsv(csvPath) {
  const response = await call(csvPath, 'text/csv');
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName(response.headers.get('Content-Disposition'), 'edukpi.csv');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Points an `a.download-csv` at a CSV of the API: its href names the address (format=csv), a click
 * downloads it with the token.
 */
export function bindDownload(link, csvPath, onProblem) {
  link.href = csvPath;
  link.onclick = event => {
    event.preventDefault();
    downloadCsv(csvPath).catch(onProblem);
  };
}
