// HTTP-level errors: 4xx say what was expected; 5xx carry a code and the request id, never detail.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The body of every non-GraphQL error response, in the GraphQL error shape clients already read. */
export interface HttpErrorBody {
  errors: Array<{ message: string; extensions: { code: string; requestId: string } }>;
}

function errorBody(request: FastifyRequest, code: string, message: string): HttpErrorBody {
  return { errors: [{ message, extensions: { code, requestId: request.id } }] };
}

/**
 * Fastify's error handler. A client error (4xx: a malformed JSON body, a body over the limit,
 * an unsupported content type) answers with its status and a message saying what was expected.
 * Anything else is a server fault: logged in full with the request id, answered 500 with
 * `INTERNAL_SERVER_ERROR` and that id only, so an operator can find the detail in the log.
 */
export function httpErrorHandler(
  err: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    request.log.info({ code: err.code, status }, `client error: ${err.message}`);
    return reply.code(status).send(errorBody(request, ...clientError(err)));
  }
  request.log.error({ err }, 'unhandled error');
  return reply
    .code(500)
    .send(
      errorBody(
        request,
        'INTERNAL_SERVER_ERROR',
        `Internal server error; quote request id ${request.id} to the operator.`,
      ),
    );
}

function clientError(err: FastifyError): [code: string, message: string] {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['BAD_REQUEST', `Expected a JSON request body: ${err.message}`];
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return ['PAYLOAD_TOO_LARGE', `Expected a request body of at most ${bodyLimit(err)} bytes`];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [
        'UNSUPPORTED_MEDIA_TYPE',
        'Expected content-type application/json (or a GET with query parameters)',
      ];
    default:
      return ['BAD_REQUEST', err.message];
  }
}

function bodyLimit(err: FastifyError): string {
  return /\d+/.exec(err.message)?.[0] ?? 'the configured number of';
}

/** 404 for a path no route serves, in the same shape. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .send(
      errorBody(request, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
    );
}
