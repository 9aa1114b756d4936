// The page's one polite live region (#status): progress and failures that belong to no single field.

const region = () => document.getElementById('status');

export function showStatus(message, tone = 'info') {
  const element = region();
  element.textContent = message;
  element.dataset.tone = tone;
}

export function clearStatus() {
  showStatus('');
}
