// A birth time the clocks made ambiguous (it happened twice) or impossible (it never happened): said plainly, with
// the choice the API offers (fold EARLIER/LATER, gap SHIFT_FORWARD).

const byId = (id) => document.getElementById(id);

/** A datetime refusal for a time inside a DST gap; the API's wording is the only sign of it. */
export function isGapRefusal(violation) {
  return violation.field.replace(/^birth\./, '') === 'datetime' && /never occurred/i.test(violation.description);
}

export function hideTimeWarning() {
  byId('time-warning').hidden = true;
  byId('fold-choice').hidden = true;
  byId('gap-shift').hidden = true;
}

/** The time happened twice (clocks went back); the chart used <chosenFold>. onChoose(fold) recomputes. */
export function showFoldWarning(zone, chosenFold, onChoose) {
  byId('time-warning-text').textContent =
    `This local time happened twice in ${zone}: the clocks were turned back that night. The chart uses the `
    + `${chosenFold === 'LATER' ? 'later' : 'earlier'} occurrence; choose the other if you mean it.`;
  const choice = byId('fold-choice');
  for (const radio of choice.querySelectorAll('input[name="fold"]')) {
    radio.checked = radio.value === chosenFold;
    radio.onchange = () => onChoose(radio.value);
  }
  choice.hidden = false;
  byId('gap-shift').hidden = true;
  byId('time-warning').hidden = false;
}

/** The time never happened (clocks jumped forward); onShift() recomputes with gap SHIFT_FORWARD. */
export function showGapWarning(onShift) {
  byId('time-warning-text').textContent =
    'This local time never happened there: the clocks jumped forward over it. Check the time, '
    + 'or move it forward by the length of the jump (02:30 in a 02:00 → 03:00 jump becomes 03:30).';
  const button = byId('gap-shift');
  button.onclick = onShift;
  button.hidden = false;
  byId('fold-choice').hidden = true;
  byId('time-warning').hidden = false;
}
