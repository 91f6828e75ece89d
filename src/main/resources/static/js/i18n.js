// English and Persian: labels, right-to-left layout, digits, and dates in the Solar Hijri and
// Gregorian calendars (the browser's Intl with the persian calendar; deadlines also come from
// the API as Solar Hijri dates, which are the legal ones).

const LANG = 'cadastre.lang';
const DIGITS = 'cadastre.digits';
const ZONE = 'Asia/Tehran';

const dictionaries = {};
for (const code of ['en', 'fa']) {
  const response = await fetch(`i18n/${code}.json`);
  dictionaries[code] = await response.json();
}

export function lang() {
  return localStorage.getItem(LANG) === 'fa' ? 'fa' : 'en';
}

/** Whether numbers are written with Persian digits (Persian only; on unless turned off). */
export function persianDigits() {
  return lang() === 'fa' && localStorage.getItem(DIGITS) !== 'latin';
}

export function t(key, params) {
  let text = dictionaries[lang()][key] ?? dictionaries.en[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      text = text.replaceAll(`{${name}}`, value);
    }
  }
  return text;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * A number as typed, in Persian, Arabic or Latin digits, with Latin ones, and without the
 * direction marks (LRM, RLM, ALM, embeddings, isolates) that come with a number pasted from
 * a right-to-left text; as the service reads it (ir.cadastre.web.Digits).
 */
export function latinDigits(text) {
  return String(text ?? '')
    .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[۰-۹٠-٩]/g, (d) => String(Math.max(PERSIAN_DIGITS.indexOf(d), ARABIC_DIGITS.indexOf(d))));
}

/**
 * A number as typed (see latinDigits), with ٫ or . as its decimal point and ٬ or , between its
 * thousands (۱٬۲۰۰٬۰۰۰); null when nothing is typed. Text that is no number is given back as it
 * is, for the service to refuse naming its field: as NaN it would be sent as null, and an
 * optional field would be left out without a word.
 */
export function typedNumber(text) {
  const typed = latinDigits(text).replaceAll('٫', '.').trim();
  if (typed === '') return null;
  const plain = /^-?\d{1,3}([,٬]\d{3})+(\.\d+)?$/.test(typed) ? typed.replace(/[,٬]/g, '') : typed;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : typed;
}

/** Latin digits of a string written as Persian ones when Persian digits are on. */
export function digits(text) {
  const s = String(text ?? '');
  return persianDigits() ? s.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[d]) : s;
}

function numberLocale() {
  if (lang() === 'en') return 'en-US';
  return persianDigits() ? 'fa-IR' : 'fa-IR-u-nu-latn';
}

export function num(value, fractionDigits = 0) {
  return new Intl.NumberFormat(numberLocale(), {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** An area in m² as people read it: m² below a hectare, km² above. */
export function area(m2) {
  if (m2 == null) return '';
  return m2 < 10000 ? `${num(m2)} ${t('unit.m2')}` : `${num(m2 / 1e6, m2 < 1e6 ? 3 : 2)} ${t('unit.km2')}`;
}

/** A percentage given as 0–100. */
export function percent(value) {
  const digits = value < 10 ? 2 : 1;
  return new Intl.NumberFormat(numberLocale(), {
    style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value / 100);
}

function format(instant, calendar, withTime) {
  const locale = lang() === 'fa'
    ? `fa-IR-u-ca-${calendar}-nu-${persianDigits() ? 'arabext' : 'latn'}`
    : `en-GB-u-ca-${calendar}`;
  const options = { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric' };
  if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', hour12: false });
  return new Intl.DateTimeFormat(locale, options).format(new Date(instant));
}

/** An instant in both calendars, Tehran time: "25 Dey 1404 AP · 15 January 2026, 11:30". */
export function dateTime(instant, withTime = true) {
  if (!instant) return '';
  return `${format(instant, 'persian', withTime)} · ${format(instant, 'gregory', withTime)}`;
}

/**
 * A deadline: the API's Solar Hijri last day (yyyy-MM-dd) with month name, and the same day in
 * the Gregorian calendar. The API's instant is when the window closes, midnight after the last
 * day in Tehran, so the last day is the day of the moment before it.
 */
export function deadline(solarHijri, instant) {
  const [year, month, day] = String(solarHijri).split('-').map(Number);
  const solar = t('solar.date', { day: num(day), month: t(`solar.month.${month}`), year: digits(year) });
  return instant ? `${solar} · ${format(Date.parse(instant) - 1, 'gregory', false)}` : solar;
}

/** The API's time left (ISO 8601, P120DT12H30M0S) as days, hours and minutes. */
export function timeLeft(iso) {
  const [, days, hours, minutes] = /^P(\d+)DT(\d+)H(\d+)M/.exec(iso);
  return t('time.left', { days: num(Number(days)), hours: num(Number(hours)), minutes: num(Number(minutes)) });
}

/** An agency's name in the page's language; its id when the page does not know it. */
/**
 * Orders things by their names as the reader's alphabet does: in Persian پ after ب, چ after
 * ج, ژ after ز and گ after ک (code-point order puts them after every Arabic letter), and
 * ي and ك as ی and ک. name gives a thing's name in the page's language.
 */
export function byName(name) {
  const collator = new Intl.Collator(lang() === 'fa' ? 'fa-IR' : 'en', { numeric: true });
  return (a, b) => collator.compare(name(a), name(b));
}

export function agencyName(id) {
  if (!id) return '';
  const name = t(`agency.${id}`);
  return name === `agency.${id}` ? id : name;
}

/**
 * The API's days left to a last day: 0 on the last day itself, which is still open until its
 * midnight in Tehran (the notices say it closes today), so it never reads as "0 days left".
 */
export function daysLeft(days) {
  if (days === 0) return t('days.zero');
  return days === 1 ? t('days.one') : t('days.many', { days: num(days) });
}

function applyTo(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
}

const listeners = [];

/** Calls back after every change of language or digits. */
export function onLanguage(listener) {
  listeners.push(listener);
}

function apply() {
  document.documentElement.lang = lang();
  document.documentElement.dir = lang() === 'fa' ? 'rtl' : 'ltr';
  applyTo(document);
  listeners.forEach((listener) => listener());
}

export function setLang(code) {
  localStorage.setItem(LANG, code === 'fa' ? 'fa' : 'en');
  apply();
}

export function setPersianDigits(on) {
  localStorage.setItem(DIGITS, on ? 'persian' : 'latin');
  apply();
}

export function translate(root) {
  applyTo(root);
}

/** The language switch in a page's header: <select id="language"> and <input id="persian-digits">. */
export function initLanguage() {
  const select = document.getElementById('language');
  const persian = document.getElementById('persian-digits');
  if (select) {
    select.value = lang();
    select.addEventListener('change', () => setLang(select.value));
  }
  if (persian) {
    persian.checked = localStorage.getItem(DIGITS) !== 'latin';
    persian.addEventListener('change', () => setPersianDigits(persian.checked));
  }
  const sync = () => {
    if (persian) persian.closest('label').hidden = lang() !== 'fa';
  };
  listeners.unshift(sync);
  apply();
}
