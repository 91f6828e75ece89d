// Art. 20: a warning to a licence's holder, as the officer's and the holder's pages show it.

import { t, dateTime, deadline, daysLeft } from './i18n.js';
import { h } from './page.js';

/** The obligation, its deadline and state, what the holder reported and what the ministry decided. */
export function warningFacts(warning) {
  const state = warning.daysLeft != null ? daysLeft(warning.daysLeft) : t(`warning.status.${warning.status}`);
  return [
    h('strong', {}, `${t('warning.title')}: ${warning.obligation}`),
    h('p', { class: 'term' }, `${t('warning.until', { day: deadline(warning.lastDaySolarHijri, warning.deadline) })} · ${state}`),
    warning.report ? h('p', {}, t('warning.reported', { when: dateTime(warning.reportedAt, false), report: warning.report })) : null,
    warning.decidedAt ? h('p', { class: 'decided' }, t('warning.decided', { when: dateTime(warning.decidedAt, false), by: warning.decidedBy }),
      warning.reason ? ` — ${warning.reason}` : '') : null,
  ];
}
