import http from 'node:http';

/** Receipt times (Date.now()) of each entry id, per subscriber, as the streams see them. */
export class Receipts {
  readonly byEntry = new Map<string, number[]>();

  record(entryId: string, at: number): void {
    let times = this.byEntry.get(entryId);
    if (!times) {
      times = [];
      this.byEntry.set(entryId, times);
    }
    times.push(at);
  }
}

/**
 * Opens one SSE stream to /api/events with a session cookie and records, per `activity.created`
 * event, when it arrived. Resolves once the server answered 200; rejects otherwise.
 */
export function openSubscriber(
  port: number,
  cookie: string,
  receipts: Receipts,
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get({
      host: '127.0.0.1',
      port,
      path: '/api/events',
      headers: { cookie, accept: 'text/event-stream' },
      agent: false,
    });
    request.on('error', reject);
    request.on('response', (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream refused: ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        const at = Date.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (!block.includes('event: activity.created')) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) receipts.record((JSON.parse(data) as { id: string }).id, at);
        }
      });
      resolve(request);
    });
  });
}
