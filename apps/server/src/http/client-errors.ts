import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (malformed request line, headers too large,
 * timeouts) still get the standard error envelope, in Vietnamese, with a request id — like every other error.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'Yêu cầu quá thời gian chờ']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'Tiêu đề HTTP của yêu cầu quá lớn']
        : [400, 'Bad Request', 'Yêu cầu không hợp lệ'];
  const body = JSON.stringify({
    error: { code: 'bad_request', message, requestId: randomUUID() },
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
