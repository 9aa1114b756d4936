// The line that says which instant the birth time became (#resolved-instant): the zone, its offset and the UTC instant,
// and where the zone came from when it was not given.

import { utcInstant, utcOffset } from './format.js';

export function showResolvedTime(time) {
  const parts = [`${time.localDatetime.replace('T', ' ')} local time`];
  const zone = time.timeZone ? `${time.timeZone} (${utcOffset(time.utcOffsetSeconds)})` : utcOffset(time.utcOffsetSeconds);
  parts.push(`in ${zone}`);
  let text = `${parts.join(' ')} is ${utcInstant(time.utc)}.`;
  if (time.source === 'INFERRED') {
    const from = time.inferredFrom?.name
      ? ` from the nearest place, ${time.inferredFrom.name} (${Math.round(time.inferredFrom.distanceKm)} km away)`
      : ' from the coordinates';
    text += ` The zone was inferred${from}.`;
  }
  if (time.shiftedFromGap) {
    text += ' The time fell in a daylight-saving jump and was moved forward by its length.';
  }
  document.getElementById('resolved-instant').textContent = text;
}
