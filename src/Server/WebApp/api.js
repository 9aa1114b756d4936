// Calls to the server's REST API. Every failure becomes an ApiError whose kind the page can explain in words;
// the google.rpc.Status body is read for its field violations and never shown raw.

const BAD_REQUEST_TYPE = 'type.googleapis.com/google.rpc.BadRequest';

export class ApiError extends Error {
  /**
   * @param {string} kind invalid | unauthenticated | forbidden | not-found | conflict | rate-limited | unavailable | offline | failed
   * @param {string} message the server's message, or ours when it sent none
   * @param {{field: string, description: string}[]} violations
   * @param {number|null} retryAfterSeconds from Retry-After on a 429
   * @param {number} status the HTTP status (0 when nothing answered)
   */
  constructor(kind, message, violations = [], retryAfterSeconds = null, status = 0) {
    super(message);
    this.kind = kind;
    this.violations = violations;
    this.retryAfterSeconds = retryAfterSeconds;
    this.status = status;
  }
}

const KIND_BY_STATUS = new Map([
  [400, 'invalid'], [401, 'unauthenticated'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'],
  [429, 'rate-limited'], [502, 'unavailable'], [503, 'unavailable'], [504, 'unavailable'],
]);

/** GET or send JSON; resolves to the parsed answer (null for an empty one). */
export async function callApi(method, path, body, { signal } = {}) {
  const response = await send(path, {
    method,
    signal,
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return text.length === 0 ? null : JSON.parse(text);
}

/** Send JSON to a REST stream; resolves to its messages, one JSON object per line of the answer (NDJSON). */
export async function callApiLines(path, body, { signal } = {}) {
  const response = await send(path, {
    method: 'POST',
    signal,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return text.split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line));
  } catch {
    // A stream cut short ends in half a line: the answer is incomplete, not a different one.
    throw new ApiError('failed', 'The answer ended early.', [], null, response.status);
  }
}

/** GET an answer as text (the chart picture's SVG). */
export async function fetchText(path, { signal } = {}) {
  const response = await send(path, { method: 'GET', signal });
  return response.text();
}

async function send(path, init) {
  let response;
  try {
    // Same origin: the session cookie goes along, and the browser adds the Origin header the server checks on POSTs.
    response = await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (failure) {
    if (failure.name === 'AbortError') {
      throw failure;
    }
    throw new ApiError('offline', 'The server could not be reached.');
  }
  if (!response.ok) {
    throw await errorFrom(response);
  }
  return response;
}

async function errorFrom(response) {
  const kind = KIND_BY_STATUS.get(response.status) ?? (response.status >= 500 ? 'unavailable' : 'failed');
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  let status = null;
  try {
    status = await response.json();
  } catch {
    // A proxy's HTML error page, or an empty body: the HTTP status says enough.
  }
  const violations = (status?.details ?? [])
    .filter((detail) => detail['@type'] === BAD_REQUEST_TYPE)
    .flatMap((detail) => detail.fieldViolations ?? []);
  const message = typeof status?.message === 'string' && status.message.length > 0 ? status.message : `HTTP ${response.status}`;
  return new ApiError(kind, message, violations, Number.isFinite(retryAfter) ? retryAfter : null, response.status);
}

/** A sentence for a failure that no form field explains. */
export function describeFailure(error) {
  switch (error.kind) {
    case 'rate-limited':
      return error.retryAfterSeconds === null
        ? 'Too many requests for now. Please wait a moment and try again.'
        : `Too many requests for now. Please try again in ${formatWait(error.retryAfterSeconds)}.`;
    case 'offline':
      return 'The server cannot be reached. Check your connection and try again.';
    case 'unavailable':
      return 'The server is temporarily unavailable. Please try again shortly.';
    case 'unauthenticated':
      return 'Please sign in first.';
    case 'forbidden':
      return 'This account may not do that.';
    case 'not-found':
      return 'Not found: it may have been deleted, or this server does not offer it.';
    case 'conflict':
      return 'It was changed elsewhere in the meantime. Reload the list and try again.';
    case 'invalid':
      return error.violations.length > 0
        ? error.violations.map((violation) => `${violation.field}: ${violation.description}`).join('; ')
        : error.message;
    default:
      return `Something went wrong (${error.message}). Please try again.`;
  }
}

function formatWait(seconds) {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
