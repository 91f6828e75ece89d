// An application's Article 24 inquiries as list items, on the applicant's and the officer's pages:
// the agency asked and the state; an open one's deadline and days left (a paused one's time left
// instead, its deadline having no meaning until it resumes); a deemed consent said as such; an
// answer's day, the area it refused and its reason.

import { t, area, dateTime, deadline, daysLeft, timeLeft, agencyName } from './i18n.js';
import { h } from './page.js';

/** One <li class="inquiry"> for each inquiry. */
export function inquiryItems(inquiries) {
  return (inquiries || []).map((inquiry) => h('li', { class: `inquiry status-${inquiry.status}`, dataset: { agency: inquiry.agency } },
    h('span', {}, t('inquiry.to', { agency: agencyName(inquiry.agency) })), ' — ',
    h('span', { class: 'status' }, t(`inquiryStatus.${inquiry.status}`)),
    inquiry.status === 'OPEN'
      ? [' · ', inquiryDeadline(inquiry), ' · ', h('span', { class: 'days-left' }, daysLeft(inquiry.daysLeft))]
      : (inquiry.status === 'DEEMED_CONSENT' ? [' · ', h('em', {}, t('inquiry.deemedNote', { deadline: deadline(inquiry.deadlineSolarHijri, inquiry.deadline) }))] : []),
    inquiry.answeredAt ? [' · ', dateTime(inquiry.answeredAt, false)] : [],
    inquiry.refusedArea_m2 != null ? [' · ', t('inquiry.refused', { area: area(inquiry.refusedArea_m2) })] : [],
    inquiry.reason ? h('div', { class: 'reason', dir: 'auto' }, inquiry.reason) : null));
}

/**
 * When an open inquiry must be answered: by its deadline, or, paused by a decree, the day it was
 * paused and the time it has once it resumes (its deadline, kept as it was, may have passed).
 */
export function inquiryDeadline(inquiry) {
  return inquiry.paused && inquiry.timeLeft
    ? t('inquiry.paused', { since: dateTime(inquiry.pausedAt, false), left: timeLeft(inquiry.timeLeft) })
    : t('inquiry.deadline', { deadline: deadline(inquiry.deadlineSolarHijri, inquiry.deadline) });
}
