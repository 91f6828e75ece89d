// Sign-in: checks the name and password with GET /api/v1/me and opens the page of the user's role.

import { signIn, currentUser, ROLE_PAGES, Problem } from './session.js';
import { initLanguage, t } from './i18n.js';
import { showProblem, showMessage } from './page.js';

initLanguage();
const user = currentUser();
if (user && ROLE_PAGES[user.role] && new URLSearchParams(location.search).get('stay') === null) {
  location.replace(ROLE_PAGES[user.role]);
}

document.getElementById('signin').addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = document.getElementById('signin-message');
  message.hidden = true;
  try {
    const me = await signIn(document.getElementById('username').value.trim(), document.getElementById('password').value);
    location.href = ROLE_PAGES[me.role];
  } catch (error) {
    if (error instanceof Problem && error.status === 401) showMessage(message, t('signin.wrong'), 'error');
    else showProblem(message, error);
  }
});
