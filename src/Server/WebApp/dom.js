// Small element builders shared by the sections that draw API answers (always as text, never as markup).

export function paragraph(text, className) {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) {
    element.className = className;
  }
  return element;
}

export function heading(level, text) {
  const element = document.createElement(`h${level}`);
  element.textContent = text;
  return element;
}

export function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}
