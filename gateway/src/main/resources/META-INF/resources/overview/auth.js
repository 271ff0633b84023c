// Sign-in with the realm: authorization code + PKCE (S256), state and nonce checked, tokens kept in
// sessionStorage only, refreshed before they expire. The code exchange and refresh go through the gateway
// (config.tokenUrl, same origin); the browser visits the realm only for its login and logout pages.

const PENDING = 'edukpi.signin';
const TOKENS = 'edukpi.tokens';
const REFRESH_MARGIN_MS = 30_000;

let config = null;
let tokens = JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
let refreshTimer = null;
let onSignedOut = () => {};

function base64Url(bytes) {
  let binary = '';
  for (const b of new Uint8Array(bytes)) {
    binary += String.fromCharCode(b);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The claims of a JWT (read only for display and routing; the gateway verifies the token). */
export function claims(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(Array.from(atob(payload), c => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

function redirectUri() {
  return `${location.origin}/`;
}

function store(answer) {
  const now = Date.now();
  tokens = {
    access: answer.access_token,
    refresh: answer.refresh_token,
    id: answer.id_token ?? tokens?.id,
    expiresAt: now + answer.expires_in * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  scheduleRefresh();
}

function forget() {
  tokens = null;
  sessionStorage.removeItem(TOKENS);
  clearTimeout(refreshTimer);
}

async function tokenRequest(parameters) {
  const response = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.error_description || answer.detail || answer.error || String(response.status));
  }
  return answer;
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  if (tokens?.refresh) {
    const wait = Math.max(0, tokens.expiresAt - Date.now() - REFRESH_MARGIN_MS);
    refreshTimer = setTimeout(() => refresh().catch(() => signedOut()), wait);
  }
}

async function refresh() {
  store(await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh }));
}

function signedOut() {
  forget();
  onSignedOut();
}

/**
 * Reads the settings, finishes a sign-in the realm sent the browser back from (code and state in the
 * query) and answers whether a user is signed in. Throws with the realm's reason when the sign-in failed.
 */
export async function start(settings, whenSignedOut) {
  config = settings;
  onSignedOut = whenSignedOut;
  const query = new URLSearchParams(location.search);
  if (query.has('state') && (query.has('code') || query.has('error'))) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', `/${pending?.hash ?? ''}`);
    if (!pending || pending.state !== query.get('state')) {
      throw new Error('state');
    }
    if (query.has('error')) {
      throw new Error(query.get('error_description') || query.get('error'));
    }
    const answer = await tokenRequest({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    });
    if (!answer.id_token || claims(answer.id_token).nonce !== pending.nonce) {
      throw new Error('nonce');
    }
    store(answer);
  } else if (tokens) {
    if (tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      await refresh().catch(() => forget());
    } else {
      scheduleRefresh();
    }
  }
  return tokens !== null;
}

/** Sends the browser to the realm's login page; it comes back to `/` with a code. */
export async function signIn(uiLocale) {
  const verifier = randomString();
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const pending = { verifier, state: randomString(), nonce: randomString(), hash: location.hash };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(`${config.realmUrl}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    ui_locales: uiLocale,
  }).toString();
  location.assign(url.toString());
}

/** Ends the realm session too, then comes back to `/`. */
export function signOut() {
  const idToken = tokens?.id;
  forget();
  const url = new URL(`${config.realmUrl}/protocol/openid-connect/logout`);
  const parameters = { client_id: config.clientId, post_logout_redirect_uri: redirectUri() };
  if (idToken) {
    parameters.id_token_hint = idToken;
  }
  url.search = new URLSearchParams(parameters).toString();
  location.assign(url.toString());
}

/** A valid access token, refreshed first when it is about to expire. */
export async function accessToken() {
  if (!tokens) {
    throw new Error('signed out');
  }
  if (tokens.expiresAt - Date.now() < 5_000) {
    await refresh().catch(() => {
      signedOut();
      throw new Error('signed out');
    });
  }
  return tokens.access;
}

/** Who is signed in, from the access token: name, realm roles, office code. */
export function user() {
  const c = claims(tokens.access);
  return {
    name: c.name || c.preferred_username,
    roles: c.realm_access?.roles ?? [],
    officeCode: c.office_code ?? null,
  };
}
