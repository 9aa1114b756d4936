// Today's panchang at the birth place (POST /v1/panchang): the five limbs and the day's timings, in the place's zone.

import { callApi } from './api.js';
import { paragraph } from './dom.js';
import { momentIn, todayIn } from './format.js';

/** Computes and shows today's panchang; returns the failure, if any, for the caller to explain. */
export async function showPanchang(birth, zone) {
  const body = document.getElementById('panchang-body');
  body.replaceChildren(paragraph('Calculating today’s panchang…'));
  const request = { date: todayIn(zone), latitude: birth.latitude, longitude: birth.longitude };
  if (zone) {
    request.tz = zone;
  }
  if (birth.ayanamsha) {
    request.ayanamsha = birth.ayanamsha;
  }
  if (birth.positions) {
    request.positions = birth.positions;
  }
  try {
    const day = await callApi('POST', '/v1/panchang', request);
    body.replaceChildren(
      paragraph(`${day.date} in ${day.timeZone}; times are local there.`, 'hint'),
      terms([
        ['Vaara', day.vaara],
        ['Tithi', `${day.tithi.name} (${day.paksha})${until(day.tithi, day.timeZone, day.date)}`],
        ['Nakshatra', `${day.nakshatra.name}${until(day.nakshatra, day.timeZone, day.date)}`],
        ['Yoga', `${day.yoga.name}${until(day.yoga, day.timeZone, day.date)}`],
        ['Karana', `${day.karana.name}${until(day.karana, day.timeZone, day.date)}`],
        ['Lunar month', lunarMonth(day.lunarMonth)],
        ['Sunrise', day.sunrise ? momentIn(day.sunrise, day.timeZone, day.date) : 'none today'],
        ['Sunset', day.sunset ? momentIn(day.sunset, day.timeZone, day.date) : 'none today'],
        ['Rahu kalam', timeWindow(day.rahuKalam, day.timeZone, day.date)],
        ['Abhijit muhurta', timeWindow(day.abhijitMuhurta, day.timeZone, day.date)],
      ]),
    );
    return null;
  } catch (failure) {
    body.replaceChildren(paragraph('Today’s panchang could not be calculated.', 'section-error'));
    return failure;
  }
}

const until = (anga, zone, day) => (anga.end ? ` until ${momentIn(anga.end, zone, day)}` : '');

const timeWindow = (span, zone, day) => (span?.start && span?.end ? `${momentIn(span.start, zone, day)} – ${momentIn(span.end, zone, day)}` : 'none today');

function lunarMonth(month) {
  const marks = [month.adhika ? 'adhika' : '', month.kshaya ? 'kshaya' : ''].filter((mark) => mark).join(', ');
  return `${month.amantaName} (amanta), ${month.purnimantaName} (purnimanta)${marks ? `, ${marks}` : ''}`;
}

function terms(pairs) {
  const list = document.createElement('dl');
  list.className = 'panchang-terms';
  for (const [term, description] of pairs) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = description;
    list.append(dt, dd);
  }
  return list;
}

