// Test helper (not a test file): a Server-Sent Events client over node:http that records what
// arrives, so tests can wait for events and also assert that something did NOT arrive.
import http from 'node:http';

export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

export interface SseConnection {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Dispatched events (blocks with data), in order. */
  events: SseEvent[];
  /** The last id the stream set, as a browser would send it back in Last-Event-ID. */
  lastEventId: string | undefined;
  comments: number;
  /** The body when the server answered with something other than a stream (problems). */
  body: string;
  ended: Promise<void>;
  /** Waits until `count` events matching `match` have arrived; fails after `timeoutMs`. */
  waitFor(match: (event: SseEvent) => boolean, count?: number, timeoutMs?: number): Promise<SseEvent[]>;
  close(): void;
}

export function openSse(baseUrl: string, headers: Record<string, string> = {}, path = '/api/events') {
  return new Promise<SseConnection>((resolve, reject) => {
    const request = http.get(`${baseUrl}${path}`, { headers: { accept: 'text/event-stream', ...headers } });
    request.on('error', reject);
    request.on('response', (response) => {
      let buffer = '';
      let endResolve: () => void = () => {};
      const waiters = new Set<() => void>();
      const connection: SseConnection = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events: [],
        lastEventId: undefined,
        comments: 0,
        body: '',
        ended: new Promise<void>((r) => {
          endResolve = r;
        }),
        waitFor: (match, count = 1, timeoutMs = 5_000) =>
          new Promise((done, fail) => {
            const check = () => {
              const found = connection.events.filter(match);
              if (found.length < count) return false;
              waiters.delete(check);
              clearTimeout(timer);
              done(found);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`timed out; got ${JSON.stringify(connection.events)}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          }),
        close: () => request.destroy(),
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (!String(response.headers['content-type']).startsWith('text/event-stream')) {
          connection.body += chunk;
          return;
        }
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          parseBlock(connection, buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
        for (const waiter of [...waiters]) waiter();
      });
      const finish = () => endResolve();
      response.on('end', finish);
      response.on('close', finish);
      response.on('error', finish);
      resolve(connection);
    });
  });
}

/** As a browser reads one block: the id is taken even without data; events need data. */
function parseBlock(connection: SseConnection, block: string): void {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) connection.comments += 1;
    else if (line.startsWith('id: ')) id = line.slice(4);
    else if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (id !== undefined) connection.lastEventId = id;
  if (data.length > 0)
    connection.events.push({ id: id ?? connection.lastEventId, event, data: data.join('\n') });
}
