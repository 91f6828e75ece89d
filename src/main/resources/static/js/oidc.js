// Sign-in with the ministry's identity provider: OpenID Connect's authorization code flow with
// PKCE (RFC 7636), as a public client. The page sends the browser to the provider's
// authorization endpoint, which sends it back here with a code; the page trades the code, with
// the verifier only this tab holds, for an access token at the provider's token endpoint, and
// sends that token to the API as a bearer token, renewing it with the refresh token half a
// minute before it expires, for as long as the provider allows. The provider must let this
// origin call its token endpoint (CORS), and know index.html as a redirect URI.

import { signInWithToken, tokenRenewal, renewToken } from './session.js';

const PENDING = 'cadastre.oidc';

/** The provider refused, or the answer was not for the sign-in this tab began. */
export class SignInRefused extends Error {}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function redirectUri() {
  return new URL('index.html', location.href).href;
}

async function configuration(issuer) {
  const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new SignInRefused(`${issuer}: HTTP ${response.status}`);
  return response.json();
}

/** Goes to the provider's sign-in. */
export async function beginSignIn(provider) {
  const config = await configuration(provider.issuer);
  const verifier = randomText(32);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({
    state, verifier, clientId: provider.clientId, tokenEndpoint: config.token_endpoint,
    endSession: config.end_session_endpoint || null,
  }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri(), scope: provider.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(`${config.authorization_endpoint}?${query}`);
}

/** Whether this page was opened by the provider sending the browser back. */
export function isProviderReturn(params) {
  return params.has('state') && (params.has('code') || params.has('error'));
}

/** Trades the provider's code for a token and signs in with it; resolves to the user. */
export async function completeSignIn(params) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname);
  if (params.has('error')) throw new SignInRefused(params.get('error_description') || params.get('error'));
  if (!pending || params.get('state') !== pending.state) throw new SignInRefused('');
  const token = await tokenRequest(pending.tokenEndpoint, {
    grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
    client_id: pending.clientId, code_verifier: pending.verifier,
  });
  // Signing out ends the provider's session too, and the provider sends the browser back here.
  const end = pending.endSession && `${pending.endSession}?${new URLSearchParams(Object.assign(
    { client_id: pending.clientId, post_logout_redirect_uri: redirectUri() },
    token.id_token ? { id_token_hint: token.id_token } : {}))}`;
  return signInWithToken(token.access_token, end, renewal(pending.tokenEndpoint, pending.clientId, token));
}

async function tokenRequest(tokenEndpoint, parameters) {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters),
  });
  const token = await response.json().catch(() => ({}));
  if (!response.ok || !token.access_token) {
    throw new SignInRefused(token.error_description || token.error || `HTTP ${response.status}`);
  }
  return token;
}

function renewal(tokenEndpoint, clientId, token) {
  if (!token.refresh_token || !token.expires_in) return null;
  return { tokenEndpoint, clientId, refreshToken: token.refresh_token, renewAt: Date.now() + (token.expires_in - 30) * 1000 };
}

/**
 * Renews the signed-in user's token when it is due, and again after that, while this page is
 * open. When the provider refuses, the token runs out and the next request's 401 leads to
 * sign-in.
 */
export function keepTokenFresh() {
  const due = tokenRenewal();
  if (!due) return;
  setTimeout(async () => {
    const current = tokenRenewal();
    if (!current) return;
    try {
      const token = await tokenRequest(current.tokenEndpoint, {
        grant_type: 'refresh_token', refresh_token: current.refreshToken, client_id: current.clientId,
      });
      renewToken(token.access_token, renewal(current.tokenEndpoint, current.clientId,
        Object.assign({ refresh_token: current.refreshToken }, token)));
      keepTokenFresh();
    } catch (error) {
      console.warn('the identity provider did not renew the token', error);
    }
  }, Math.max(0, due.renewAt - Date.now()));
}
