// How numbers, names and instants read on the page.

/** 340.2812… → "340° 16′ 52″" (seconds rounded, carried into minutes and degrees). */
export function degreesMinutesSeconds(degrees) {
  const totalSeconds = Math.round(degrees * 3600);
  const whole = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${whole}° ${pad(minutes)}′ ${pad(seconds)}″`;
}

/** The twelve signs by index, 0 = Aries, as the API numbers them. */
export const SIGN_NAMES = Object.freeze(['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio',
  'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces']);

/** "SUN" → "Sun", "ASCENDANT" → "Ascendant". */
export function titleCase(name) {
  return name.charAt(0) + name.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** 19800 → "UTC+05:30". */
export function utcOffset(seconds) {
  const sign = seconds < 0 ? '−' : '+';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `UTC${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An RFC 3339 instant as "1991-03-25 04:16:00 UTC". */
export function utcInstant(rfc3339) {
  return `${rfc3339.slice(0, 10)} ${rfc3339.slice(11, 19)} UTC`;
}

/** The zone when this browser knows it, otherwise undefined (the browser's own zone). */
export function knownZone(zone) {
  if (!zone) {
    return undefined;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** An instant as a date in a zone ("25 Mar 1991"); the zone is the birth place's, or the browser's. */
export function dateIn(rfc3339, zone) {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: knownZone(zone) }).format(new Date(rfc3339));
}

/** An instant as a local time of day in a zone ("06:54"). */
export function timeIn(rfc3339, zone) {
  return new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: knownZone(zone) }).format(new Date(rfc3339));
}

/** A time of day in a zone ("06:54"), with its date ("22:43 on 8 Dec") when that is not <day> ("2026-12-07"). */
export function momentIn(rfc3339, zone, day) {
  const time = timeIn(rfc3339, zone);
  if (dateKeyIn(new Date(rfc3339), zone) === day) {
    return time;
  }
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: knownZone(zone) }).format(new Date(rfc3339));
  return `${time} on ${date}`;
}

/** Today's calendar date in a zone, "2026-12-07": the day a panchang is asked for. */
export function todayIn(zone) {
  return dateKeyIn(new Date(), zone);
}

function dateKeyIn(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric', month: '2-digit', day: '2-digit', timeZone: knownZone(zone),
  }).formatToParts(instant);
  const part = (type) => parts.find((item) => item.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const pad = (number) => String(number).padStart(2, '0');
