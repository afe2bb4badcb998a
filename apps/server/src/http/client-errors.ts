import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { type MessageId, renderMessage } from '@pcmt/contracts';

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (malformed request line, headers too large,
 * timeouts) still get the standard error envelope, in Vietnamese, with a request id — like every other error.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, messageId]: [number, string, MessageId] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request.timeout']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'request.headersTooLarge']
        : [400, 'Bad Request', 'request.invalid'];
  // No request was parsed, so no Accept-Language either: Vietnamese, with the id for clients that localise.
  const message = renderMessage(messageId, undefined, 'vi');
  const body = JSON.stringify({
    error: { code: 'bad_request', message, messageId, requestId: randomUUID() },
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
