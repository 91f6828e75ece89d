// Sign-in: checks the name and password (or the identity provider's token) with GET /api/v1/me
// and opens the page of the user's role.

import { signIn, currentUser, ROLE_PAGES, Problem } from './session.js';
import { initLanguage, t } from './i18n.js';
import { showProblem, showMessage } from './page.js';
import { beginSignIn, completeSignIn, isProviderReturn, SignInRefused } from './oidc.js';

initLanguage();
const user = currentUser();
if (user && ROLE_PAGES[user.role] && new URLSearchParams(location.search).get('stay') === null) {
  location.replace(ROLE_PAGES[user.role]);
}

const message = document.getElementById('signin-message');

function refused(error) {
  if (error instanceof SignInRefused) showMessage(message, [t('signin.providerRefused'), error.message].join(' '), 'error');
  else showProblem(message, error);
}

const params = new URLSearchParams(location.search);
if (params.has('ended')) showMessage(message, t('signin.ended'), 'error');
if (isProviderReturn(params)) {
  completeSignIn(params).then((me) => { location.href = ROLE_PAGES[me.role]; }, refused);
}

fetch('/api/v1/sign-in', { headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : {}))
  .then((ways) => {
    if (!ways.identityProvider) return;
    document.getElementById('provider').hidden = false;
    document.getElementById('provider-button').addEventListener('click', () => {
      message.hidden = true;
      beginSignIn(ways.identityProvider).catch(refused);
    });
  });

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  message.hidden = true;
  try {
    const me = await signIn(document.getElementById('username').value.trim(), document.getElementById('password').value);
    location.href = ROLE_PAGES[me.role];
  } catch (error) {
    if (error instanceof Problem && error.status === 401) showMessage(message, t('signin.wrong'), 'error');
    else showProblem(message, error);
  }
});
