import { http, HttpResponse, type JsonBodyType } from 'msw'
import { server } from '../mocks/node'

/**
 * The feed document at `path` answers 500 to its first request and `body` to every one after.
 * Returns how many requests it has had so far.
 */
export function failOnceThen(path: string, body: JsonBodyType): () => number {
  let calls = 0
  server.use(
    http.get(path, () => {
      calls += 1
      return calls === 1 ? new HttpResponse('down', { status: 500 }) : HttpResponse.json(body)
    }),
  )
  return () => calls
}
