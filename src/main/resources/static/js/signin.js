// Sign-in: checks the name and password (or the identity provider's token) with GET /api/v1/me
// and opens the page of the user's role, or what the link that led here asked to open
// (?open=<type>:<id>, as notice e-mails link it).

import { signIn, currentUser, ROLE_PAGES, Problem, rememberOpening, pageAfterSignIn } from './session.js';
import { initLanguage, onLanguage, t } from './i18n.js';
import { showProblem, showMessage } from './page.js';
import { beginSignIn, completeSignIn, isProviderReturn, SignInRefused } from './oidc.js';

onLanguage(() => { document.title = `${t('app.title')} · ${t('signin.button')}`; });
initLanguage();
const params = new URLSearchParams(location.search);
rememberOpening(params.get('open'));
const user = currentUser();
if (user && ROLE_PAGES[user.role] && params.get('stay') === null) {
  location.replace(pageAfterSignIn(user.role));
}

const message = document.getElementById('signin-message');

function refused(error) {
  if (error instanceof SignInRefused) showMessage(message, [t('signin.providerRefused'), error.message].join(' '), 'error');
  else showProblem(message, error);
}

if (params.has('ended')) showMessage(message, t('signin.ended'), 'error');
if (isProviderReturn(params)) {
  completeSignIn(params).then((me) => { location.href = pageAfterSignIn(me.role); }, refused);
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
    location.href = pageAfterSignIn(me.role);
  } catch (error) {
    if (error instanceof Problem && error.status === 401) showMessage(message, t('signin.wrong'), 'error');
    else showProblem(message, error);
  }
});
